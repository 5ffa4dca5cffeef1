// Issue 11: the usage figures with nothing personal — a query that found nothing never reaches
// state.sqlite before its 3rd sighting of the day, nothing finer than the hour is kept, the CSV
// staff export (BOM, Chinese headers) parses back to the counts, `tongban-content stats`, and a
// visit by touch that counts an item guide, its QR card and a 好差评.
#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include "clock.h"
#include "csv.h"
#include "database.h"
#include "kiosk.h"
#include "kioskharness.h"
#include "localstate.h"
#include "searchindex.h"
#include "services.h"
#include "testsupport.h"
#include "usagereport.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

using tongban::Clock;
using tongban::LocalState;

namespace {
// Every byte of the state store and whatever SQLite keeps beside it (journal, WAL).
QByteArray stateBytes(const QString &path)
{
    QByteArray all;
    const QFileInfo file(path);
    QDirIterator it(file.absolutePath(), {file.fileName() + "*"}, QDir::Files);
    while (it.hasNext())
        all += testsupport::readFile(it.next());
    return all;
}

// Every text value of every table (but the event log and the content mark, which keep times
// on purpose and never hold what residents typed), as "table.column=value".
QStringList everyValue(const QString &path, const QStringList &skip = {})
{
    QStringList out;
    tongban::Database db("scan");
    if (db.open(path, "state") != tongban::Database::Status::Ok)
        return {"cannot open"};
    QSqlQuery tables(db.db());
    tables.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        if (skip.contains(table))
            continue;
        QSqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out << QStringLiteral("%1.%2=%3").arg(table, q.record().fieldName(i), q.value(i).toString());
    }
    return out;
}

int csvCount(const tongban::CsvTable &t, const QString &label, const QString &id, const QString &rating = {})
{
    int n = 0;
    for (const auto &row : t.rows.mid(1))
        if (row.value(1).text == label && row.value(2).text == id && row.value(4).text == rating)
            n += row.value(5).text.toInt();
    return n;
}
} // namespace

class TestUsage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::hermetic(); }
    void cleanup() { Clock::setOverride({}); }

    void notFoundQueriesBelowThreeAreNeverStored()
    {
        Clock::setOverride(QDateTime(QDate(2026, 11, 3), QTime(9, 30)));
        QTemporaryDir dir;
        const QString path = dir.filePath("state.sqlite");
        const QString name = QStringLiteral("王小明");
        const QString pinyinName = QStringLiteral("wangxiaoming");
        {
            LocalState state;
            QVERIFY(state.open(path));
            state.countSearch(name, false);
            state.countSearch(name, false);
            state.countSearch(pinyinName, false);
            state.countSearch(QStringLiteral("huzhao"), true);
            QCOMPARE(state.usage("search-not-found"), 3);
            QCOMPARE(state.usage("search-not-found-query", name), 0);
        }
        QByteArray bytes = stateBytes(path);
        QVERIFY(bytes.contains("huzhao")); // a query that found something is kept
        QVERIFY(!bytes.contains(name.toUtf8()));
        QVERIFY(!bytes.contains(pinyinName.toUtf8()));
        for (const QString &v : everyValue(path))
            QVERIFY2(!v.contains(name) && !v.contains(pinyinName), qPrintable(v));

        // Memory only: a restart forgets the two sightings, so a third after it is a first.
        {
            LocalState state;
            QVERIFY(state.open(path));
            state.countSearch(name, false);
            state.countSearch(name, false);
        }
        QVERIFY(!stateBytes(path).contains(name.toUtf8()));

        // A new day starts again from nothing.
        {
            LocalState state;
            QVERIFY(state.open(path));
            state.countSearch(name, false);
            state.countSearch(name, false);
            Clock::setOverride(QDateTime(QDate(2026, 11, 4), QTime(9, 0)));
            state.countSearch(name, false);
        }
        QVERIFY(!stateBytes(path).contains(name.toUtf8()));

        // The 3rd sighting on one day stores it, counting all three; the 4th adds one.
        {
            LocalState state;
            QVERIFY(state.open(path));
            for (int i = 0; i < 3; ++i)
                state.countSearch(name, false);
            QCOMPARE(state.usage("search-not-found-query", name), 3);
            state.countSearch(name, false);
            QCOMPARE(state.usage("search-not-found-query", name), 4);
            QCOMPARE(state.usage("search-not-found"), 3 + 2 + 3 + 4);
        }
        QVERIFY(stateBytes(path).contains(name.toUtf8()));
    }

    void queriesAreNormalised()
    {
        QCOMPARE(tongban::SearchIndex::normalise(QStringLiteral("  ＨuZhao  ")), QStringLiteral("huzhao"));
        QCOMPARE(tongban::SearchIndex::normalise(QStringLiteral("護照")), QStringLiteral("护照"));
        QCOMPARE(tongban::SearchIndex::normalise(QStringLiteral("shen  fen\u3000zheng")), QStringLiteral("shen fen zheng"));
    }

    void nothingFinerThanTheHourIsKept()
    {
        Clock::setOverride(QDateTime(QDate(2026, 11, 3), QTime(14, 27, 13)));
        QTemporaryDir dir;
        const QString path = dir.filePath("state.sqlite");
        {
            LocalState state;
            QVERIFY(state.open(path));
            for (const char *kind : {"item-opened", "qr-kept", "print", "print-failed", "notice-opened"})
                state.countUsage(kind, "item-1");
            for (const char *kind : {"halls-opened", "large-text", "english", "staff-help"})
                state.countUsage(kind);
            state.countUsage("rating", tongban::ratingTarget("item-1", 4));
            for (int i = 0; i < 3; ++i)
                state.countSearch("qwqw", false);
            state.countSearch("sfz", true);
            state.logEvent("print-failed", "打印机缺纸"); // the event log keeps its times
        }
        const QRegularExpression timeOfDay(QStringLiteral("\\d:\\d\\d|T\\d\\d|\\d\\d\\.\\d{3}"));
        const QStringList values = everyValue(path, {"events", "content_mark"});
        QVERIFY(values.size() >= 4 * 12);
        for (const QString &v : values) {
            QVERIFY2(!timeOfDay.match(v).hasMatch(), qPrintable(v));
            if (v.startsWith("usage.day="))
                QCOMPARE(v, QStringLiteral("usage.day=2026-11-03"));
        }
        // No column of the usage table could hold a time or tie one count to another.
        tongban::Database db("columns");
        QCOMPARE(db.open(path, "state"), tongban::Database::Status::Ok);
        QStringList columns;
        for (int i = 0; i < db.db().record("usage").count(); ++i)
            columns << db.db().record("usage").fieldName(i);
        QCOMPARE(columns, (QStringList{"day", "kind", "target", "count"}));
    }

    void csvHasTheBomAndParsesBackToTheCounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.sqlite");
        LocalState state;
        QVERIFY(state.open(path));
        Clock::setOverride(QDateTime(QDate(2026, 11, 1), QTime(10, 0)));
        state.countUsage("item-opened", "item-1");
        state.countUsage("item-opened", "item-1");
        state.countUsage("qr-kept", "item-1");
        state.countUsage("rating", tongban::ratingTarget("item-1", 5));
        state.countSearch("护照", true);
        Clock::setOverride(QDateTime(QDate(2026, 11, 2), QTime(16, 0)));
        state.countUsage("item-opened", "item-1");
        state.countUsage("item-opened", "item,2\"");
        state.countUsage("print", "item-1");
        state.countUsage("rating", tongban::ratingTarget("item-1", 2));
        state.countUsage("rating", tongban::ratingTarget("item,2\"", 2));
        for (int i = 0; i < 3; ++i)
            state.countSearch("qwqw", false);
        Clock::setOverride(QDateTime(QDate(2026, 12, 1), QTime(10, 0)));
        state.countUsage("item-opened", "item-1"); // outside the span

        tongban::UsageNames names;
        names.items.insert("item-1", "测试事项一");
        const tongban::UsageReport report = tongban::usageReport(state, QDate(2026, 11, 1), QDate(2026, 11, 30), names);
        QCOMPARE(report.days.size(), 2);
        QCOMPARE(report.days.at(0).kinds.value("item-opened"), 2);
        QCOMPARE(report.days.at(1).kinds.value("item-opened"), 2);
        QCOMPARE(report.total("item-opened"), 4);
        QCOMPARE(report.items.at(0).id, QStringLiteral("item-1"));
        QCOMPARE(report.items.at(0).name, QStringLiteral("测试事项一"));
        QCOMPARE(report.items.at(0).opened, 3);
        QCOMPARE(report.items.at(0).qrKept, 1);
        QCOMPARE(report.items.at(0).printed, 1);
        QCOMPARE(report.items.at(0).ratings, (std::array<int, 5>{0, 1, 0, 0, 1}));
        QCOMPARE(report.ratings, (std::array<int, 5>{0, 2, 0, 0, 1}));
        QCOMPARE(report.searchesFound.value(0).name, QStringLiteral("护照"));
        QCOMPARE(report.searchesNotFound.value(0).count, 3);

        const QByteArray csv = tongban::usageCsv(report);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const tongban::CsvTable table = tongban::Csv::parse(csv);
        QVERIFY2(table.ok(), qPrintable(table.error));
        QCOMPARE(table.encoding, QStringLiteral("UTF-8"));
        QStringList header;
        for (const auto &f : table.rows.value(0))
            header << f.text;
        QCOMPARE(header, (QStringList{"日期", "统计项", "编号", "名称", "评价", "次数"}));
        QCOMPARE(table.rows.size(), 1 + report.rows.size());
        QCOMPARE(csvCount(table, "事项指南打开", "item-1"), 3);
        QCOMPARE(csvCount(table, "事项指南打开", "item,2\""), 1);
        QCOMPARE(csvCount(table, "二维码查看（3秒以上）", "item-1"), 1);
        QCOMPARE(csvCount(table, "打印成功", "item-1"), 1);
        QCOMPARE(csvCount(table, "好差评", "item-1", "非常满意"), 1);
        QCOMPARE(csvCount(table, "好差评", "item-1", "不满意"), 1);
        QCOMPARE(csvCount(table, "好差评", "item,2\"", "不满意"), 1);
        QCOMPARE(csvCount(table, "搜索（无结果）", ""), 3);
        for (const auto &row : table.rows.mid(1)) {
            QCOMPARE(row.size(), 6);
            QVERIFY(row.at(0).text == "2026-11-01" || row.at(0).text == "2026-11-02");
            if (row.at(2).text == "item-1")
                QCOMPARE(row.at(3).text, QStringLiteral("测试事项一"));
            if (row.at(1).text == "搜索（有结果）")
                QCOMPARE(row.at(3).text, QStringLiteral("护照"));
        }

        QCOMPARE(tongban::usageCsvFileName("长春市政务中心", QDate(2026, 11, 1), QDate(2026, 11, 30)),
            QStringLiteral("使用统计_长春市政务中心_2026-11-01_2026-11-30.csv"));
        QCOMPARE(tongban::usageCsvFileName("A/B: 大厅", QDate(2026, 11, 1), QDate(2026, 11, 1)),
            QStringLiteral("使用统计_A_B_大厅_2026-11-01_2026-11-01.csv"));
    }

    void statsCommand()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        {
            tongban::Services services{tongban::Paths{data}};
            QVERIFY(services.start());
            QVERIFY(testsupport::install(services, testsupport::fixture("mini")));
            Clock::setOverride(QDateTime(QDate(2026, 11, 5), QTime(10, 0)));
            services.state().countUsage("item-opened", "item-1");
            services.state().countUsage("item-opened", "item-1");
            services.state().countUsage("rating", tongban::ratingTarget("item-1", 5));
            services.state().countSearch("sfz", true);
            services.state().countUsage("staff-help");
        }
        const QString tool = testsupport::binDir() + "/tongban-content";
        QByteArray out, err;
        QCOMPARE(testsupport::run(tool, {"--db", data, "stats", "--from", "2026-11-01", "--to", "2026-11-30"}, &out, &err), 0);
        const QString text = QString::fromUtf8(out);
        QVERIFY2(text.contains("使用统计：长春市政务中心，2026-11-01 至 2026-11-30"), qPrintable(text));
        QVERIFY2(text.contains("  事项指南打开  2"), qPrintable(text));
        QVERIFY2(text.contains("  2026-11-05  "), qPrintable(text));
        QVERIFY2(text.contains("  item-1  测试事项一  2 / 0 / 0 / 0 / 1（非常满意 1）"), qPrintable(text));
        QVERIFY2(text.contains("  非常满意  1"), qPrintable(text));
        QVERIFY2(text.contains("  sfz  1"), qPrintable(text));
        QVERIFY2(text.contains("  找工作人员  1"), qPrintable(text));

        QCOMPARE(testsupport::run(tool, {"--db", data, "stats", "--from", "2026-11-01", "--to", "2026-11-30", "--csv"}, &out), 0);
        QVERIFY(out.startsWith("\xEF\xBB\xBF"));
        const tongban::CsvTable table = tongban::Csv::parse(out);
        QVERIFY2(table.ok(), qPrintable(table.error));
        QCOMPARE(csvCount(table, "事项指南打开", "item-1"), 2);
        QCOMPARE(csvCount(table, "好差评", "item-1", "非常满意"), 1);

        QCOMPARE(testsupport::run(tool, {"--db", data, "stats", "--from", "2026-11-30", "--to", "2026-11-01"}, &out, &err), 2);
        QCOMPARE(testsupport::run(tool, {"--db", data, "stats"}, &out, &err), 2);
        QCOMPARE(testsupport::run(tool, {"--db", data, "stats", "--from", "2026-12-01", "--to", "2026-12-31"}, &out), 0);
        QVERIFY(QString::fromUtf8(out).contains("这段时间没有记录"));
    }

    void aVisitByTouchCountsTheGuideItsQrAndOneRating()
    {
        Clock::setOverride(QDateTime(QDate(2026, 6, 1), QTime(10, 0)));
        KioskHarness kiosk;
        LocalState &state = kiosk.services->state();
        const auto shown = [&](const char *name) {
            QQuickItem *item = kiosk.find(name);
            return item && item->isVisible();
        };
        QVERIFY(kiosk.start());
        QVERIFY(kiosk.tap("department-dept-a", "department"));
        QVERIFY(kiosk.tap("item-item-1", "item-guide"));
        QCOMPARE(state.usage("item-opened", "item-1"), 1);
        // The QR card kept on screen for 3 s: counted once for this showing.
        QTRY_COMPARE_WITH_TIMEOUT(state.usage("qr-kept", "item-1"), 1, 15000);

        QVERIFY(shown("ratingStrip"));
        QVERIFY(!kiosk.visit()->rated());
        QVERIFY(kiosk.tap("rate-4", "item-guide"));
        QCOMPARE(state.usage("rating", "item-1:4"), 1);
        QVERIFY(kiosk.visit()->rated());
        QVERIFY(!shown("rate-5")); // thanks, and no second rating
        QVERIFY(kiosk.find("ratingPrompt")->property("text").toString().contains("谢谢"));
        QVERIFY(!kiosk.singletons->kiosk()->rate("item-1", 5));
        QCOMPARE(state.usage("rating", "item-1:5"), 0);

        // Another guide in the same visit: no strip (one rating per visit).
        QVERIFY(kiosk.tap("backButton", "department"));
        QVERIFY(kiosk.tap("item-item-2", "item-guide"));
        QCOMPARE(state.usage("item-opened", "item-2"), 1);
        QVERIFY(!shown("ratingStrip"));
        QTRY_COMPARE_WITH_TIMEOUT(state.usage("qr-kept", "item-2"), 1, 15000);

        // 大字, 找工作人员, a notice, the hall guide and English count too.
        QVERIFY(kiosk.tap("largeTextButton", "item-guide"));
        QCOMPARE(state.usage("large-text"), 1);
        QVERIFY(kiosk.tap("largeTextButton", "item-guide")); // switched off: not a use
        QCOMPARE(state.usage("large-text"), 1);
        QVERIFY(kiosk.tap("staffButton", "staff"));
        QCOMPARE(state.usage("staff-help"), 1);
        QVERIFY(kiosk.tap("staffClose", "item-guide"));
        QVERIFY(kiosk.home());
        QVERIFY(kiosk.tap("tile-notices", "notices"));
        QVERIFY(kiosk.tap("notice-n-1", "notice"));
        QCOMPARE(state.usage("notice-opened", "n-1"), 1);
        QVERIFY(kiosk.home());
        QVERIFY(kiosk.tap("tile-halls", "halls"));
        QCOMPARE(state.usage("halls-opened"), 1);
        QVERIFY(kiosk.tap("languageButton", "halls"));
        QCOMPARE(state.usage("english"), 1);

        // The next visit may rate again.
        kiosk.visit()->end();
        QVERIFY(!kiosk.visit()->rated());
        QVERIFY(kiosk.start());
        QVERIFY(kiosk.tap("department-dept-a", "department"));
        QVERIFY(kiosk.tap("item-item-1", "item-guide"));
        QCOMPARE(state.usage("item-opened", "item-1"), 2);
        QVERIFY(shown("ratingStrip"));
        QVERIFY(kiosk.tap("rate-1", "item-guide"));
        QCOMPARE(state.usage("rating", "item-1:1"), 1);
    }

    void aSearchByTouchCountsWhenTheResidentIsDone()
    {
        Clock::setOverride(QDateTime(QDate(2026, 6, 1), QTime(10, 0)));
        KioskHarness kiosk(testsupport::seedPackage());
        LocalState &state = kiosk.services->state();
        QVERIFY(kiosk.start());
        QVERIFY(kiosk.tap("tile-search", "search"));
        tongban::TouchDriver touch(kiosk.window);
        QQuickItem *input = kiosk.find("searchInput");
        const auto type = [&](const QString &keys) {
            for (const QChar key : keys) {
                const int before = input->property("text").toString().size();
                if (!touch.tap(kiosk.find(QStringLiteral("key-") + key.toUpper()), 40))
                    return false;
                if (!QTest::qWaitFor([&] { return input->property("text").toString().size() == before + 1; }))
                    return false;
            }
            return true;
        };
        QVERIFY(type("sfz"));
        QCOMPARE(state.usage("search-found", "sfz"), 0); // typing is no search yet
        tongban::Tour::settle(kiosk.window);
        QQuickItem *first = kiosk.tour->findFirst("result-");
        QVERIFY(first);
        QVERIFY(kiosk.tap(first->objectName(), "item-guide"));
        QCOMPARE(state.usage("search-found", "sfz"), 1);
        QCOMPARE(state.usage("search-not-found"), 0);

        // A query that finds nothing, left twice through 找工作人员 and once by 首页: three
        // sightings, each counted without its query until the third.
        QVERIFY(kiosk.tap("backButton", "search"));
        QVERIFY(kiosk.tap("key-clear", "search"));
        QVERIFY(type("qwqwx"));
        tongban::Tour::settle(kiosk.window);
        QVERIFY(kiosk.find("noResult") && kiosk.find("noResult")->isVisible());
        QVERIFY(kiosk.tap("noResultStaff", "staff"));
        QCOMPARE(state.usage("search-not-found"), 1);
        QVERIFY(!stateBytes(kiosk.services->paths().stateFile()).contains("qwqwx"));
        QVERIFY(kiosk.tap("staffClose", "search"));
        QVERIFY(kiosk.tap("key-backspace", "search"));
        QVERIFY(type("x"));
        QVERIFY(kiosk.tap("noResultStaff", "staff"));
        QCOMPARE(state.usage("search-not-found"), 2);
        QVERIFY(kiosk.tap("staffClose", "search"));
        QVERIFY(kiosk.tap("key-backspace", "search"));
        QVERIFY(type("x"));
        QVERIFY(kiosk.home());
        QCOMPARE(state.usage("search-not-found"), 3);
        QCOMPARE(state.usage("search-not-found-query", "qwqwx"), 3);
    }
};

QTEST_MAIN(TestUsage)
#include "tst_usage.moc"
