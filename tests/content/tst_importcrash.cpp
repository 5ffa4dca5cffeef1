// kill -9 at any moment of an import leaves the old content or the new one, complete. The
// import runs as a child process; it is killed right after each step (a test-only hook that
// SIGKILLs the process) and at random moments, and each time the content is reopened as the
// kiosk would and compared, table by table, with the old and the new content.
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "catalogue.h"
#include "contentstore.h"
#include "contenttest.h"
#include "database.h"
#include "importer.h"

namespace {
struct Outcome
{
    QByteArray fingerprint;
    QString version;
    bool intact = false;
};

// What a kiosk starting now would serve.
Outcome reopen(const QString &data)
{
    Outcome o;
    {
        tongban::ContentStore store(data + "/content", nullptr);
        store.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        store.setFullCheck(true); // the media files too, each against its SHA-256
        if (!store.open() || store.origin() != tongban::ContentStore::Origin::Live)
            return o;
        o.version = store.contentVersion();
        tongban::Database check("crash-check");
        QString why;
        o.intact = check.open(store.livePath(), "content", tongban::Database::Mode::ReadOnly) == tongban::Database::Status::Ok
            && check.integrityCheck(&why);
    }
    o.fingerprint = contenttest::fingerprint(contenttest::livePath(data));
    return o;
}

void resetData(const QString &pristine, const QString &data)
{
    QDir(data).removeRecursively();
    QVERIFY(contenttest::copyTree(pristine, data));
}
} // namespace

class TestImportCrash : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pristine, m_package;
    QByteArray m_old, m_new;

    QProcess *startImport(const QString &data, const QString &abortAfter = {})
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!abortAfter.isEmpty())
            env.insert("TONGBAN_IMPORT_ABORT_AFTER", abortAfter);
        p->setProcessEnvironment(env);
        p->start(contenttest::tool(), {"--db", data, "import", m_package});
        return p;
    }

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        m_pristine = m_dir.filePath("pristine");
        m_package = m_dir.filePath("new");
        QCOMPARE(contenttest::run({"--db", m_pristine, "import", contenttest::good()}).code, 0);
        m_old = contenttest::fingerprint(contenttest::livePath(m_pristine));
        // Big enough that an import takes a while, so random kills land inside it.
        QVERIFY(bench::writeCatalogue(m_package, 3000, 300, "crash-new"));
        // With media, so that kills land inside the media copy too.
        QVERIFY(contenttest::copyTree(contenttest::good() + "/media", m_package + "/media"));
        QVERIFY(testsupport::writeFile(m_package + "/media.csv",
            "id,file,kind,caption,source\nslide-a,media/hall.png,image,图,bench\nslide-b,media/loop.ogv,video,视频,bench\n"));
        QCOMPARE(contenttest::run({"--db", m_dir.filePath("ref"), "build", m_package, m_dir.filePath("new.sqlite")}).code, 0);
        m_new = contenttest::fingerprint(m_dir.filePath("new.sqlite"));
        QVERIFY(!m_old.isEmpty() && !m_new.isEmpty() && m_old != m_new);
    }

    void killedRightAfterEachStep_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("expectNew");
        for (const QString &step : tongban::Importer::steps())
            QTest::newRow(qPrintable(step)) << step << (step == "rename" || step == "syncdir" || step == "cleanup");
    }
    void killedRightAfterEachStep()
    {
        QFETCH(QString, step);
        QFETCH(bool, expectNew);
        const QString data = m_dir.filePath("step-" + step);
        resetData(m_pristine, data);
        QProcess *p = startImport(data, step);
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitStatus(), QProcess::CrashExit); // it really died there
        const Outcome o = reopen(data);
        QVERIFY(o.intact);
        QCOMPARE(o.fingerprint, expectNew ? m_new : m_old);
        QCOMPARE(o.version, expectNew ? QStringLiteral("crash-new") : QStringLiteral("test-good-1"));

        // What the killed import left behind does not stop the next one.
        // (After a kill past the swap it is the same package again: allowed, it is not older.)
        const auto again = contenttest::run({"--db", data, "import", m_package});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(contenttest::fingerprint(contenttest::livePath(data)), m_new);
        QVERIFY(QDir(data + "/content").entryList({"import-*", "incoming*"}).isEmpty());
        // Media folders: live's and previous's, no half-built one.
        const QStringList media = QDir(data + "/content/media").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(media.size() <= 2 && media.filter(".new").isEmpty(), qPrintable(media.join(' ')));
    }

    void killedAtRandomMoments()
    {
        // How long one import takes, start to end, so the kills spread over all of it.
        const QString data = m_dir.filePath("random");
        resetData(m_pristine, data);
        QElapsedTimer timer;
        timer.start();
        QProcess *p = startImport(data);
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
        const qint64 full = timer.elapsed();
        qInfo() << "one import takes" << full << "ms";

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "seed" << seed;
        QRandomGenerator random(seed);
        int sawOld = 0, sawNew = 0;
        const int runs = 60;
        for (int i = 0; i < runs; ++i) {
            resetData(m_pristine, data);
            const int delay = int(random.bounded(qint64(full * 11 / 10) + 1));
            QProcess *run = startImport(data);
            QVERIFY(run->waitForStarted());
            QThread::msleep(delay);
            run->kill(); // SIGKILL
            QVERIFY(run->waitForFinished(60000));
            const Outcome o = reopen(data);
            QVERIFY2(o.intact, qPrintable(QStringLiteral("run %1, killed after %2 ms").arg(i).arg(delay)));
            QVERIFY2(o.fingerprint == m_old || o.fingerprint == m_new,
                qPrintable(QStringLiteral("run %1, killed after %2 ms: a mix").arg(i).arg(delay)));
            (o.fingerprint == m_new ? sawNew : sawOld)++;
            delete run;
        }
        qInfo() << "old content" << sawOld << "times, new content" << sawNew << "times";
        QCOMPARE(sawOld + sawNew, runs);
        QVERIFY(sawOld > 0); // some kills landed before the swap
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
