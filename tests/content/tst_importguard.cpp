// A package no one can abuse: zips whose headers understate what an entry inflates to are
// stopped as the bytes come out (bounded time and disk), the free space is checked before the
// zip is copied off the stick, and validate, diff and import treat links, FIFOs and devices
// in a folder package alike.
#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <zlib.h>

#include "contenttest.h"

using contenttest::run;

namespace {
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

bool mountTmpfs(Mount &m, const char *size)
{
    QDir().mkpath(m.path);
    m.ok = ::mount("tmpfs", QFile::encodeName(m.path).constData(), "tmpfs", 0, size) == 0;
    return m.ok;
}

// Bytes in use under a folder (what an import left behind).
qint64 usedBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

struct Entry
{
    QByteArray name;
    QByteArray data; // ignored when zeros > 0
    qint64 zeros = 0; // this many zero bytes instead (deflated as they stream)
    qint64 claimed = -1; // the size both headers declare; -1: the truth
};

// A zip written by hand, so that its local and central headers can say what we like.
bool writeZip(const QString &path, const QList<Entry> &entries)
{
    QByteArray out, central;
    auto le16 = [](QByteArray &b, quint32 v) { b.append(char(v & 0xff)).append(char((v >> 8) & 0xff)); };
    auto le32 = [&](QByteArray &b, quint32 v) { le16(b, v & 0xffff), le16(b, v >> 16); };
    for (const Entry &e : entries) {
        z_stream z{};
        if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
            return false;
        QByteArray comp;
        uLong crc = crc32(0, nullptr, 0);
        const QByteArray zeroChunk(1 << 20, '\0');
        qint64 left = e.zeros > 0 ? e.zeros : e.data.size();
        qint64 offset = 0;
        QByteArray buf(1 << 16, Qt::Uninitialized);
        do {
            const QByteArray chunk
                = e.zeros > 0 ? zeroChunk.left(int(qMin<qint64>(left, zeroChunk.size()))) : e.data.mid(offset, 1 << 20);
            crc = crc32(crc, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(chunk.size()));
            left -= chunk.size();
            offset += chunk.size();
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
            z.avail_in = uInt(chunk.size());
            const int flush = left > 0 ? Z_NO_FLUSH : Z_FINISH;
            int rc;
            do {
                z.next_out = reinterpret_cast<Bytef *>(buf.data());
                z.avail_out = uInt(buf.size());
                rc = deflate(&z, flush);
                comp.append(buf.constData(), buf.size() - int(z.avail_out));
            } while (z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        } while (left > 0);
        deflateEnd(&z);
        const quint32 real = quint32(e.zeros > 0 ? e.zeros : e.data.size());
        const quint32 size = e.claimed >= 0 ? quint32(e.claimed) : real;
        const quint32 at = quint32(out.size());
        le32(out, 0x04034b50), le16(out, 20), le16(out, 0), le16(out, 8), le16(out, 0), le16(out, 0);
        le32(out, quint32(crc)), le32(out, quint32(comp.size())), le32(out, size);
        le16(out, quint32(e.name.size())), le16(out, 0);
        out += e.name + comp;
        le32(central, 0x02014b50), le16(central, 20), le16(central, 20), le16(central, 0), le16(central, 8);
        le16(central, 0), le16(central, 0), le32(central, quint32(crc)), le32(central, quint32(comp.size()));
        le32(central, size), le16(central, quint32(e.name.size())), le16(central, 0), le16(central, 0);
        le16(central, 0), le16(central, 0), le32(central, 0), le32(central, at);
        central += e.name;
    }
    const quint32 cdAt = quint32(out.size());
    out += central;
    le32(out, 0x06054b50), le16(out, 0), le16(out, 0), le16(out, quint32(entries.size()));
    le16(out, quint32(entries.size())), le32(out, quint32(central.size())), le32(out, cdAt), le16(out, 0);
    return testsupport::writeFile(path, out);
}

// The good package's files as honest entries.
QList<Entry> goodEntries(const QStringList &except = {})
{
    QList<Entry> list;
    QDirIterator it(contenttest::good(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QDir(contenttest::good()).relativeFilePath(path);
        if (!except.contains(name))
            list.append({name.toUtf8(), testsupport::readFile(path)});
    }
    return list;
}

contenttest::Run runFor(const QStringList &args, int ms)
{
    QProcess p;
    p.start(contenttest::tool(), args);
    contenttest::Run r;
    if (!p.waitForFinished(ms)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("(still running after %1 ms)").arg(ms);
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}
} // namespace

class TestImportGuard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { testsupport::hermetic(); }

    void zipEntriesAreCountedAsTheyInflate_data()
    {
        QTest::addColumn<qint64>("claimed");
        QTest::addColumn<qint64>("real");
        // 64 MB of zeros deflate to ~64 KB; the data folder's disk holds 24 MB.
        QTest::newRow("claims 1 KB, inflates past the disk") << qint64(1024) << qint64(64) * 1048576;
        QTest::newRow("claims a little less than it holds") << qint64(2) * 1048576 << qint64(2) * 1048576 + 4096;
    }
    void zipEntriesAreCountedAsTheyInflate()
    {
        QFETCH(qint64, claimed);
        QFETCH(qint64, real);
        Mount disk{m_dir.filePath(QStringLiteral("disk-%1").arg(claimed))};
        if (!mountTmpfs(disk, "size=24m"))
            TONGBAN_SKIP("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)");
        const QString data = disk.path + "/data";
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const QByteArray before = contenttest::fingerprint(contenttest::livePath(data));
        const qint64 usedBefore = usedBytes(data);

        const QString zip = m_dir.filePath(QStringLiteral("lying-%1.zip").arg(claimed));
        QList<Entry> entries = goodEntries({"media/loop.ogv"});
        entries.append({"media/loop.ogv", {}, real, claimed});
        QVERIFY(writeZip(zip, entries));
        QVERIFY(QFileInfo(zip).size() < 1048576);

        const QString expected = QStringLiteral("压缩包中的「media/loop.ogv」解压后比压缩包记录的大小（%1 字节）大").arg(claimed);
        for (const char *command : {"validate", "diff", "import"}) {
            const auto r = runFor({"--db", data, command, zip}, 60000);
            QVERIFY2(r.code == 2, qPrintable(QStringLiteral("%1: %2 %3").arg(command).arg(r.code).arg(r.err)));
            QVERIFY2(r.err.contains(expected), qPrintable(r.err));
            QVERIFY(!r.err.contains("数据盘空间不足")); // stopped at the lie, not at a full disk
        }
        QCOMPARE(contenttest::fingerprint(contenttest::livePath(data)), before);
        QVERIFY(QDir(data + "/content").entryList({"import-*", "incoming*"}).isEmpty());
        QVERIFY(usedBytes(data) <= usedBefore + 65536); // no partial file stays (the log grows a little)
    }

    void honestSizesOverTheCapAreRefusedBeforeWriting()
    {
        // The cap lowered for the test (the hook can only lower it): 3 MB declared > 2 MB.
        const QString data = m_dir.filePath("cap");
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const QString zip = m_dir.filePath("big.zip");
        QList<Entry> entries = goodEntries({"media/loop.ogv"});
        entries.append({"media/loop.ogv", {}, 3 * 1048576});
        QVERIFY(writeZip(zip, entries));
        const auto r = run({"--db", data, "import", zip}, {{"TONGBAN_IMPORT_MAX_BYTES", "2097152"}});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("内容包解压后超过 2 MB，无法导入；原有内容没有改变"), qPrintable(r.err));
        const auto raised = run({"--db", data, "validate", zip}, {{"TONGBAN_IMPORT_MAX_BYTES", "99999999999999"}});
        QVERIFY2(!raised.err.contains("超过"), qPrintable(raised.err)); // 3 MB is fine under the real 1 GB cap
    }

    void freeSpaceIsCheckedBeforeTheZipIsCopied()
    {
        Mount disk{m_dir.filePath("small-disk")};
        if (!mountTmpfs(disk, "size=3m"))
            TONGBAN_SKIP("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)");
        const QString data = disk.path + "/data";
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const QByteArray before = contenttest::fingerprint(contenttest::livePath(data));
        // 4 MB that do not compress: a zip bigger than the free space.
        QByteArray noise(4 * 1048576, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        QList<Entry> entries = goodEntries({"media/loop.ogv"});
        entries.append({"media/loop.ogv", noise});
        const QString zip = m_dir.filePath("noise.zip");
        QVERIFY(writeZip(zip, entries));
        QVERIFY(QFileInfo(zip).size() > 4 * 1000 * 1000);

        // The same package as a folder: its files are summed before anything is copied.
        const QString folder = m_dir.filePath("noise-folder");
        QVERIFY(contenttest::copyTree(contenttest::good(), folder));
        QVERIFY(testsupport::writeFile(folder + "/media/loop.ogv", noise));
        for (const QString &package : {zip, folder}) {
            const auto r = run({"--db", data, "import", package});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QRegularExpression(
                         "数据盘空间不足：复制内容包需要 [0-9.]+ MB，数据盘只剩 [0-9.]+ MB；原有内容没有改变")),
                qPrintable(r.err));
            QCOMPARE(contenttest::fingerprint(contenttest::livePath(data)), before);
            QVERIFY(QDir(data + "/content").entryList({"import-*", "incoming*"}).isEmpty());
        }
    }

    void linksAndSpecialFilesAreRefusedAlike_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("link out of the package") << "outside"
                                                 << "内容包中的「items.csv」是指向内容包以外";
        QTest::newRow("dangling link") << "dangling"
                                       << "内容包中的「items.csv」是指向不存在文件的链接";
        QTest::newRow("link to a folder") << "folder"
                                          << "内容包中的「media/more」是指向文件夹的链接";
        QTest::newRow("FIFO") << "fifo"
                              << "内容包中的「notices.csv」不是普通文件（管道、设备或套接字）";
        QTest::newRow("device") << "device"
                                << "内容包中的「media/hall.png」不是普通文件（管道、设备或套接字）";
    }
    void linksAndSpecialFilesAreRefusedAlike()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString pkg = m_dir.filePath("special-" + kind);
        QVERIFY(contenttest::copyTree(contenttest::good(), pkg));
        const QString secret = m_dir.filePath("outside-items-" + kind + ".csv");
        QVERIFY(QFile::copy(pkg + "/items.csv", secret));
        auto replace = [&](const QString &name) {
            QFile::remove(pkg + "/" + name);
            return QFile::encodeName(pkg + "/" + name);
        };
        if (kind == "outside") {
            QVERIFY(::symlink(QFile::encodeName(secret).constData(), replace("items.csv").constData()) == 0);
        } else if (kind == "dangling") {
            QVERIFY(::symlink("/nonexistent/items.csv", replace("items.csv").constData()) == 0);
        } else if (kind == "folder") {
            QVERIFY(::symlink(".", QFile::encodeName(pkg + "/media/more").constData()) == 0); // a loop
        } else if (kind == "fifo") {
            QVERIFY(::mkfifo(replace("notices.csv").constData(), 0644) == 0);
        } else if (kind == "device") {
            if (::mknod(replace("media/hall.png").constData(), S_IFCHR | 0644, makedev(1, 3)) != 0)
                TONGBAN_SKIP("cannot make a device node here (needs root)");
        }
        const QString data = m_dir.filePath("special-data-" + kind);
        QCOMPARE(run({"--db", data, "init"}).code, 0);
        for (const char *command : {"validate", "diff", "import"}) {
            // Reading a FIFO in place would wait for a writer for ever: a bounded wait.
            const auto r = runFor({"--db", data, command, pkg}, 30000);
            QVERIFY2(r.code == 2, qPrintable(QStringLiteral("%1: %2 %3").arg(command).arg(r.code).arg(r.out + r.err)));
            QVERIFY2(r.err.contains(expected), qPrintable(QStringLiteral("%1: %2").arg(command, r.err)));
        }
        QVERIFY(!QFile::exists(contenttest::livePath(data)));
    }

    void aLinkInsideThePackageIsReadAsItsFile()
    {
        const QString pkg = m_dir.filePath("inner-link");
        QVERIFY(contenttest::copyTree(contenttest::good(), pkg));
        QVERIFY(QFile::rename(pkg + "/halls.csv", pkg + "/halls-real.csv"));
        QVERIFY(::symlink("halls-real.csv", QFile::encodeName(pkg + "/halls.csv").constData()) == 0);
        const auto r = run({"--db", m_dir.filePath("inner-data"), "validate", pkg});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestImportGuard)
#include "tst_importguard.moc"
