// Start-up: the kiosk opens content read-only and never migrates it; the full check (every
// page, every media file's SHA-256) runs only after an unclean stop, told by a running marker
// that a clean stop (SIGTERM from the service manager) removes; the tool migrates old content
// on a copy.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "contentstore.h"
#include "contenttest.h"
#include "database.h"
#include "localstate.h"

using contenttest::run;

namespace {
QString kiosk()
{
    return testsupport::binDir() + QStringLiteral("/tongban-kiosk");
}

// One start to the first frame of Home and out, as the bench does.
int startOnce(const QString &data)
{
    return testsupport::run(kiosk(), {"--data", data, "--first-frame"});
}

QStringList eventKinds(const QString &data)
{
    tongban::LocalState state;
    QStringList kinds;
    if (state.open(data + "/state.sqlite"))
        for (const auto &e : state.recentEvents(50))
            kinds.append(e.kind);
    return kinds;
}

QString mediaFileOfLive(const QString &data, const QString &id)
{
    tongban::ContentStore store(data + "/content", nullptr);
    return store.open() ? store.mediaPath(id) : QString();
}
} // namespace

class TestStartupCheck : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString twoVersions(const QString &name)
    {
        const QString data = m_dir.filePath(name);
        [&] {
            QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
            const QString v2 = m_dir.filePath(name + "-v2");
            QVERIFY(contenttest::copyTree(contenttest::good(), v2));
            QByteArray m = testsupport::readFile(v2 + "/manifest.json");
            m.replace("\"test-good-1\"", "\"test-good-2\"").replace("2026-03-02T08", "2026-04-02T08");
            QVERIFY(testsupport::writeFile(v2 + "/manifest.json", m));
            QCOMPARE(run({"--db", data, "import", v2}).code, 0);
        }();
        return data;
    }

private slots:
    void initTestCase() { testsupport::hermetic(); }

    void fullCheckOnlyAfterAnUncleanStop()
    {
        const QString data = twoVersions("unclean");
        // A damaged slide of live: nothing a normal start reads, but the full check sees it.
        const QString hall = mediaFileOfLive(data, "slide-hall");
        QVERIFY(!hall.isEmpty());
        QByteArray bytes = testsupport::readFile(hall);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x55);
        QVERIFY(testsupport::writeFile(hall, bytes));

        QCOMPARE(startOnce(data), 0);
        QVERIFY(!eventKinds(data).contains("content-fallback"));
        QVERIFY(!QFile::exists(data + "/kiosk.running")); // removed by the clean exit

        QVERIFY(testsupport::writeFile(data + "/kiosk.running", "")); // as a power cut leaves it
        QCOMPARE(startOnce(data), 0);
        const QStringList kinds = eventKinds(data);
        QVERIFY2(kinds.contains("unclean-stop"), qPrintable(kinds.join(' ')));
        QVERIFY(kinds.contains("media-check-failed"));
        QVERIFY(kinds.contains("content-fallback")); // previous (test-good-1) is served instead
        QVERIFY(!QFile::exists(data + "/kiosk.running"));
    }

    void sigtermIsACleanStopKillIsNot()
    {
        const QString data = twoVersions("signals");
        for (const bool clean : {true, false}) {
            QProcess p;
            p.start(kiosk(), {"--data", data});
            QVERIFY(p.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(data + "/kiosk.running"), 30000);
            clean ? p.terminate() : p.kill();
            QVERIFY(p.waitForFinished(30000));
            if (clean) {
                QCOMPARE(p.exitStatus(), QProcess::NormalExit);
                QCOMPARE(p.exitCode(), 0);
            }
            QCOMPARE(QFile::exists(data + "/kiosk.running"), !clean);
        }
    }

    void kioskNeverMigratesTheToolMigratesACopy()
    {
        // A live file of the schema before media became files (version 5), bytes inside.
        const QString data = m_dir.filePath("old-schema");
        QCOMPARE(run({"--db", data, "init"}).code, 0);
        const QString live = contenttest::livePath(data);
        const QByteArray png = testsupport::readFile(contenttest::good() + "/media/hall.png");
        {
            tongban::Database db("old");
            QCOMPARE(db.open(live, "content", tongban::Database::Mode::ReadWrite, 5), tongban::Database::Status::Ok);
            QSqlQuery q(db.db());
            QVERIFY(q.exec("INSERT INTO meta (key, value) VALUES ('content_version', 'old-1'), "
                           "('built_at', '2026-01-01T00:00:00.000+08:00')"));
            QVERIFY(q.exec("INSERT INTO sources (id, title) VALUES ('s', 'test')"));
            QVERIFY(q.prepare("INSERT INTO media (id, file, kind, mime, sha256, data, source) "
                              "VALUES ('m', 'media/hall.png', 'image', 'image/png', ?, ?, 's')"));
            q.addBindValue(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
            q.addBindValue(png);
            QVERIFY(q.exec());
        }
        const QByteArray before = testsupport::readFile(live);

        QCOMPARE(startOnce(data), 0);
        QCOMPARE(testsupport::readFile(live), before); // read-only: not migrated in place
        QVERIFY(eventKinds(data).contains("content-fallback"));

        const auto status = run({"--db", data, "status"});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QVERIFY2(status.out.contains("内容版本: old-1"), qPrintable(status.out));
        QVERIFY(eventKinds(data).contains("content-migrated"));
        tongban::Database db("migrated");
        QCOMPARE(db.open(live, "content", tongban::Database::Mode::ReadOnly), tongban::Database::Status::Ok);
        QCOMPARE(db.version(), tongban::Database::latestVersion("content"));
        QCOMPARE(testsupport::readFile(mediaFileOfLive(data, "m")), png); // the bytes became a file
    }
};

QTEST_GUILESS_MAIN(TestStartupCheck)
#include "tst_startupcheck.moc"
