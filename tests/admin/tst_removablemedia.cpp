// RemovableMedia (issue 11, "Mounting the stick"): USB sticks through udisks2 on the system
// bus, played by tests/admin/udisks_standin.cpp on a private dbus-daemon that
// DBUS_SYSTEM_BUS_ADDRESS points at; without udisks2, the media_roots scan of a folder that
// plays the stick. Nothing here waits by sleeping: results come through the signals.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include <zip.h>

#include "contenttest.h"
#include "kiosksettings.h"
#include "privatebus.h"
#include "removablemedia.h"

using tongban::RemovableMedia;
using tongban::StickPackage;

namespace {

const QString StickDevice = QStringLiteral("/org/freedesktop/UDisks2/block_devices/sdb1");
const QString SeedTitle = QStringLiteral("长春现代化都市圈 圈内通办 种子内容");
const QString MarchTitle = QStringLiteral("三月更新");

bool makeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    int error = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!za)
        return false;
    for (const auto &[name, bytes] : entries) {
        void *copy = malloc(size_t(bytes.size()) + 1); // libzip frees it
        memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *src = zip_source_buffer(za, copy, zip_uint64_t(bytes.size()), 1);
        if (!src || zip_file_add(za, name.constData(), src, ZIP_FL_ENC_UTF_8) < 0)
            return false;
    }
    return zip_close(za) == 0;
}

// Writes a file, making its folders.
bool put(const QString &path, const QByteArray &bytes)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && testsupport::writeFile(path, bytes);
}

// A stick as staff bring it: the seed package as a folder at the top, a zipped package (one
// folder inside, as zip tools make them) one folder down, a broken zip, and things that are
// not packages or are too deep to look at.
bool fillStick(const QString &stick)
{
    QByteArray manifest = testsupport::readFile(testsupport::seedPackage() + "/manifest.json");
    manifest.replace(SeedTitle.toUtf8(), MarchTitle.toUtf8()).replace("2026.12.02-seed", "2027.03.01");
    return contenttest::copyTree(testsupport::seedPackage(), stick + "/内容包-种子") && QDir().mkpath(stick + "/更新")
        && makeZip(stick + "/更新/tongban-2027.03.zip",
            {{"tongban-2027.03/manifest.json", manifest},
                {"tongban-2027.03/items.csv", testsupport::readFile(testsupport::seedPackage() + "/items.csv")}})
        && put(stick + "/broken.zip", "not a zip at all") && put(stick + "/照片/holiday.jpg", "jpeg")
        && QDir().mkpath(stick + "/a/b") && makeZip(stick + "/a/b/too-deep.zip", {{"manifest.json", manifest}})
        && put(stick + "/__MACOSX/junk.zip", "junk") && put(stick + "/.Trashes/x.zip", "x");
}

QStringList names(const QList<StickPackage> &packages)
{
    QStringList out;
    for (const StickPackage &p : packages)
        out.append(p.name);
    out.sort();
    return out;
}

StickPackage byName(const QList<StickPackage> &packages, const QString &name)
{
    for (const StickPackage &p : packages)
        if (p.name == name)
            return p;
    return {};
}

bool udisksOnBus()
{
    return QDBusConnection::systemBus().interface()->isServiceRegistered(QString::fromLatin1(RemovableMedia::Service));
}

} // namespace

class TestRemovableMedia : public QObject
{
    Q_OBJECT

    PrivateBus m_privateBus;
    QProcess m_standin;
    std::unique_ptr<QTemporaryDir> m_dir; // per test: the stick, the record
    QString m_stick;
    QString m_record;

    void startStandin(const QStringList &extra = {})
    {
        m_standin.setProcessChannelMode(QProcess::ForwardedChannels);
        m_standin.start(testsupport::binDir() + "/udisks_standin",
            QStringList{"--address", qEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS"), "--stick", m_stick, "--record", m_record}
                + extra);
        QVERIFY(m_standin.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(udisksOnBus(), 10000);
    }

    QStringList recorded() const { return QString::fromUtf8(testsupport::readFile(m_record)).split('\n', Qt::SkipEmptyParts); }

    // refresh() and the signal it brings.
    static QList<QVariant> scan(RemovableMedia &media)
    {
        QSignalSpy spy(&media, &RemovableMedia::scanned);
        media.refresh();
        if (!spy.wait(30000))
            return {};
        return spy.takeFirst();
    }

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        if (const QString why = m_privateBus.start(); !why.isEmpty()) {
            if (why.startsWith("dbus-daemon is not installed"))
                TONGBAN_SKIP("dbus-daemon is not installed (Debian package dbus-daemon)");
            QFAIL(qPrintable(why));
        }
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_stick = m_dir->filePath("stick");
        m_record = m_dir->filePath("udisks-calls.txt");
        QVERIFY(QDir().mkpath(m_stick));
    }

    void cleanup()
    {
        if (m_standin.state() != QProcess::NotRunning) {
            m_standin.kill();
            m_standin.waitForFinished();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!udisksOnBus(), 10000);
    }

    void stickIsMountedReadOnlyAndTheSystemDiskNeverTouched()
    {
        QVERIFY(fillStick(m_stick));
        startStandin();
        RemovableMedia media({m_dir->filePath("no-such-root")});
        const QList<QVariant> result = scan(media);
        QCOMPARE(result.size(), 2);
        QVERIFY(media.usesUdisks());

        // One Mount, of the stick, read-only, nosuid, nodev, noexec, without a password prompt.
        QCOMPARE(
            recorded(), QStringList{"Mount " + StickDevice + " options=ro,nosuid,nodev,noexec auth.no_user_interaction=true"});
        QCOMPARE(media.volumes().size(), 1);
        QCOMPARE(media.volumes().constFirst().device, StickDevice);
        QCOMPARE(media.volumes().constFirst().label, QStringLiteral("TONGBAN"));
        QCOMPARE(media.volumes().constFirst().mountPoint, m_stick);
        QVERIFY(media.volumes().constFirst().readOnly);

        // The packages, by their manifests' titles; the broken zip is listed with a note;
        // nothing from too deep, junk folders or hidden ones.
        const auto packages = result.at(0).value<QList<StickPackage>>();
        QCOMPARE(names(packages), (QStringList{"broken", MarchTitle, SeedTitle}));
        QCOMPARE(result.at(1).toString(), QString());

        const StickPackage seed = byName(packages, SeedTitle);
        QCOMPARE(seed.path, m_stick + "/内容包-种子");
        QCOMPARE(seed.fileName, QStringLiteral("内容包-种子"));
        QCOMPARE(seed.contentVersion, QStringLiteral("2026.12.02-seed"));
        QCOMPARE(seed.volumeLabel, QStringLiteral("TONGBAN"));
        QCOMPARE(seed.device, StickDevice);
        QVERIFY(!seed.isZip);
        QVERIFY(seed.size > testsupport::readFile(testsupport::seedPackage() + "/items.csv").size());
        QVERIFY(seed.modified.isValid());
        QVERIFY(seed.note.isEmpty());

        const StickPackage march = byName(packages, MarchTitle);
        QCOMPARE(march.path, m_stick + "/更新/tongban-2027.03.zip");
        QCOMPARE(march.contentVersion, QStringLiteral("2027.03.01"));
        QVERIFY(march.isZip);
        QCOMPARE(march.size, QFileInfo(march.path).size());
        QCOMPARE(march.modified, QFileInfo(march.path).lastModified());
        QVERIFY(march.note.isEmpty());

        const StickPackage broken = byName(packages, "broken");
        QVERIFY(broken.isZip);
        QVERIFY(!broken.note.isEmpty());

        // A second look finds it mounted and mounts nothing more.
        QCOMPARE(names(scan(media).value(0).value<QList<StickPackage>>()).size(), 3);
        QCOMPARE(recorded().size(), 1);
    }

    void stickMountedAlreadyIsUsedWhereItIs()
    {
        QVERIFY(fillStick(m_stick));
        startStandin({"--mounted"});
        RemovableMedia media(QStringList{});
        const QList<QVariant> result = scan(media);
        QCOMPARE(names(result.value(0).value<QList<StickPackage>>()).size(), 3);
        QCOMPARE(recorded(), QStringList());
        QCOMPARE(media.volumes().value(0).mountPoint, m_stick);
    }

    void exportAloneMountsReadWriteAndUnmountsAfter()
    {
        startStandin();
        RemovableMedia media(QStringList{});
        const QList<QVariant> result = scan(media);
        QCOMPARE(result.value(1).toString(), QStringLiteral("U盘上没有内容包（.zip 压缩包，或含 manifest.json 的文件夹）"));

        QSignalSpy mounted(&media, &RemovableMedia::mountedReadWrite);
        media.mountReadWrite(StickDevice);
        QVERIFY(mounted.wait(30000));
        QCOMPARE(mounted.at(0), (QList<QVariant>{StickDevice, m_stick, QString()}));
        QVERIFY(!media.volumes().value(0).readOnly);

        QSignalSpy unmounted(&media, &RemovableMedia::unmounted);
        media.unmount(StickDevice);
        QVERIFY(unmounted.wait(30000));
        QCOMPARE(unmounted.at(0), (QList<QVariant>{StickDevice, QString()}));
        QVERIFY(media.volumes().isEmpty());

        const QString mount = "Mount " + StickDevice + " options=%1 auth.no_user_interaction=true";
        QCOMPARE(recorded(),
            (QStringList{mount.arg("ro,nosuid,nodev,noexec"), "Unmount " + StickDevice, mount.arg("rw,nosuid,nodev,noexec"),
                "Unmount " + StickDevice}));
    }

    void pulledStickGivesAPlainMessage()
    {
        QVERIFY(fillStick(m_stick));
        startStandin({"--pull-on-mount"}); // the folder goes between the mount and the scan
        RemovableMedia media(QStringList{});
        const QList<QVariant> result = scan(media);
        QCOMPARE(result.size(), 2);
        QVERIFY(result.at(0).value<QList<StickPackage>>().isEmpty());
        QVERIFY2(result.at(1).toString().contains(QStringLiteral("U盘「TONGBAN」已被拔出")), qPrintable(result.at(1).toString()));
        QVERIFY(!QFileInfo::exists(m_stick));

        // And the export on a stick that is gone says so too.
        QSignalSpy mounted(&media, &RemovableMedia::mountedReadWrite);
        media.mountReadWrite(StickDevice);
        QVERIFY(mounted.wait(30000));
        QCOMPARE(mounted.at(0).at(1).toString(), QString());
        QVERIFY(!mounted.at(0).at(2).toString().isEmpty());
    }

    void refreshNeverBlocksTheUiThread()
    {
        QVERIFY(fillStick(m_stick));
        startStandin({"--mount-delay-ms", "1500"});
        RemovableMedia media(QStringList{});
        QSignalSpy spy(&media, &RemovableMedia::scanned);
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, [&] { ++ticks; });
        tick.start(20);

        QElapsedTimer call;
        call.start();
        media.refresh();
        media.refresh(); // merged with the first while it waits
        QVERIFY2(call.elapsed() < 200, qPrintable(QString::number(call.elapsed())));
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(30000));
        // The event loop kept turning while udisks2 took its time to mount.
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
        QCOMPARE(names(spy.at(0).at(0).value<QList<StickPackage>>()).size(), 3);
    }

    void withoutUdisksTheMediaRootsAreScanned()
    {
        QVERIFY(!udisksOnBus());
        // /media/USER/LABEL, and /mnt/LABEL holding a package straight away.
        const QString media1 = m_dir->filePath("media");
        const QString mnt = m_dir->filePath("mnt");
        QVERIFY(fillStick(media1 + "/kiosk/TONGBAN"));
        QVERIFY(QDir().mkpath(media1 + "/kiosk/EMPTY"));
        QVERIFY(contenttest::copyTree(testsupport::seedPackage(), mnt + "/usb/seed"));

        RemovableMedia media({media1, m_dir->filePath("run-media-missing"), mnt});
        const QList<QVariant> result = scan(media);
        QCOMPARE(result.size(), 2);
        QVERIFY(!media.usesUdisks());
        const auto packages = result.at(0).value<QList<StickPackage>>();
        QCOMPARE(names(packages), (QStringList{"broken", MarchTitle, SeedTitle, SeedTitle}));
        QCOMPARE(result.at(1).toString(), QString());
        QCOMPARE(byName(packages, MarchTitle).volumeLabel, QStringLiteral("TONGBAN"));
        QCOMPARE(byName(packages, MarchTitle).device, media1 + "/kiosk/TONGBAN");
        QStringList labels;
        for (const auto &volume : media.volumes())
            labels.append(volume.label);
        QCOMPARE(labels, (QStringList{"EMPTY", "TONGBAN", "usb"}));
        QCOMPARE(recorded(), QStringList()); // nobody was asked to mount anything

        // The export uses the folder as it is; a folder that went away says so.
        QSignalSpy mounted(&media, &RemovableMedia::mountedReadWrite);
        media.mountReadWrite(mnt + "/usb");
        QVERIFY(mounted.wait(10000));
        QCOMPARE(mounted.at(0), (QList<QVariant>{mnt + "/usb", mnt + "/usb", QString()}));
        QVERIFY(QDir(mnt + "/usb").removeRecursively());
        media.mountReadWrite(mnt + "/usb");
        QVERIFY(mounted.wait(10000));
        QVERIFY(mounted.at(1).at(2).toString().contains(QStringLiteral("U盘「usb」已被拔出")));
    }

    void withoutUdisksNoStickOrAnEmptyOneSaysSo()
    {
        const QString root = m_dir->filePath("media");
        QVERIFY(QDir().mkpath(root));
        RemovableMedia none({root});
        QCOMPARE(scan(none).value(1).toString(), QStringLiteral("没有找到U盘：请插入U盘，稍候再点「刷新」"));

        QVERIFY(put(root + "/kiosk/STICK/readme.txt", "hello"));
        RemovableMedia empty({root});
        QCOMPARE(scan(empty).value(1).toString(), QStringLiteral("U盘上没有内容包（.zip 压缩包，或含 manifest.json 的文件夹）"));
    }

    void mediaRootsComeFromKioskIni()
    {
        QCOMPARE(tongban::KioskSettings{}.mediaRoots, (QStringList{"/media", "/run/media", "/mnt"}));
        const QString ini = m_dir->filePath("kiosk.ini");
        QVERIFY(testsupport::writeFile(ini, "[admin]\nmedia_roots=/srv/sticks:/media/kiosk/:\n"));
        QCOMPARE(tongban::KioskSettings::load(ini).mediaRoots, (QStringList{"/srv/sticks", "/media/kiosk"}));
    }
};

QTEST_GUILESS_MAIN(TestRemovableMedia)
#include "tst_removablemedia.moc"
