#include "removablemedia.h"

#include "manifest.h"
#include "packagesource.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QThread>
#include <QtDebug>

#include <atomic>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <zip.h>

namespace tongban {

namespace {

using InterfaceMap = QMap<QString, QVariantMap>;
using ManagedObjects = QMap<QDBusObjectPath, InterfaceMap>;

const QString RootPath = QStringLiteral("/org/freedesktop/UDisks2");
const QString ObjectManagerInterface = QStringLiteral("org.freedesktop.DBus.ObjectManager");
const QString PropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");
const QString BlockInterface = QStringLiteral("org.freedesktop.UDisks2.Block");
const QString DriveInterface = QStringLiteral("org.freedesktop.UDisks2.Drive");
const QString FilesystemInterface = QStringLiteral("org.freedesktop.UDisks2.Filesystem");
constexpr int ListTimeoutMs = 10000;
constexpr int MountTimeoutMs = 30000; // udisks2 may check the file system first
constexpr int MaxFilesCounted = 100000; // a folder's size is a hint, not worth a minute's walk

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

QString service()
{
    return QString::fromLatin1(RemovableMedia::Service);
}

// "aay" arrives as a QDBusArgument inside the variant (or, once demarshalled, as a list).
QByteArrayList byteArrays(const QVariant &value)
{
    if (value.canConvert<QDBusArgument>()) {
        QByteArrayList list;
        const QDBusArgument arg = value.value<QDBusArgument>();
        if (arg.currentType() != QDBusArgument::ArrayType)
            return list;
        arg.beginArray();
        while (!arg.atEnd()) {
            QByteArray bytes;
            arg >> bytes;
            list.append(bytes);
        }
        arg.endArray();
        return list;
    }
    if (value.metaType() == QMetaType::fromType<QByteArrayList>())
        return value.value<QByteArrayList>();
    return {};
}

// udisks2 ends its byte-string paths with a NUL.
QString pathFromBytes(QByteArray bytes)
{
    while (bytes.endsWith('\0'))
        bytes.chop(1);
    return QFile::decodeName(bytes);
}

bool isUdisksDevice(const QString &device)
{
    return device.startsWith(RootPath + QLatin1Char('/'));
}

bool isMountPoint(const QString &dir, const QString &parent)
{
    struct stat a
    {
    };
    struct stat b
    {
    };
    return ::stat(QFile::encodeName(dir).constData(), &a) == 0 && ::stat(QFile::encodeName(parent).constData(), &b) == 0
        && a.st_dev != b.st_dev;
}

bool mountedReadOnly(const QString &dir)
{
    struct statvfs fs
    {
    };
    return ::statvfs(QFile::encodeName(dir).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY);
}

QString vanishedMessage(const QString &label)
{
    return tr("U盘「%1」已被拔出或无法读取，请重新插入后再点「刷新」").arg(label);
}

QString dbusProblem(const QDBusMessage &reply, const QString &label)
{
    const QString name = reply.errorName();
    if (name.startsWith(QLatin1String("org.freedesktop.UDisks2.Error.NotAuthorized")))
        return tr("没有打开U盘「%1」的权限：请管理员按部署说明安装 polkit 规则").arg(label);
    if (name == QLatin1String("org.freedesktop.DBus.Error.NoReply")
        || name == QLatin1String("org.freedesktop.DBus.Error.Timeout"))
        return tr("U盘「%1」长时间没有响应，请拔下后重新插入").arg(label);
    return tr("无法打开U盘「%1」，请拔下后重新插入再试").arg(label);
}

QFileInfoList entries(const QString &dir, QDir::Filters filters)
{
    return QDir(dir).entryInfoList(filters | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name | QDir::IgnoreCase);
}

bool skipped(const QFileInfo &info)
{
    return info.fileName().startsWith(QLatin1Char('.')) || PackageSource::isJunk(info.fileName());
}

// The manifest inside a zip: at its root, or in its one top-level folder (as PackageSource::stage
// accepts). Only the manifest is read; the import copies and checks the whole package later.
bool readZipManifest(const QString &zipPath, PackageManifest *manifest, QString *note)
{
    int zerr = 0;
    zip_t *za = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &zerr);
    if (!za) {
        *note = tr("不是有效的 zip 压缩包");
        return false;
    }
    zip_int64_t found = -1;
    int foundDepth = 2;
    const zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char *raw = zip_get_name(za, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        if (!raw)
            continue;
        const QByteArray name(raw);
        if (name == "manifest.json") {
            found = i;
            foundDepth = 0;
            break;
        }
        if (foundDepth > 1 && name.endsWith("/manifest.json") && name.count('/') == 1 && !name.startsWith("__MACOSX")) {
            found = i;
            foundDepth = 1;
        }
    }
    bool ok = false;
    if (found < 0) {
        *note = tr("压缩包中没有 manifest.json，可能不是内容包");
    } else if (zip_file_t *zf = zip_fopen_index(za, zip_uint64_t(found), 0)) {
        QByteArray bytes;
        QByteArray buffer(64 * 1024, Qt::Uninitialized);
        zip_int64_t got = 0;
        while (bytes.size() <= Manifest::MaxBytes && (got = zip_fread(zf, buffer.data(), zip_uint64_t(buffer.size()))) > 0)
            bytes.append(buffer.constData(), qsizetype(got));
        zip_fclose(zf);
        QList<Diagnostic> diagnostics;
        if (got < 0)
            *note = tr("压缩包已损坏，无法读取其中的 manifest.json");
        else if (!(ok = Manifest::parse(bytes, manifest, &diagnostics)))
            *note = tr("压缩包中的 manifest.json 有误，导入时会列出详情");
    } else {
        *note = tr("压缩包已损坏，无法读取其中的 manifest.json");
    }
    zip_discard(za);
    return ok;
}

struct ScanResult
{
    QList<StickVolume> volumes;
    QList<StickPackage> packages;
    QStringList problems;
    bool usesUdisks = false;
};

} // namespace

// Lives on the worker thread; everything in it may block.
class RemovableMedia::Worker : public QObject
{
public:
    explicit Worker(QStringList mediaRoots) : m_mediaRoots(std::move(mediaRoots)) { }

    std::atomic_bool refreshQueued = false;

    ScanResult scan()
    {
        refreshQueued = false;
        ScanResult result;
        result.usesUdisks = udisksVolumes(&result);
        if (!result.usesUdisks)
            folderVolumes(&result);
        for (const StickVolume &volume : std::as_const(result.volumes)) {
            const QList<StickPackage> found = packagesOn(volume);
            // A stick pulled mid-scan lists nothing or half: its packages are not offered.
            if (!QFileInfo(volume.mountPoint).isDir())
                result.problems.append(vanishedMessage(volume.label));
            else
                result.packages.append(found);
        }
        if (result.problems.isEmpty() && result.volumes.isEmpty())
            result.problems.append(tr("没有找到U盘：请插入U盘，稍候再点「刷新」"));
        else if (result.problems.isEmpty() && result.packages.isEmpty())
            result.problems.append(tr("U盘上没有内容包（.zip 压缩包，或含 manifest.json 的文件夹）"));
        return result;
    }

    // Unmount (when mounted) and mount again read-write. Returns the mount point or sets problem.
    QString mountReadWrite(const QString &device, const QString &label, QString *problem)
    {
        if (!isUdisksDevice(device)) {
            if (QFileInfo(device).isDir())
                return device;
            *problem = vanishedMessage(label);
            return {};
        }
        QDBusMessage reply;
        if (!currentMountPoints(device, &reply).isEmpty() && !callUnmount(device, &reply)) {
            *problem = reply.errorName() == QLatin1String("org.freedesktop.UDisks2.Error.DeviceBusy")
                ? tr("U盘「%1」正被使用，请稍候再试").arg(label)
                : dbusProblem(reply, label);
            return {};
        }
        const QString mountPoint = callMount(device, QString::fromLatin1(ReadWriteMountOptions), &reply);
        if (mountPoint.isEmpty())
            *problem = reply.type() == QDBusMessage::ErrorMessage ? dbusProblem(reply, label) : vanishedMessage(label);
        return mountPoint;
    }

    bool unmount(const QString &device, const QString &label, QString *problem)
    {
        if (!isUdisksDevice(device))
            return true; // a folder from the media_roots scan: not ours to unmount
        QDBusMessage reply;
        if (callUnmount(device, &reply) || reply.errorName() == QLatin1String("org.freedesktop.UDisks2.Error.NotMounted"))
            return true;
        if (reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.UnknownObject"))
            return true; // the stick is gone already
        *problem = reply.errorName() == QLatin1String("org.freedesktop.UDisks2.Error.DeviceBusy")
            ? tr("U盘「%1」正被使用，请稍候再试").arg(label)
            : dbusProblem(reply, label);
        return false;
    }

private:
    // False when udisks2 is not there (no system bus, service unknown): then the media roots
    // are scanned instead.
    bool udisksVolumes(ScanResult *result)
    {
        QDBusConnection bus = QDBusConnection::systemBus();
        if (!bus.isConnected())
            return false;
        const QDBusMessage call
            = QDBusMessage::createMethodCall(service(), RootPath, ObjectManagerInterface, QStringLiteral("GetManagedObjects"));
        const QDBusMessage reply = bus.call(call, QDBus::Block, ListTimeoutMs);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            if (reply.errorName() != QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
                && reply.errorName() != QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
                qWarning("udisks2: GetManagedObjects failed (%s: %s); scanning the media roots", qPrintable(reply.errorName()),
                    qPrintable(reply.errorMessage()));
            return false;
        }
        const ManagedObjects objects = qdbus_cast<ManagedObjects>(reply.arguments().constFirst());
        for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
            const InterfaceMap &interfaces = it.value();
            if (!interfaces.contains(BlockInterface) || !interfaces.contains(FilesystemInterface))
                continue;
            const QVariantMap block = interfaces.value(BlockInterface);
            if (block.value(QStringLiteral("HintIgnore")).toBool())
                continue;
            const QDBusObjectPath drivePath = block.value(QStringLiteral("Drive")).value<QDBusObjectPath>();
            const QVariantMap drive = objects.value(drivePath).value(DriveInterface);
            const bool removable
                = drive.value(QStringLiteral("Removable")).toBool() || drive.value(QStringLiteral("MediaRemovable")).toBool();
            // HintSystem missing counts as a system device: never mount what we cannot place.
            if (!removable && block.value(QStringLiteral("HintSystem"), true).toBool())
                continue;

            StickVolume volume;
            volume.device = it.key().path();
            volume.label = labelOf(block, drive);
            const QByteArrayList mounted = byteArrays(interfaces.value(FilesystemInterface).value(QStringLiteral("MountPoints")));
            if (!mounted.isEmpty()) {
                volume.mountPoint = pathFromBytes(mounted.constFirst());
                volume.readOnly = mountedReadOnly(volume.mountPoint);
            } else {
                QDBusMessage mountReply;
                volume.mountPoint = callMount(volume.device, QString::fromLatin1(MountOptions), &mountReply);
                if (volume.mountPoint.isEmpty()) {
                    if (mountReply.type() == QDBusMessage::ErrorMessage) {
                        qWarning("udisks2: mounting %s failed (%s: %s)", qPrintable(volume.device),
                            qPrintable(mountReply.errorName()), qPrintable(mountReply.errorMessage()));
                        result->problems.append(dbusProblem(mountReply, volume.label));
                    } else {
                        result->problems.append(vanishedMessage(volume.label));
                    }
                    continue;
                }
                volume.readOnly = true;
            }
            result->volumes.append(volume);
        }
        return true;
    }

    static QString labelOf(const QVariantMap &block, const QVariantMap &drive)
    {
        QString label = block.value(QStringLiteral("IdLabel")).toString().trimmed();
        if (label.isEmpty())
            label = QStringList{drive.value(QStringLiteral("Vendor")).toString().trimmed(),
                drive.value(QStringLiteral("Model")).toString().trimmed()}
                        .join(QLatin1Char(' '))
                        .trimmed();
        if (label.isEmpty())
            label = QFileInfo(pathFromBytes(byteArrays(block.value(QStringLiteral("PreferredDevice"))).value(0))).fileName();
        if (label.isEmpty())
            label = QFileInfo(pathFromBytes(block.value(QStringLiteral("Device")).toByteArray())).fileName();
        return label.isEmpty() ? tr("未命名") : label;
    }

    static QString callMount(const QString &device, const QString &options, QDBusMessage *reply)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(service(), device, FilesystemInterface, QStringLiteral("Mount"));
        call << QVariantMap{{QStringLiteral("options"), options}, {QStringLiteral("auth.no_user_interaction"), true}};
        *reply = QDBusConnection::systemBus().call(call, QDBus::Block, MountTimeoutMs);
        if (reply->type() == QDBusMessage::ErrorMessage
            && reply->errorName() == QLatin1String("org.freedesktop.UDisks2.Error.AlreadyMounted")) {
            // Someone mounted it between the listing and now: use it where it is.
            const QByteArrayList mounted = currentMountPoints(device, reply);
            return mounted.isEmpty() ? QString() : pathFromBytes(mounted.constFirst());
        }
        const QString mountPoint
            = reply->type() == QDBusMessage::ReplyMessage ? reply->arguments().value(0).toString() : QString();
        return QFileInfo(mountPoint).isDir() ? mountPoint : QString();
    }

    static bool callUnmount(const QString &device, QDBusMessage *reply)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(service(), device, FilesystemInterface, QStringLiteral("Unmount"));
        call << QVariantMap{{QStringLiteral("auth.no_user_interaction"), true}};
        *reply = QDBusConnection::systemBus().call(call, QDBus::Block, MountTimeoutMs);
        return reply->type() == QDBusMessage::ReplyMessage;
    }

    static QByteArrayList currentMountPoints(const QString &device, QDBusMessage *reply)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(service(), device, PropertiesInterface, QStringLiteral("Get"));
        call << FilesystemInterface << QStringLiteral("MountPoints");
        *reply = QDBusConnection::systemBus().call(call, QDBus::Block, ListTimeoutMs);
        if (reply->type() != QDBusMessage::ReplyMessage || reply->arguments().isEmpty())
            return {};
        return byteArrays(reply->arguments().constFirst().value<QDBusVariant>().variant());
    }

    // The media roots: each folder right below a root is a stick when it is a mount point or
    // holds a package itself (/mnt/stick); otherwise the folders below it are (/media/USER/LABEL).
    void folderVolumes(ScanResult *result) const
    {
        for (const QString &root : m_mediaRoots) {
            for (const QFileInfo &first : entries(root, QDir::Dirs)) {
                if (skipped(first))
                    continue;
                if (isMountPoint(first.filePath(), root) || !packagesIn(first.filePath(), QString(), QString(), 0).isEmpty()) {
                    result->volumes.append(folderVolume(first.filePath()));
                    continue;
                }
                for (const QFileInfo &second : entries(first.filePath(), QDir::Dirs))
                    if (!skipped(second))
                        result->volumes.append(folderVolume(second.filePath()));
            }
        }
    }

    static StickVolume folderVolume(const QString &path)
    {
        StickVolume volume;
        volume.device = path;
        volume.label = QFileInfo(path).fileName();
        volume.mountPoint = path;
        volume.readOnly = true;
        return volume;
    }

    static QList<StickPackage> packagesOn(const StickVolume &volume)
    {
        QList<StickPackage> packages;
        // The stick itself may be the package folder (its files copied straight onto it).
        if (QFileInfo(QDir(volume.mountPoint).filePath(QStringLiteral("manifest.json"))).isFile())
            packages.append(folderPackage(volume.mountPoint, volume.label, volume.device));
        packages.append(packagesIn(volume.mountPoint, volume.label, volume.device, 1));
        return packages;
    }

    // Zips and manifest folders in `dir`, and `depth` more levels of folders below it.
    static QList<StickPackage> packagesIn(const QString &dir, const QString &label, const QString &device, int depth)
    {
        QList<StickPackage> packages;
        for (const QFileInfo &info : entries(dir, QDir::Dirs | QDir::Files)) {
            if (skipped(info))
                continue;
            if (info.isFile() && info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0) {
                StickPackage p = zipPackage(info, label, device);
                if (QFileInfo::exists(p.path)) // pulled while it was read
                    packages.append(p);
            } else if (info.isDir() && QFileInfo(QDir(info.filePath()).filePath(QStringLiteral("manifest.json"))).isFile()) {
                packages.append(folderPackage(info.filePath(), label, device));
            } else if (info.isDir() && depth > 0) {
                packages.append(packagesIn(info.filePath(), label, device, depth - 1));
            }
        }
        return packages;
    }

    static StickPackage zipPackage(const QFileInfo &info, const QString &label, const QString &device)
    {
        StickPackage p;
        p.path = info.absoluteFilePath();
        p.fileName = info.fileName();
        p.volumeLabel = label;
        p.device = device;
        p.isZip = true;
        p.size = info.size();
        p.modified = info.lastModified();
        PackageManifest manifest;
        if (readZipManifest(p.path, &manifest, &p.note)) {
            p.name = manifest.title.trimmed();
            p.contentVersion = manifest.contentVersion;
        }
        if (p.name.isEmpty())
            p.name = info.completeBaseName();
        return p;
    }

    static StickPackage folderPackage(const QString &path, const QString &label, const QString &device)
    {
        const QFileInfo info(path);
        StickPackage p;
        p.path = info.absoluteFilePath();
        p.fileName = info.fileName();
        p.volumeLabel = label;
        p.device = device;
        PackageManifest manifest;
        QList<Diagnostic> diagnostics;
        if (Manifest::read(path, &manifest, &diagnostics)) {
            p.name = manifest.title.trimmed();
            p.contentVersion = manifest.contentVersion;
        } else {
            p.note = tr("manifest.json 有误，导入时会列出详情");
        }
        if (p.name.isEmpty())
            p.name = p.fileName;
        int counted = 0;
        QDirIterator files(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (files.hasNext() && counted++ < MaxFilesCounted) {
            files.next();
            const QFileInfo file = files.fileInfo();
            p.size += file.size();
            if (!p.modified.isValid() || file.lastModified() > p.modified)
                p.modified = file.lastModified();
        }
        return p;
    }

    const QStringList m_mediaRoots;
};

RemovableMedia::RemovableMedia(QStringList mediaRoots, QObject *parent) : QObject(parent), m_mediaRoots(std::move(mediaRoots))
{
    static const bool registered = [] {
        qRegisterMetaType<StickPackage>();
        qRegisterMetaType<StickVolume>();
        qRegisterMetaType<QList<StickPackage>>();
        qDBusRegisterMetaType<InterfaceMap>();
        qDBusRegisterMetaType<ManagedObjects>();
        qDBusRegisterMetaType<QByteArrayList>();
        return true;
    }();
    Q_UNUSED(registered);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("RemovableMedia"));
    m_worker = new Worker(m_mediaRoots);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

RemovableMedia::~RemovableMedia()
{
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void RemovableMedia::refresh()
{
    // Calls made while one scan waits to start are merged into it.
    if (m_worker->refreshQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker] {
            const ScanResult r = worker->scan();
            QMetaObject::invokeMethod(
                this, [this, r] { onScanned(r.volumes, r.usesUdisks, r.packages, r.problems.join(QStringLiteral("；"))); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void RemovableMedia::onScanned(
    const QList<StickVolume> &volumes, bool usesUdisks, const QList<StickPackage> &packages, const QString &problem)
{
    m_volumes = volumes;
    m_usesUdisks = usesUdisks;
    emit scanned(packages, problem);
}

QString RemovableMedia::labelOf(const QString &device) const
{
    for (const StickVolume &volume : m_volumes)
        if (volume.device == device)
            return volume.label;
    return QFileInfo(device).fileName(); // …/block_devices/sdb1 or the folder's name
}

void RemovableMedia::mountReadWrite(const QString &device)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, device, label = labelOf(device)] {
            QString problem;
            const QString mountPoint = worker->mountReadWrite(device, label, &problem);
            QMetaObject::invokeMethod(
                this,
                [this, device, mountPoint, problem] {
                    for (StickVolume &volume : m_volumes)
                        if (volume.device == device && !mountPoint.isEmpty()) {
                            volume.mountPoint = mountPoint;
                            volume.readOnly = !isUdisksDevice(device);
                        }
                    emit mountedReadWrite(device, mountPoint, problem);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void RemovableMedia::unmount(const QString &device)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, device, label = labelOf(device)] {
            QString problem;
            const bool done = worker->unmount(device, label, &problem);
            QMetaObject::invokeMethod(
                this,
                [this, device, done, problem] {
                    if (done && isUdisksDevice(device))
                        m_volumes.removeIf([&](const StickVolume &v) { return v.device == device; });
                    emit unmounted(device, problem);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace tongban
