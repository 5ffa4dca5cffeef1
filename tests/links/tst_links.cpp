// Deep links (issue 10, format v2): templates filled in and percent-encoded, a verification's
// age by the kiosk's clock rule, v1's url_verified, export, and `tongban-content links` whose
// --qr PNGs decode to the URLs its --csv lists.
#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include "clock.h"
#include "contentpackage.h"
#include "contentstore.h"
#include "csv.h"
#include "exporter.h"
#include "itemdetail.h"
#include "itemlink.h"
#include "services.h"
#include "testsupport.h"

using namespace tongban;

namespace {
QString fixture()
{
    return testsupport::sourceDir() + QStringLiteral("/tests/links/data/v2");
}

const QString kPortal = QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/?area=220100");
const QString kVerified = QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/bsznxq/?taskCode=TEST-0001&type=1&area=220100");
// 测试 事项/三&四, percent-encoded as UTF-8: the space, '/' and '&' too.
const QString kEncoded = QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/?area=220100&q=%E6%B5%8B%E8%AF%95%20%E4%BA%8B%E9%A1%B9"
                                        "%2F%E4%B8%89%26%E5%9B%9B&code=T-3");

QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(10, 0));
}

// The kiosk's services on a private folder with `settings`, and `package` installed.
std::unique_ptr<Services> servicesWith(const QTemporaryDir &dir, const KioskSettings &settings, const QString &package)
{
    const Paths paths{dir.filePath(QStringLiteral("data"))};
    if (!settings.save(paths.settingsFile()))
        return nullptr;
    auto services = std::make_unique<Services>(paths);
    QList<Diagnostic> diagnostics;
    if (!services->start() || !testsupport::install(*services, package, &diagnostics)) {
        qWarning().noquote() << (diagnostics.isEmpty() ? QString() : diagnostics.first().toString());
        return nullptr;
    }
    return services;
}

ItemLink linkOf(Services &services, const QString &itemId, const QString &city = QStringLiteral("220100"))
{
    const std::optional<ItemDetail> item = ItemDetail::load(services.content()->db(), itemId);
    return item ? item->resolveLink(city, services.content()->today(), services.settings().urlPolicy()) : ItemLink();
}
} // namespace

class TestLinks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::hermetic(); }
    void cleanup() { Clock::setOverride({}); }

    void placeholdersArePercentEncoded()
    {
        QString error;
        QCOMPARE(ItemLink::fill(QStringLiteral("https://h.gov.cn/?q={name}&a={area}"),
                     {{"name", QStringLiteral("身份证 换领/补&办")}, {"area", QStringLiteral("220100")}}, &error),
            QStringLiteral(
                "https://h.gov.cn/?q=%E8%BA%AB%E4%BB%BD%E8%AF%81%20%E6%8D%A2%E9%A2%86%2F%E8%A1%A5%26%E5%8A%9E&a=220100"));
        QVERIFY(error.isEmpty());
        QCOMPARE(ItemLink::fill(QStringLiteral("https://h.gov.cn/{task_code}-{handle_code}"),
                     {{"task_code", QStringLiteral("A-1")}, {"handle_code", QStringLiteral("B2")}}, &error),
            QStringLiteral("https://h.gov.cn/A-1-B2"));

        QVERIFY(ItemLink::fill(QStringLiteral("https://h.gov.cn/?c={code}"), {{"code", "1"}}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("{code}")), qPrintable(error));
        QVERIFY(ItemLink::fill(QStringLiteral("https://h.gov.cn/?c={name"), {{"name", "1"}}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("没有对应的「}」")), qPrintable(error));
        QVERIFY(ItemLink::fill(QStringLiteral("https://h.gov.cn/?c=name}"), {{"name", "1"}}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("没有对应的「{」")), qPrintable(error));
        QVERIFY(ItemLink::fill(QStringLiteral("https://h.gov.cn/?c={handle_code}"), {}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("{handle_code}")), qPrintable(error));
    }

    void verificationAgeAndPolicyDecideWhatOpens_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("verifiedAt");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("maxAge");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("age");
        const QString url = QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/item/7?area=220100");
        const QString allowed = QStringLiteral("zwfw.jl.gov.cn");
        QTest::newRow("verified") << url << "2026-01-01" << QDate(2026, 6, 1) << 365 << allowed << "verified" << 151;
        QTest::newRow("on the last day") << url << "2026-01-01" << QDate(2027, 1, 1) << 365 << allowed << "verified" << 365;
        QTest::newRow("a day too old") << url << "2026-01-01" << QDate(2027, 1, 2) << 365 << allowed << "expired" << 366;
        QTest::newRow("kiosk allows 30 days") << url << "2026-01-01" << QDate(2026, 2, 1) << 30 << allowed << "expired" << 31;
        QTest::newRow("never checked") << url << "" << QDate(2026, 6, 1) << 365 << allowed << "unverified" << -1;
        QTest::newRow("host not allowed now") << url << "2026-01-01" << QDate(2026, 6, 1) << 365 << "other.gov.cn"
                                              << "refused" << 151;
        QTest::newRow("no deep link") << ""
                                      << "" << QDate(2026, 6, 1) << 365 << allowed << "none" << -1;
    }
    void verificationAgeAndPolicyDecideWhatOpens()
    {
        QFETCH(QString, literal);
        QFETCH(QString, verifiedAt);
        QFETCH(QDate, today);
        QFETCH(int, maxAge);
        QFETCH(QString, host);
        QFETCH(QString, state);
        QFETCH(int, age);
        UrlPolicy policy({host});
        policy.setVerifiedMaxAgeDays(maxAge);
        policy.setPortal(QStringLiteral("https://%1/portal?area={area}").arg(host));
        ItemLink::Input in;
        in.name = QStringLiteral("测试");
        in.literal = literal;
        in.verifiedAt = verifiedAt;
        in.verifiedBy = verifiedAt.isEmpty() ? QString() : QStringLiteral("测试员");
        const ItemLink link = ItemLink::resolve(in, QStringLiteral("220300"), today, policy);
        QCOMPARE(link.stateName(), state);
        QCOMPARE(link.ageDays, age);
        QCOMPARE(
            link.url, state == QLatin1String("verified") ? literal : QStringLiteral("https://%1/portal?area=220300").arg(host));
    }

    // kiosk.ini [urls]: the portal and the maximum age are the kiosk's, never the package's.
    void settingsNameThePortalAndTheMaximumAge()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath("kiosk.ini");
        QVERIFY(testsupport::writeFile(ini,
            "[kiosk]\ncity=220300\n[urls]\nportal=\"https://zwfw.jl.gov.cn/jlszwfw/?area={area}&from=kiosk\"\n"
            "verified_max_age_days=30\n"));
        QString error;
        KioskSettings s = KioskSettings::load(ini, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.verifiedMaxAgeDays, 30);
        QCOMPARE(ItemLink::portal(s.urlPolicy(), s.cityCode),
            QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/?area=220300&from=kiosk"));
        QCOMPARE(s.urlPolicy().verifiedMaxAgeDays(), 30);

        QVERIFY(testsupport::writeFile(ini, "[urls]\nverified_max_age_days=ten\n"));
        s = KioskSettings::load(ini, &error);
        QCOMPARE(s.verifiedMaxAgeDays, 365);
        QVERIFY2(error.contains("verified_max_age_days"), qPrintable(error));
        QCOMPARE(ItemLink::portal(s.urlPolicy(), s.cityCode), kPortal);
    }

    void packageLinksResolveForTheKiosksCity()
    {
        Clock::setOverride(at(2026, 6, 1));
        QTemporaryDir dir;
        const auto services = servicesWith(dir, KioskSettings{}, fixture());
        QVERIFY(services);
        ItemLink link = linkOf(*services, "link-verified");
        QCOMPARE(link.stateName(), QStringLiteral("verified"));
        QCOMPARE(link.url, kVerified);
        QCOMPARE(link.templateId, QStringLiteral("jl-guide"));
        QCOMPARE(link.verifiedBy, QStringLiteral("测试员甲"));
        QCOMPARE(link.ageDays, 101);
        QCOMPARE(linkOf(*services, "link-verified", "220300").url, QString(kVerified).replace("220100", "220300"));
        QCOMPARE(linkOf(*services, "link-encoded").url, kEncoded);
        // An old check, none, no link at all: the portal.
        for (const char *id : {"link-expired", "link-unverified", "link-none"}) {
            link = linkOf(*services, id);
            QVERIFY2(!link.deep(), id);
            QCOMPARE(link.url, kPortal);
        }
        QCOMPARE(linkOf(*services, "link-expired").stateName(), QStringLiteral("expired"));
        QCOMPARE(
            linkOf(*services, "link-expired").deepUrl, QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/item/2002?area=220300"));
        QCOMPARE(linkOf(*services, "link-unverified").deepUrl,
            QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/bsznxq/?taskCode=H-5&type=1&area=220100"));
        QCOMPARE(linkOf(*services, "link-none").stateName(), QStringLiteral("none"));

        // The kiosk's own maximum age.
        KioskSettings strict;
        strict.verifiedMaxAgeDays = 90;
        QTemporaryDir other;
        const auto strictServices = servicesWith(other, strict, fixture());
        QVERIFY(strictServices);
        QCOMPARE(linkOf(*strictServices, "link-verified").stateName(), QStringLiteral("expired"));
        QCOMPARE(linkOf(*strictServices, "link-verified").url, kPortal);
    }

    // A clock earlier than the content's build time is wrong: ages count from the build date.
    void aClockBeforeTheBuildUsesTheBuildDate()
    {
        Clock::setOverride(at(2020, 1, 1));
        QTemporaryDir dir;
        const auto services = servicesWith(dir, KioskSettings{}, fixture());
        QVERIFY(services);
        QCOMPARE(services->content()->today(), QDate(2026, 3, 1));
        QCOMPARE(linkOf(*services, "link-verified").ageDays, 9);
        QCOMPARE(linkOf(*services, "link-verified").stateName(), QStringLiteral("verified"));
        QCOMPARE(linkOf(*services, "link-expired").ageDays, 415);
        QCOMPARE(linkOf(*services, "link-expired").stateName(), QStringLiteral("expired"));
    }

    // v1's url_verified = 1 has no date: verified on the package's built_at.
    void aV1VerificationCountsFromBuiltAt()
    {
        QTemporaryDir dir;
        const auto services = servicesWith(dir, KioskSettings{}, testsupport::fixture("mini"));
        QVERIFY(services);
        QSqlQuery q(services->content()->db());
        QVERIFY(q.exec("SELECT url_verified_at, url_verified_by FROM items WHERE id = 'item-1'") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("v1: url_verified=1"));
        QVERIFY(q.exec("SELECT url_verified_at FROM items WHERE id = 'item-2'") && q.next());
        QCOMPARE(q.value(0).toString(), QString());

        Clock::setOverride(at(2027, 3, 1));
        QCOMPARE(linkOf(*services, "item-1").stateName(), QStringLiteral("verified"));
        QCOMPARE(linkOf(*services, "item-1").url, QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/item/1001?area=220100"));
        Clock::setOverride(at(2027, 3, 2));
        QCOMPARE(linkOf(*services, "item-1").stateName(), QStringLiteral("expired"));
        QCOMPARE(linkOf(*services, "item-1").url, kPortal);
        QCOMPARE(linkOf(*services, "item-2").stateName(), QStringLiteral("unverified"));
    }

    // Export writes format v2; what it writes imports to the same links.
    void exportIsV2AndKeepsTheLinks()
    {
        Clock::setOverride(at(2026, 6, 1));
        QTemporaryDir dir;
        const auto services = servicesWith(dir, KioskSettings{}, testsupport::fixture("mini"));
        QVERIFY(services);
        QString error;
        const QString out = dir.filePath("export");
        QVERIFY2(exportContent(services->content()->db(), services->content()->mediaDir(), out, &error), qPrintable(error));
        QVERIFY(testsupport::readFile(out + "/manifest.json").contains("\"format_version\": 2"));
        const QByteArray items = testsupport::readFile(out + "/items.csv");
        QVERIFY(items.contains("url_verified_at"));
        QVERIFY(!items.contains("url_verified,"));
        QVERIFY(QFile::exists(out + "/links.csv"));
        QTemporaryDir again;
        const auto reimported = servicesWith(again, KioskSettings{}, out);
        QVERIFY(reimported);
        QCOMPARE(linkOf(*reimported, "item-1").url, linkOf(*services, "item-1").url);
        QCOMPARE(linkOf(*reimported, "item-1").verifiedBy, QStringLiteral("v1: url_verified=1"));

        QTemporaryDir v2;
        const auto withTemplates = servicesWith(v2, KioskSettings{}, fixture());
        QVERIFY(withTemplates);
        const QString out2 = v2.filePath("export");
        QVERIFY2(
            exportContent(withTemplates->content()->db(), withTemplates->content()->mediaDir(), out2, &error), qPrintable(error));
        QTemporaryDir v2again;
        const auto back = servicesWith(v2again, KioskSettings{}, out2);
        QVERIFY(back);
        for (const char *id : {"link-verified", "link-encoded", "link-expired", "link-unverified", "link-none"}) {
            QCOMPARE(linkOf(*back, id).url, linkOf(*withTemplates, id).url);
            QCOMPARE(linkOf(*back, id).deepUrl, linkOf(*withTemplates, id).deepUrl);
            QCOMPARE(linkOf(*back, id).stateName(), linkOf(*withTemplates, id).stateName());
        }
    }

    // `links --qr DIR` then `links --csv`: every PNG decodes to exactly its row's URL. The tool
    // runs under libfaketime so that the verification states are those of 2026-06-01.
    void qrPngsDecodeToTheUrlsTheCsvLists()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data"), qr = dir.filePath("qr");
        const QString tool = testsupport::binDir() + QStringLiteral("/tongban-content");
        QCOMPARE(testsupport::run(tool, {"--db", data, "import", fixture()}), 0);

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LD_PRELOAD", QStringLiteral(LIBFAKETIME));
        env.insert("FAKETIME", "@2026-06-01 10:00:00");
        env.insert("DONT_FAKE_MONOTONIC", "1");
        p.setProcessEnvironment(env);
        p.start(tool, {"--db", data, "links", "--csv", "--qr", qr});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const CsvTable csv = Csv::parse(p.readAllStandardOutput());
        QVERIFY(csv.ok());
        QCOMPARE(csv.rows.size(), 6); // header + 5 items
        QStringList header;
        for (const CsvField &f : csv.rows.first())
            header.append(f.text);
        QCOMPARE(
            header, QStringList({"id", "name", "template", "url", "state", "verified_at", "verified_by", "age_days", "shown"}));
        QHash<QString, QStringList> rows;
        for (qsizetype r = 1; r < csv.rows.size(); ++r) {
            QStringList row;
            for (const CsvField &f : csv.rows.at(r))
                row.append(f.text);
            rows.insert(row.first(), row);
        }
        QCOMPARE(rows["link-verified"].mid(2, 7),
            QStringList({"jl-guide", kVerified, "verified", "2026-02-20", "测试员甲", "101", kVerified}));
        QCOMPARE(rows["link-encoded"].value(3), kEncoded);
        QCOMPARE(rows["link-expired"].mid(4, 5), QStringList({"expired", "2025-01-10", "测试员甲", "507", kPortal}));
        QCOMPARE(rows["link-unverified"].value(4), QStringLiteral("unverified"));
        QCOMPARE(rows["link-none"].mid(3, 2), QStringList({"", "none"}));

        int pngs = 0;
        for (const QStringList &row : rows) {
            const QString png = QDir(qr).filePath(row.first() + ".png");
            if (row.value(3).isEmpty()) {
                QVERIFY2(!QFile::exists(png), qPrintable(png));
                continue;
            }
            ++pngs;
            QCOMPARE(testsupport::zbar(png), QStringList{row.value(3)});
        }
        QCOMPARE(pngs, 4);
        QCOMPARE(QDir(qr).entryList(QDir::Files).size(), 4);

        // The text form says the same, and status counts the deep links not drawn today.
        p.start(tool, {"--db", data, "status"});
        QVERIFY(p.waitForFinished(60000));
        const QString status = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(status.contains(QStringLiteral("网址未核实的事项: 2")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("link-expired 测试过期事项（expired）")), qPrintable(status));
    }
};

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
