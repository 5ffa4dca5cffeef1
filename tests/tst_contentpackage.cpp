// The package loader: the seed content, the fixture, and every kind of problem reported
// as file:line:column without writing a database.
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
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
        // Seed URLs point at the portal and are marked unverified; all are short.
        QCOMPARE(scalar(c,
                     "SELECT count(*) FROM items WHERE url NOT LIKE 'https://zwfw.jl.gov.cn/jlszwfw/?area=2201%' OR url_verified "
                     "!= 0"),
            0);
        QCOMPARE(scalar(c, "SELECT count(*) FROM items WHERE length(CAST(url AS BLOB)) > 512"), 0);
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
        QCOMPARE(seeds, 5);
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
            R"({"format":"tongban-content","format_version":2,"content_version":"x","built_at":"2026-01-01T00:00:00+08:00"})"));
        ContentPackage package(testsupport::defaultPolicy());
        QVERIFY(!package.build(pkg, dir.filePath("out.sqlite")));
        QVERIFY(package.diagnostics().first().toString().startsWith("manifest.json: "));
        QVERIFY(package.diagnostics().first().message.contains("格式版本 2"));
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
