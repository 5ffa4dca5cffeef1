// An import that cannot finish changes nothing and says why: a full disk (a small tmpfs), a
// read-only data folder (a read-only bind mount: chmod stops nothing for root), a second
// import at the same time (the lock), and a USB stick pulled once the copy is taken.
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/mount.h>

#include "catalogue.h"
#include "contentpackage.h"
#include "contenttest.h"
#include "localstate.h"

using contenttest::run;

namespace {
// Unmounts on scope exit, so a failing test leaves no mount behind.
struct Mount
{
    QString path;
    bool ok = false;
    ~Mount()
    {
        if (ok)
            ::umount2(QFile::encodeName(path).constData(), MNT_DETACH);
    }
};

QProcess *startImport(QObject *parent, const QString &data, const QString &package, const QString &pause)
{
    auto *p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("TONGBAN_IMPORT_PAUSE_AFTER", pause);
    p->setProcessEnvironment(env);
    p->setReadChannel(QProcess::StandardError); // where the pause hook speaks
    p->start(contenttest::tool(), {"--db", data, "import", package});
    return p;
}

bool waitForLine(QProcess *p, const QByteArray &line)
{
    QByteArray seen;
    while (p->waitForReadyRead(30000)) {
        seen += p->readAllStandardError();
        if (seen.contains(line))
            return true;
    }
    return false;
}
} // namespace

class TestImportSafety : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_big;

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        m_big = m_dir.filePath("big");
        QVERIFY(bench::writeCatalogue(m_big, 3000, 300, "big-1"));
    }

    void fullDiskChangesNothing()
    {
        Mount mnt{m_dir.filePath("small-disk")};
        QDir().mkpath(mnt.path);
        mnt.ok = ::mount("tmpfs", QFile::encodeName(mnt.path).constData(), "tmpfs", 0, "size=3m") == 0;
        if (!mnt.ok)
            TONGBAN_SKIP("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)");
        const QString data = mnt.path + "/data";
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const QByteArray before = contenttest::fingerprint(contenttest::livePath(data));

        const auto r = run({"--db", data, "import", m_big});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("数据盘空间不足"), qPrintable(r.err));
        QVERIFY(r.err.contains("原有内容没有改变"));
        QCOMPARE(contenttest::fingerprint(contenttest::livePath(data)), before);
        QVERIFY(QDir(data + "/content").entryList({"import-*", "incoming*"}).isEmpty()); // the space is given back
    }

    // The builder knows a full disk and a read-only folder by SQLite's result code (and the
    // folder's own flags), not by the wording of SQLite's message.
    void diskFailuresAreKnownByTheirCode()
    {
        Mount mnt{m_dir.filePath("tiny-disk")};
        QDir().mkpath(mnt.path);
        mnt.ok = ::mount("tmpfs", QFile::encodeName(mnt.path).constData(), "tmpfs", 0, "size=1m") == 0;
        if (!mnt.ok)
            TONGBAN_SKIP("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)");
        tongban::ContentPackage full(testsupport::defaultPolicy());
        QVERIFY(!full.build(m_big, mnt.path + "/incoming.sqlite"));
        QVERIFY(full.outputFailed());
        QCOMPARE(full.outputErrno(), ENOSPC);
        QVERIFY(!QFileInfo::exists(mnt.path + "/incoming.sqlite")); // the space is given back

        QVERIFY(::mount(nullptr, QFile::encodeName(mnt.path).constData(), nullptr, MS_REMOUNT | MS_RDONLY, "size=1m") == 0);
        tongban::ContentPackage readOnly(testsupport::defaultPolicy());
        QVERIFY(!readOnly.build(contenttest::good(), mnt.path + "/incoming.sqlite"));
        QVERIFY(readOnly.outputFailed());
        QCOMPARE(readOnly.outputErrno(), EROFS);

        tongban::ContentPackage fine(testsupport::defaultPolicy());
        QVERIFY(fine.build(contenttest::good(), m_dir.filePath("fine.sqlite")));
        QCOMPARE(fine.outputErrno(), 0);
    }

    void readOnlyDataFolderChangesNothing()
    {
        const QString data = m_dir.filePath("rw-data");
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const QByteArray before = contenttest::fingerprint(contenttest::livePath(data));
        Mount ro{m_dir.filePath("ro-data")};
        QDir().mkpath(ro.path);
        const QByteArray target = QFile::encodeName(ro.path);
        ro.ok = ::mount(QFile::encodeName(data).constData(), target.constData(), nullptr, MS_BIND, nullptr) == 0;
        if (!ro.ok)
            TONGBAN_SKIP("cannot bind-mount here (needs root and CAP_SYS_ADMIN)");
        QVERIFY(::mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0);
        QVERIFY(!testsupport::writeFile(ro.path + "/probe", "x")); // really read-only, even for root

        const auto r = run({"--db", ro.path, "import", m_big});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("数据目录是只读的"), qPrintable(r.err));
        QCOMPARE(contenttest::fingerprint(contenttest::livePath(data)), before);
        QCOMPARE(run({"--db", ro.path, "rollback"}).code, 2);
        const auto s = run({"--db", ro.path, "status"}); // staff can still look
        QCOMPARE(s.code, 0);
        QVERIFY(s.out.contains("内容版本: test-good-1"));
    }

    void secondImportAtTheSameTimeIsTurnedAway()
    {
        const QString data = m_dir.filePath("busy");
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        QProcess *first = startImport(this, data, m_big, "validate:3000");
        QVERIFY(waitForLine(first, "pause validate"));

        const auto second = run({"--db", data, "import", contenttest::good()});
        QVERIFY2(second.code == 2, qPrintable(second.err));
        QVERIFY2(second.err.contains("另一个导入或回退正在进行，请等它结束后再试；本次没有改动任何内容"), qPrintable(second.err));
        QCOMPARE(run({"--db", data, "rollback"}).code, 2);
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("test-good-1"));

        QVERIFY(first->waitForFinished(60000));
        QCOMPARE(first->exitCode(), 0);
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("big-1"));
        tongban::LocalState state;
        QVERIFY(state.open(data + "/state.sqlite"));
        QStringList kinds;
        for (const auto &e : state.recentEvents(2))
            kinds.append(e.kind);
        QCOMPARE(kinds, (QStringList{"import", "import-refused"}));
    }

    void stickPulledAfterTheCopyChangesNothing()
    {
        const QString data = m_dir.filePath("stick");
        const QString stick = m_dir.filePath("usb/pkg");
        QVERIFY(contenttest::copyTree(m_big, stick));
        QProcess *p = startImport(this, data, stick, "copy:1000");
        QVERIFY(waitForLine(p, "pause copy"));
        QVERIFY(QDir(m_dir.filePath("usb")).removeRecursively()); // the stick is gone
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("big-1"));

        const auto missing = run({"--db", data, "import", stick});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("找不到内容包"));
    }
};

QTEST_GUILESS_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
