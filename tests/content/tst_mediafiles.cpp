// Media as files: each content version's slides in a folder of their own, hash-checked, named
// by the database (which keeps no bytes); rollback brings them back with the database, and an
// import removes only the folders that neither live nor previous uses.
#include <QColor>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "contentstore.h"
#include "contenttest.h"
#include "database.h"
#include "media.h"

using contenttest::run;

namespace {
QString withHall(const QString &dir, const QString &version, const QString &builtAt, const QColor &colour)
{
    contenttest::copyTree(contenttest::good(), dir);
    QImage img(40, 30, QImage::Format_RGB32);
    img.fill(colour);
    img.save(dir + "/media/hall.png");
    QByteArray m = testsupport::readFile(dir + "/manifest.json");
    m.replace("\"test-good-1\"", "\"" + version.toUtf8() + "\"");
    m.replace("2026-03-02T08:00:00+08:00", builtAt.toUtf8());
    testsupport::writeFile(dir + "/manifest.json", m);
    return dir;
}

struct Opened
{
    QString version, mediaDir, hall;
    QByteArray hallSha;
};

Opened opened(const QString &data)
{
    tongban::ContentStore store(data + "/content", nullptr);
    Opened o;
    if (!store.open())
        return o;
    o.version = store.contentVersion();
    o.mediaDir = store.mediaDir();
    o.hall = store.mediaPath("slide-hall");
    o.hallSha = tongban::MediaCheck::sha256(o.hall);
    return o;
}

QStringList mediaFolders(const QString &data)
{
    return QDir(data + "/content/media").entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

class TestMediaFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { testsupport::hermetic(); }

    void mediaLiveAsFilesOfTheirVersion()
    {
        const QString data = m_dir.filePath("data");
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const Opened o = opened(data);
        QCOMPARE(o.version, QStringLiteral("test-good-1"));
        QVERIFY2(o.mediaDir.startsWith(data + "/content/media/test-good-1-"), qPrintable(o.mediaDir));
        QCOMPARE(o.hall, o.mediaDir + "/hall.png");
        QCOMPARE(testsupport::readFile(o.hall), testsupport::readFile(contenttest::good() + "/media/hall.png"));
        QCOMPARE(testsupport::readFile(o.mediaDir + "/loop.ogv"), testsupport::readFile(contenttest::good() + "/media/loop.ogv"));
        // The database keeps the hash, not the bytes.
        tongban::Database db("media-columns");
        QCOMPARE(
            db.open(contenttest::livePath(data), "content", tongban::Database::Mode::ReadOnly), tongban::Database::Status::Ok);
        QSqlQuery q(db.db());
        QVERIFY(!q.exec("SELECT data FROM media"));
        QVERIFY(q.exec("SELECT sha256 FROM media WHERE id = 'slide-hall'") && q.next());
        QCOMPARE(q.value(0).toByteArray(), o.hallSha);
        QVERIFY(QFileInfo(contenttest::livePath(data)).size() < 200 * 1024);
    }

    void rollbackBringsTheMediaBack()
    {
        const QString data = m_dir.filePath("rollback");
        const QString red = withHall(m_dir.filePath("red"), "v-red", "2026-04-01T08:00:00+08:00", Qt::red);
        const QString blue = withHall(m_dir.filePath("blue"), "v-blue", "2026-05-01T08:00:00+08:00", Qt::blue);
        const QString green = withHall(m_dir.filePath("green"), "v-green", "2026-06-01T08:00:00+08:00", Qt::green);
        QCOMPARE(run({"--db", data, "import", red}).code, 0);
        const Opened r = opened(data);
        QCOMPARE(run({"--db", data, "import", blue}).code, 0);
        const Opened b = opened(data);
        QVERIFY(r.hallSha != b.hallSha && r.mediaDir != b.mediaDir);
        QCOMPARE(mediaFolders(data).size(), 2);

        QCOMPARE(run({"--db", data, "rollback"}).code, 0);
        const Opened back = opened(data);
        QCOMPARE(back.version, QStringLiteral("v-red"));
        QCOMPARE(back.mediaDir, r.mediaDir);
        QCOMPARE(back.hallSha, r.hallSha);
        QCOMPARE(back.hallSha, tongban::MediaCheck::sha256(red + "/media/hall.png"));

        // Forward again, then a third version: red's folder is neither live nor previous now.
        QCOMPARE(run({"--db", data, "rollback"}).code, 0);
        QCOMPARE(run({"--db", data, "import", green}).code, 0);
        const Opened g = opened(data);
        QCOMPARE(g.version, QStringLiteral("v-green"));
        QCOMPARE(mediaFolders(data), (QStringList{QFileInfo(b.mediaDir).fileName(), QFileInfo(g.mediaDir).fileName()}));
        QVERIFY(!QFileInfo::exists(r.mediaDir));
        QVERIFY(QFileInfo::exists(b.hall)); // previous keeps its slides for the next rollback
    }

    void exportWritesTheFilesBack()
    {
        const QString data = m_dir.filePath("export");
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const QString out = m_dir.filePath("exported");
        const auto e = run({"--db", data, "export", out});
        QVERIFY2(e.code == 0, qPrintable(e.err));
        QCOMPARE(testsupport::readFile(out + "/media/loop.ogv"), testsupport::readFile(contenttest::good() + "/media/loop.ogv"));
    }
};

QTEST_GUILESS_MAIN(TestMediaFiles)
#include "tst_mediafiles.moc"
