// The fleet for real: three Syncthing instances (one office, two kiosks) on 127.0.0.1 in
// temporary homes, everything that reaches beyond them switched off, and two tongban-kiosk
// processes (offscreen) whose inboxes and outboxes those instances keep. Packages are signed
// by the tool, the office's view is `tongban-content fleet report`.
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "contenttest.h"
#include "localstate.h"

using contenttest::run;

namespace {

// A port nobody listens on now (the defaults of three instances would collide).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0;
    ::close(fd);
    return ok ? ntohs(a.sin_port) : 0;
}

QJsonObject readJson(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject{};
}

struct Syncthing
{
    QString name, home, id, listen;
    QProcess process;

    bool generate(QString *error)
    {
        QProcess p;
        p.start(QStringLiteral("syncthing"), {"generate", "--home", home, "--no-default-folder"});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            *error = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        QProcess idp;
        idp.start(QStringLiteral("syncthing"), {"--home", home, "--device-id"});
        idp.waitForFinished(30000);
        id = QString::fromUtf8(idp.readAllStandardOutput()).trimmed();
        listen = QStringLiteral("tcp://127.0.0.1:%1").arg(freePort());
        return id.size() == 63;
    }
    void start()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("STNOUPGRADE", "1");
        env.insert("STNORESTART", "1");
        process.setProcessEnvironment(env);
        process.setStandardOutputFile(home + "/syncthing.log");
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("syncthing"), {"serve", "--home", home, "--no-browser", "--no-restart", "--no-upgrade"});
    }
    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(15000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    ~Syncthing() { stop(); }
};

struct Kiosk
{
    QString name, data, inbox, outbox;
    QProcess process;

    void start()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        process.setProcessEnvironment(env);
        process.setStandardOutputFile(data + "/kiosk.log");
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(testsupport::binDir() + "/tongban-kiosk", {"--data", data});
    }
    QString liveVersion() const { return contenttest::metaValue(contenttest::livePath(data), "content_version"); }
    ~Kiosk()
    {
        process.terminate();
        if (!process.waitForFinished(30000))
            process.kill();
        process.waitForFinished(5000);
    }
};

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_secret, m_publicKey, m_packages, m_outboxes;
    Syncthing m_office;
    Syncthing m_st[2];
    Kiosk m_kiosk[2];
    int m_serial = 1;

    // A copy of the seed as a new, newer content version, signed with the office's key.
    QString makePackage(const QString &version, const QString &where, qint64 ageSeconds = 0)
    {
        const QString dir = QDir(where).filePath(version);
        if (!contenttest::copyTree(testsupport::seedPackage(), dir))
            return {};
        QFile m(dir + "/manifest.json");
        if (!m.open(QIODevice::ReadOnly))
            return {};
        QJsonObject manifest = QJsonDocument::fromJson(m.readAll()).object();
        m.close();
        manifest["content_version"] = version;
        manifest["built_at"]
            = QDateTime::currentDateTime().addSecs(m_serial++ - ageSeconds).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
        manifest.remove("files");
        if (!testsupport::writeFile(dir + "/manifest.json", QJsonDocument(manifest).toJson()))
            return {};
        if (run({"sign", dir, "--key", m_secret}).code != 0)
            return {};
        return dir;
    }
    // Into the office's folder in one rename, as staff drop a finished package.
    bool publish(const QString &package)
    {
        return QDir().rename(package, QDir(m_packages).filePath(QFileInfo(package).fileName()));
    }
    QJsonObject officeStatus(int k) const { return readJson(QDir(m_outboxes).filePath(m_kiosk[k].name + "/status.json")); }
    QJsonObject inboxEntry(int k, const QString &package) const
    {
        for (const QJsonValue &v : readJson(m_kiosk[k].outbox + "/status.json").value("inbox").toArray())
            if (v.toObject().value("package").toString() == package)
                return v.toObject();
        return {};
    }
    QStringList eventKinds(int k) const
    {
        tongban::LocalState state;
        QStringList kinds;
        if (state.open(m_kiosk[k].data + "/state.sqlite"))
            for (const auto &e : state.recentEvents(50))
                kinds << e.kind;
        return kinds;
    }

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        if (QStandardPaths::findExecutable("syncthing").isEmpty())
            TONGBAN_SKIP("syncthing is not installed (tools/kiosk installs it)");
        m_secret = m_dir.filePath("office.key");
        const auto k = run({"keygen", "--key", m_secret});
        QCOMPARE(k.code, 0);
        m_publicKey = QRegularExpression("public_key=(\\S+)").match(k.out).captured(1);
        QVERIFY(!m_publicKey.isEmpty());

        m_packages = m_dir.filePath("office/packages");
        m_outboxes = m_dir.filePath("office/outboxes");
        m_office.name = "office";
        m_office.home = m_dir.filePath("office/syncthing");
        QString error;
        QVERIFY2(m_office.generate(&error), qPrintable(error));
        for (int i = 0; i < 2; ++i) {
            Kiosk &k = m_kiosk[i];
            k.name = QStringLiteral("kiosk-%1").arg(QChar('a' + i));
            k.data = m_dir.filePath(k.name + "/data");
            k.inbox = m_dir.filePath(k.name + "/inbox");
            k.outbox = m_dir.filePath(k.name + "/outbox");
            m_st[i].name = k.name;
            m_st[i].home = m_dir.filePath(k.name + "/syncthing");
            QVERIFY2(m_st[i].generate(&error), qPrintable(error));
            QCOMPARE(run({"--db", k.data, "init"}).code, 0);
            QSettings ini(k.data + "/kiosk.ini", QSettings::IniFormat);
            ini.setValue("content/public_key", m_publicKey);
            ini.setValue("fleet/inbox", k.inbox);
            ini.setValue("fleet/outbox", k.outbox);
            ini.setValue("fleet/kiosk_id", k.name);
            ini.setValue("fleet/poll_s", 1);
            ini.setValue("fleet/status_s", 2);
        }
        auto peer = [](const Syncthing &s) { return QStringLiteral("%1=%2@%3").arg(s.name, s.id, s.listen); };
        auto config = [](const QStringList &args) { return run(QStringList{"fleet", "syncthing-config"} + args); };
        const auto office = config({"--office", "--home", m_office.home, "--name", "office", "--listen", m_office.listen, "--gui",
            QStringLiteral("127.0.0.1:%1").arg(freePort()), "--peer", peer(m_st[0]), "--peer", peer(m_st[1]), "--packages",
            m_packages, "--outboxes", m_outboxes, "--rescan-s", "10"});
        QVERIFY2(office.code == 0, qPrintable(office.err));
        for (int i = 0; i < 2; ++i) {
            const auto r = config({"--kiosk", "--home", m_st[i].home, "--name", m_kiosk[i].name, "--listen", m_st[i].listen,
                "--gui", QStringLiteral("127.0.0.1:%1").arg(freePort()), "--peer", peer(m_office), "--inbox", m_kiosk[i].inbox,
                "--outbox", m_kiosk[i].outbox, "--rescan-s", "10"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        // Nothing reaches beyond the three: no discovery, relays, NAT, reports or upgrades.
        const QString xml = QString::fromUtf8(testsupport::readFile(m_office.home + "/config.xml"));
        for (const char *off : {"globalAnnounceEnabled>false", "localAnnounceEnabled>false", "relaysEnabled>false",
                 "natEnabled>false", "urAccepted>-1", "autoUpgradeIntervalH>0", "crashReportingEnabled>false",
                 "announceLANAddresses>false", "startBrowser>false", "stunKeepaliveStartS>0"})
            QVERIFY2(xml.contains(QLatin1String(off)), off);

        m_office.start();
        for (int i = 0; i < 2; ++i) {
            m_st[i].start();
            m_kiosk[i].start();
        }
        // Each kiosk's first status reaches the office.
        for (int i = 0; i < 2; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(officeStatus(i).value("kiosk").toString() == m_kiosk[i].name, 120000);
    }

    void signedPackageReachesEveryKiosk()
    {
        const QString pkg = makePackage("fleet-2", m_dir.filePath("staging"));
        QVERIFY(!pkg.isEmpty());
        QVERIFY(publish(pkg));
        for (int i = 0; i < 2; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(officeStatus(i).value("content_version").toString(), QStringLiteral("fleet-2"), 120000);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(m_kiosk[i].liveVersion(), QStringLiteral("fleet-2"));
            QVERIFY(eventKinds(i).contains("import"));
            // The receive-only inbox holds what the office sent and nothing the kiosk wrote.
            QCOMPARE(QDir(m_kiosk[i].inbox + "/fleet-2").entryList(QDir::Files | QDir::Hidden),
                QDir(QDir(m_packages).filePath("fleet-2")).entryList(QDir::Files | QDir::Hidden));
        }
        const auto r = run({"fleet", "report", m_outboxes});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("内容版本 fleet-2：2 台"), qPrintable(r.out));
        QVERIFY(r.out.contains("kiosk-a") && r.out.contains("kiosk-b"));
        QCOMPARE(r.out.count(" | 正常 | "), 2); // neither kiosk is stale
    }

    void tamperedPackageIsRefused()
    {
        const QString pkg = makePackage("fleet-3", m_dir.filePath("staging"));
        QVERIFY(!pkg.isEmpty());
        // Changed after signing: the signature no longer matches.
        QByteArray manifest = testsupport::readFile(pkg + "/manifest.json");
        manifest.replace("fleet-3", "fleet-3x");
        QVERIFY(testsupport::writeFile(pkg + "/manifest.json", manifest));
        QVERIFY(publish(pkg));
        for (int i = 0; i < 2; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(eventKinds(i).contains("fleet-refused"), 120000);
            QCOMPARE(inboxEntry(i, "fleet-3").value("state").toString(), QStringLiteral("refused"));
            QCOMPARE(m_kiosk[i].liveVersion(), QStringLiteral("fleet-2"));
        }
    }

    // Built before what the kiosks run: never imported, logged once.
    void olderPackageIsIgnored()
    {
        const QString pkg = makePackage("fleet-old", m_dir.filePath("staging"), 86400);
        QVERIFY(publish(pkg));
        for (int i = 0; i < 2; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(inboxEntry(i, "fleet-old").value("state").toString(), QStringLiteral("complete"), 120000);
            QTRY_VERIFY(eventKinds(i).contains("fleet-ignored"));
            QCOMPARE(eventKinds(i).count("fleet-ignored"), 1);
            QCOMPARE(m_kiosk[i].liveVersion(), QStringLiteral("fleet-2"));
        }
    }

    // Two ways a package arrives slowly: a folder whose files come one at a time, and a file
    // the office's Syncthing scanned while it was still being written.
    void incompletePackageWaits()
    {
        const QString pkg = makePackage("fleet-4", m_dir.filePath("staging"));
        QVERIFY(!pkg.isEmpty());
        const QString target = QDir(m_packages).filePath("fleet-4");
        QVERIFY(QDir().mkpath(target));
        const QByteArray items = testsupport::readFile(pkg + "/items.csv");
        // The manifest first, then half of items.csv as if caught mid-write.
        for (const char *f : {"manifest.json", "manifest.sig"})
            QVERIFY(QFile::copy(pkg + "/" + f, target + "/" + f));
        QVERIFY(testsupport::writeFile(target + "/items.csv", items.left(items.size() / 2)));
        for (int i = 0; i < 2; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(inboxEntry(i, "fleet-4").value("why").toString().contains("items.csv"), 120000);
            QCOMPARE(inboxEntry(i, "fleet-4").value("state").toString(), QStringLiteral("incomplete"));
            QCOMPARE(m_kiosk[i].liveVersion(), QStringLiteral("fleet-2"));
        }
        // The rest, file by file; the whole items.csv last.
        for (const QString &f : QDir(pkg).entryList(QDir::Files))
            if (!QFileInfo::exists(target + "/" + f))
                QVERIFY(QFile::copy(pkg + "/" + f, target + "/" + f));
        QVERIFY(contenttest::copyTree(pkg + "/media", target + "/media")); // the demo media
        // Now only the half items.csv is wrong: its hash still holds the package back.
        for (int i = 0; i < 2; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(inboxEntry(i, "fleet-4").value("why").toString().contains("items.csv")
                    && !inboxEntry(i, "fleet-4").value("why").toString().contains('\n'),
                60000);
            QCOMPARE(m_kiosk[i].liveVersion(), QStringLiteral("fleet-2"));
        }
        QVERIFY(testsupport::writeFile(target + "/items.csv", items));
        for (int i = 0; i < 2; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(officeStatus(i).value("content_version").toString(), QStringLiteral("fleet-4"), 120000);
    }

    void silentKioskIsStale()
    {
        m_st[1].stop();
        const QString pkg = makePackage("fleet-5", m_dir.filePath("staging"));
        QVERIFY(publish(pkg));
        QTRY_COMPARE_WITH_TIMEOUT(officeStatus(0).value("content_version").toString(), QStringLiteral("fleet-5"), 120000);
        QCOMPARE(officeStatus(1).value("content_version").toString(), QStringLiteral("fleet-4"));

        const auto now = run({"fleet", "report", m_outboxes});
        QVERIFY2(now.out.contains("内容版本 fleet-5：1 台") && now.out.contains("内容版本 fleet-4：1 台"), qPrintable(now.out));
        const QString later = QDateTime::currentDateTime().addDays(2).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
        const QString csv = m_dir.filePath("report");
        const auto r = run({"fleet", "report", m_outboxes, "--now", later, "--csv", csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString kiosks = QString::fromUtf8(testsupport::readFile(csv + "/kiosks.csv"));
        const QStringList lines = kiosks.split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + two kiosks
        QVERIFY2(lines.at(2).startsWith("kiosk-b") && lines.at(2).contains("过期"), qPrintable(kiosks));
    }

    void cleanupTestCase()
    {
        for (auto &s : m_st)
            s.stop();
        m_office.stop();
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
