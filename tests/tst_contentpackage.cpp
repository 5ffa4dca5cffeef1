// The package loader: the seed content, the fixture, and every kind of problem reported
// as file:line:column without writing a database.
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "contentpackage.h"
#include "database.h"
#include "testsupport.h"

using tongban::ContentPackage;
using tongban::Database;

namespace {
int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestContentPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::hermetic(); }

    void seedPackageLoadsWithSourcesForEveryRecord()
    {
        QTemporaryDir dir;
        ContentPackage package(testsupport::defaultPolicy());
        const bool ok = package.build(testsupport::seedPackage(), dir.filePath("seed.sqlite"));
        for (const auto &d : package.diagnostics())
            qWarning().noquote() << d.toString();
        QVERIFY(ok);
        QCOMPARE(package.errorCount(), 0);

        Database db("seed");
        QCOMPARE(db.open(dir.filePath("seed.sqlite"), "content"), Database::Status::Ok);
        const QSqlDatabase c = db.db();
        const int items = scalar(c, "SELECT count(*) FROM items");
        QVERIFY2(items >= 35 && items <= 45, qPrintable(QString::number(items)));
        QVERIFY(scalar(c, "SELECT count(*) FROM notices") >= 8);
        QVERIFY(scalar(c, "SELECT count(DISTINCT city_code) FROM halls") == 4);
        // Every department named by the issue has items.
        for (const char *dept :
            {"police", "medical-insurance", "civil-affairs", "hrss", "social-insurance", "housing-fund", "health", "data-bureau"})
            QVERIFY2(scalar(c, QStringLiteral("SELECT count(*) FROM items WHERE department_id = '%1'").arg(dept)) > 0,
                qPrintable(dept));
        // First applications and renewals are separate items.
        QVERIFY(scalar(c, "SELECT count(*) FROM items WHERE name LIKE '%护照%'") >= 2);
        // Announced items keep their dated statement instead of a start date.
        QVERIFY(scalar(c, "SELECT count(*) FROM items WHERE status = '即将开通'") > 0);
        QCOMPARE(
            scalar(
                c, "SELECT count(*) FROM items WHERE status = '即将开通' AND (statement_date = '' OR statement_source IS NULL)"),
            0);
        // No seed item has a deep link: nobody has checked one, so every QR opens the kiosk's
        // portal (a setting) with the search hint.
        QCOMPARE(scalar(c,
                     "SELECT count(*) FROM items WHERE url != '' OR url_template IS NOT NULL OR url_verified_at != '' "
                     "OR task_code != '' OR handle_code != ''"),
            0);
        QCOMPARE(scalar(c, "SELECT count(*) FROM links"), 0);
        // Honest content: no invented phone numbers, time limits or fees.
        QCOMPARE(scalar(c, "SELECT count(*) FROM items WHERE phone != '' OR statutory_limit IS NOT NULL OR fee != ''"), 0);

        // Every record names a source, and every seed source is a file in shared/seeds.
        for (const char *table : {"departments", "themes", "items", "materials", "notices", "halls", "windows"})
            QCOMPARE(scalar(c,
                         QStringLiteral("SELECT count(*) FROM %1 WHERE source NOT IN (SELECT id FROM sources)")
                             .arg(QLatin1String(table))),
                0);
        QSqlQuery files(c);
        QVERIFY(files.exec("SELECT file FROM sources WHERE file != ''"));
        int seeds = 0;
        const QDir shared(testsupport::sourceDir() + "/../shared");
        while (files.next()) {
            ++seeds;
            const QString file = files.value(0).toString();
            QVERIFY2(file.startsWith("seeds/"), qPrintable(file));
            if (shared.exists())
                QVERIFY2(QFile::exists(shared.filePath(file)), qPrintable(file));
        }
        QCOMPARE(seeds, 4); // seed003 (a 2022 plan, out of date) left nothing in the content
    }

    // Issue 10: the seed read against its sources. The clock is pinned to the seed's build day,
    // the day it claims to be true on.
    void seedIsTrueToTheSources()
    {
        QTemporaryDir dir;
        ContentPackage package(testsupport::defaultPolicy());
        QVERIFY(package.build(testsupport::seedPackage(), dir.filePath("seed.sqlite")));
        const QDate today = package.manifest().builtAt.date();
        QCOMPARE(package.manifest().formatVersion, 2);
        Database db("seed-sources");
        QCOMPARE(db.open(dir.filePath("seed.sqlite"), "content"), Database::Status::Ok);
        const QSqlDatabase c = db.db();
        const QString day = today.toString(Qt::ISODate);

        // Plans are dated statements with an end; none that is shown today is past its deadline.
        static const QRegularExpression plan(QStringLiteral("下一步|底前|近期|预计|计划|即将"));
        static const QRegularExpression statement(QStringLiteral("据 \\d{4}年\\d{1,2}月\\d{1,2}日发布会"));
        static const QRegularExpression deadline(QStringLiteral("(\\d{4})年(\\d{1,2})月底前|(\\d{4})年底前"));
        QSqlQuery n(c);
        QVERIFY(n.exec("SELECT id, title, body, publish_from, expire_at FROM notices"));
        int shown = 0;
        while (n.next()) {
            const QString id = n.value(0).toString(), text = n.value(1).toString() + n.value(2).toString();
            const QString expire = n.value(4).toString();
            if (plan.match(text).hasMatch()) {
                QVERIFY2(statement.match(text).hasMatch(), qPrintable(id + ": a plan without 据 …发布会"));
                QVERIFY2(!expire.isEmpty(), qPrintable(id + ": a plan without expire_at"));
            }
            const bool visible = n.value(3).toString() <= day && (expire.isEmpty() || expire >= day);
            if (!visible)
                continue;
            ++shown;
            for (auto it = deadline.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                const QDate end = m.captured(1).isEmpty()
                    ? QDate(m.captured(3).toInt(), 12, 31)
                    : QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1).addMonths(1).addDays(-1);
                QVERIFY2(end >= today, qPrintable(id + ": shown after its deadline " + m.captured(0)));
            }
            // A notice for service institutions, Spring Festival cases, the 2022 plan: not today.
            for (const char *stale : {"工伤保险协议服务机构", "烟花爆竹违法", "2022年底前"})
                QVERIFY2(!text.contains(QString::fromUtf8(stale)), qPrintable(id));
        }
        QVERIFY(shown >= 8);

        // Names the seeds give: halls are called what the reports call them (a qualifier in
        // brackets aside), the 2026 通办窗口 is not put into the 2021 hall.
        const QDir shared(testsupport::sourceDir() + "/../shared");
        QSqlQuery h(c);
        QVERIFY(h.exec("SELECT h.id, h.name, s.file FROM halls h JOIN sources s ON s.id = h.source"));
        while (h.next()) {
            QString name = h.value(1).toString();
            name.remove(QRegularExpression(QStringLiteral("（[^）]*）$")));
            QVERIFY2(!name.contains("政务服务大厅"), qPrintable(h.value(0).toString()));
            if (shared.exists()) {
                const QString text = QString::fromUtf8(testsupport::readFile(shared.filePath(h.value(2).toString())))
                                         .remove(QRegularExpression(QStringLiteral("\\s")));
                QVERIFY2(text.contains(name), qPrintable(h.value(0).toString() + ": " + name));
            }
        }
        QCOMPARE(scalar(c,
                     "SELECT count(*) FROM windows w JOIN halls h ON h.id = w.hall_id WHERE w.source != h.source "
                     "AND w.kind = '通办窗口'"),
            0);

        // One service, one status: no two items with the same characters in their names.
        QSqlQuery i(c);
        QVERIFY(i.exec("SELECT id, name FROM items"));
        QHash<QString, QString> names;
        while (i.next()) {
            QString key = i.value(1).toString().remove(QStringLiteral("开具"));
            std::sort(key.begin(), key.end());
            QVERIFY2(!names.contains(key), qPrintable(i.value(0).toString() + " repeats " + names.value(key)));
            names.insert(key, i.value(0).toString());
        }
        QCOMPARE(scalar(c, "SELECT count(*) FROM items WHERE name LIKE '%亲属关系证明%'"), 1);

        // Sources that point somewhere: no record refers to a file the repository or the seeds
        // do not have, and every department has something to show.
        QSqlQuery src(c);
        QVERIFY(src.exec("SELECT id, file, note, title FROM sources"));
        while (src.next()) {
            const QString all = src.value(1).toString() + src.value(2).toString() + src.value(3).toString();
            QVERIFY2(!all.contains("PRODUCT.md"), qPrintable(src.value(0).toString()));
        }
        QCOMPARE(
            scalar(c,
                "SELECT count(*) FROM departments d WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.department_id = d.id) "
                "AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.department_id = d.id AND (n.expire_at = '' OR n.expire_at >= '"
                    + day + "'))"),
            0);

        // Left out before: the 研学 start date, 免申即享, 一地认定、全域结算, 生态安葬.
        QCOMPARE(
            scalar(c, "SELECT count(*) FROM notices WHERE id = 'education-shared-study-tours' AND body LIKE '%1月5日启用%'"), 1);
        QVERIFY(scalar(c, "SELECT count(*) FROM items WHERE name LIKE '%免申即享%'") == 1);
        QVERIFY(scalar(c, "SELECT count(*) FROM items WHERE name LIKE '%一地认定、全域结算%'") == 1);
        QVERIFY(scalar(c, "SELECT count(*) FROM notices WHERE body LIKE '%生态安葬%'") == 1);
    }

    void fixtureFillsListsAndQuotedFields()
    {
        QTemporaryDir dir;
        ContentPackage package(testsupport::defaultPolicy());
        QVERIFY(package.build(testsupport::fixture("mini"), dir.filePath("mini.sqlite")));
        Database db("mini");
        QCOMPARE(db.open(dir.filePath("mini.sqlite"), "content"), Database::Status::Ok);
        QCOMPARE(scalar(db.db(), "SELECT count(*) FROM item_cities WHERE item_id = 'item-3'"), 4);
        QCOMPARE(scalar(db.db(), "SELECT count(*) FROM item_themes WHERE theme_id = 'theme-x'"), 2);
        QSqlQuery q(db.db());
        QVERIFY(q.exec("SELECT name, note, required, copies FROM materials WHERE seq = 2") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("申请表（含\"签字\"栏, 两页）"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("多行\n备注"));
        QCOMPARE(q.value(2).toInt(), 0);
        QCOMPARE(q.value(3).toInt(), 2);
        QVERIFY(q.exec("SELECT value FROM meta WHERE key = 'content_version'") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("test-mini-1"));
    }

    void everyProblemIsReportedWithFileLineAndColumn()
    {
        QTemporaryDir dir;
        const QString pkg = dir.filePath("pkg");
        QVERIFY(testsupport::copyPackage(testsupport::fixture("mini"), pkg));
        QVERIFY(testsupport::writeFile(pkg + "/items.csv",
            "id,name,department_id,cities,status,url,source\n"
            "ok-1,好的,dept-a,长春,在办,https://zwfw.jl.gov.cn/x,fixture\n"
            "bad-1,部门不存在,dept-zzz,长春,在办,,fixture\n"
            "bad-2,城市不对,dept-a,北京,在办,,fixture\n"
            "bad-3,不是https,dept-a,长春,在办,http://zwfw.jl.gov.cn/x,fixture\n"
            "bad-4,别的网站,dept-a,长春,在办,https://evil.example.com/x,fixture\n"
            "ok-1,重复编号,dept-a,长春,办理中,,fixture\n"));
        QVERIFY(testsupport::writeFile(pkg + "/notices.csv",
            "id,department_id,title,category,publish_from,expire_at,source\n"
            "n-1,dept-a,标题,公告,2026/13/40,,fixture\n"
            "n-2,dept-a,标题,公告,2026-05-01,2026-04-01,fixture\n"));
        QVERIFY(testsupport::writeFile(pkg + "/halls.csv", "id,name,source\nh,大厅,fixture\n"));

        ContentPackage package(testsupport::defaultPolicy());
        QVERIFY(!package.build(pkg, dir.filePath("out.sqlite")));
        QVERIFY(!QFile::exists(dir.filePath("out.sqlite")));
        QStringList lines;
        for (const auto &d : package.diagnostics())
            lines.append(d.toString());
        const QString all = lines.join('\n');
        auto expect = [&](const QString &prefix, const QString &words) {
            const bool found = std::any_of(
                lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(prefix) && l.contains(words); });
            QVERIFY2(found, qPrintable(prefix + " " + words + " not in:\n" + all));
        };
        expect("items.csv:3:13:", "dept-zzz");
        expect("items.csv:4:19:", "北京");
        expect("items.csv:5:28:", "https");
        expect("items.csv:6:25:", "evil.example.com");
        expect("items.csv:7:1:", "重复");
        expect("items.csv:7:", "办理中");
        expect("notices.csv:2:", "2026/13/40");
        expect("notices.csv:3:", "截止日期");
        expect("halls.csv:1:1:", "city");
        QVERIFY(package.errorCount() >= 9);
    }

    void integrityCheckVerifiesEveryCheckConstraint()
    {
        // Rows go in with SQLite's CHECK constraints off (every field was checked against its
        // column's rules already); the integrity check of the built file verifies them on every
        // row. A row changed behind the builder's back between the two must be caught.
        QTemporaryDir dir;
        const QString out = dir.filePath("out.sqlite");
        ContentPackage package(testsupport::defaultPolicy());
        bool changed = false;
        package.setStepHook([&](const char *step) {
            if (qstrcmp(step, "build") != 0)
                return;
            {
                QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "behind-the-back");
                other.setDatabaseName(out);
                QSqlQuery q(other);
                changed = other.open() && q.exec("PRAGMA ignore_check_constraints = ON")
                    && q.exec("UPDATE items SET status = '办理中' WHERE rowid = 1") && q.numRowsAffected() == 1;
            }
            QSqlDatabase::removeDatabase("behind-the-back");
        });
        QVERIFY(!package.build(testsupport::fixture("mini"), out));
        QVERIFY(changed);
        QVERIFY(package.outputFailed());
        QVERIFY2(package.outputError().contains("CHECK constraint failed in items"), qPrintable(package.outputError()));
        QVERIFY(!QFile::exists(out));
    }

    void urlsLongerThan512BytesAreRefused()
    {
        QTemporaryDir dir;
        const QString pkg = dir.filePath("pkg");
        QVERIFY(testsupport::copyPackage(testsupport::fixture("mini"), pkg));
        const QByteArray longUrl = "https://zwfw.jl.gov.cn/jlszwfw/?q=" + QByteArray(500, 'a');
        QVERIFY(testsupport::writeFile(pkg + "/items.csv",
            "id,name,department_id,cities,status,url,source\nx,长网址,dept-a,长春,在办," + longUrl + ",fixture\n"));
        ContentPackage package(testsupport::defaultPolicy());
        QVERIFY(!package.build(pkg, dir.filePath("out.sqlite")));
        QVERIFY(package.diagnostics().first().toString().contains("512"));
    }

    void unsupportedManifestIsRefused()
    {
        QTemporaryDir dir;
        const QString pkg = dir.filePath("pkg");
        QVERIFY(testsupport::copyPackage(testsupport::fixture("mini"), pkg));
        QVERIFY(testsupport::writeFile(pkg + "/manifest.json",
            R"({"format":"tongban-content","format_version":3,"content_version":"x","built_at":"2026-01-01T00:00:00+08:00"})"));
        ContentPackage package(testsupport::defaultPolicy());
        QVERIFY(!package.build(pkg, dir.filePath("out.sqlite")));
        QVERIFY(package.diagnostics().first().toString().startsWith("manifest.json: "));
        QVERIFY(package.diagnostics().first().message.contains("格式版本 3"));
    }

    void minimalManifestIsEnough()
    {
        QTemporaryDir dir;
        const QString pkg = dir.filePath("pkg");
        QVERIFY(testsupport::copyPackage(testsupport::fixture("mini"), pkg));
        QVERIFY(testsupport::writeFile(pkg + "/manifest.json",
            R"({"format":"tongban-content","format_version":1,"content_version":"m","built_at":"2026-01-01T00:00:00+08:00"})"));
        ContentPackage package(testsupport::defaultPolicy());
        QVERIFY(package.build(pkg, dir.filePath("out.sqlite")));
        QVERIFY(package.diagnostics().isEmpty());
    }

    void mediaSlidesAreRecordedWithTheirHashes()
    {
        QTemporaryDir dir;
        ContentPackage package(testsupport::defaultPolicy());
        const QString good = testsupport::sourceDir() + "/tests/content/data/good";
        QVERIFY(package.build(good, dir.filePath("good.sqlite")));
        QCOMPARE(package.rowCounts().value("media"), 2);
        Database db("media");
        QCOMPARE(db.open(dir.filePath("good.sqlite"), "content"), Database::Status::Ok);
        QSqlQuery q(db.db());
        // The bytes go to the content version's media folder at import (tst_mediafiles), not here.
        QVERIFY(q.exec("SELECT kind, mime, width, height, sha256, sha256, duration_s FROM media ORDER BY sort") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("image"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("image/png"));
        QCOMPARE(q.value(2).toInt(), 96);
        QCOMPARE(q.value(3).toInt(), 64);
        QCOMPARE(q.value(4).toByteArray(),
            QCryptographicHash::hash(testsupport::readFile(good + "/media/hall.png"), QCryptographicHash::Sha256).toHex());
        QCOMPARE(q.value(6).toInt(), 8);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("video"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("video/ogg"));
        QVERIFY(q.value(6).isNull()); // not stated: the kiosk's default
    }

    void wholeNumbersAsExcelWritesThem()
    {
        QTemporaryDir dir;
        const QString pkg = dir.filePath("pkg");
        QVERIFY(testsupport::copyPackage(testsupport::fixture("mini"), pkg));
        QVERIFY(testsupport::writeFile(pkg + "/items.csv",
            "id,name,department_id,cities,status,promised_limit,source\nx,事项,dept-a,长春市,在办,15.0,fixture\n"));
        QVERIFY(QFile::remove(pkg + "/materials.csv")); // its rows name the fixture's items
        ContentPackage package(testsupport::defaultPolicy());
        QVERIFY(package.build(pkg, dir.filePath("out.sqlite")));
        Database db("n");
        QCOMPARE(db.open(dir.filePath("out.sqlite"), "content"), Database::Status::Ok);
        QCOMPARE(scalar(db.db(), "SELECT promised_limit FROM items WHERE id = 'x'"), 15);
    }

    void datesAsSpreadsheetsWriteThem_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("iso") << "2026-01-05"
                             << "2026-01-05";
        QTest::newRow("slashes") << "2026/1/5"
                                 << "2026-01-05";
        QTest::newRow("chinese") << "2026年1月5日"
                                 << "2026-01-05";
        QTest::newRow("month") << "2025年12月"
                               << "2025-12";
        QTest::newRow("excel serial") << "46027"
                                      << "2026-01-05";
        QTest::newRow("excel date cell with time") << "2026/1/5 0:00"
                                                   << "2026-01-05";
        QTest::newRow("excel serial as number") << "46027.0"
                                                << "2026-01-05";
        QTest::newRow("invalid day") << "2026-02-30"
                                     << "";
        QTest::newRow("text") << "6月底前"
                              << "";
    }
    void datesAsSpreadsheetsWriteThem()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(ContentPackage::normalizeDate(in), out);
    }
};

QTEST_GUILESS_MAIN(TestContentPackage)
#include "tst_contentpackage.moc"
