#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class QThread;

namespace tongban {

// One content package found on a USB stick: a .zip or a folder holding manifest.json, at the
// stick's top level or one folder down. The import copies it off the stick before reading it
// (PackageSource::stage), so what is listed here is only what staff choose from.
struct StickPackage
{
    QString path; // absolute path of the .zip or the folder, on the mounted stick
    QString name; // what staff read: the manifest's title, else the file or folder name
    QString contentVersion; // from the manifest; empty when it could not be read
    QString fileName; // the .zip's or the folder's own name, for telling two alike apart
    QString volumeLabel; // the stick's label (its file system label, else its folder's name)
    QString device; // the volume's StickVolume::device
    bool isZip = false;
    qint64 size = 0; // bytes: the .zip, or all files of the folder
    QDateTime modified; // the .zip's, or the newest file's in the folder
    QString note; // a plain sentence when the manifest could not be read; empty otherwise
};

// A mounted file system on removable media.
struct StickVolume
{
    // What mountReadWrite() and unmount() take: the udisks2 block object path
    // (/org/freedesktop/UDisks2/block_devices/sdb1), or the folder found by the media_roots scan.
    QString device;
    QString label;
    QString mountPoint;
    bool readOnly = true; // as this class mounted it; a folder from the scan counts as read-only
};

// Finds USB sticks and the content packages on them, for the admin screen's import and export.
//
// Under a Wayland kiosk nothing mounts removable media, so this asks udisks2 on the system
// bus: every block device with a file system whose drive is removable (or that is not a
// system device, and not marked to ignore) is mounted READ-ONLY, nosuid,nodev,noexec, without
// asking for a password (the deployment's polkit rule allows the kiosk user). A stick that is
// already mounted is used where it is. Only the export mounts a stick read-write, through
// mountReadWrite(), and gives it back with unmount() right after.
//
// Without udisks2 on the bus (a developer's PC, tests) the configured media roots
// ([admin] media_roots) are scanned for folders instead: each root and two levels below it.
//
// Every D-Bus call and all file scanning run on a worker thread of this object: a stick that
// is slow, pulled or broken never freezes the resident's screen. Every call returns at once;
// results come back as signals, in the order the calls were made.
class RemovableMedia : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Service = "org.freedesktop.UDisks2";
    static constexpr const char *MountOptions = "ro,nosuid,nodev,noexec";
    static constexpr const char *ReadWriteMountOptions = "rw,nosuid,nodev,noexec";

    explicit RemovableMedia(QStringList mediaRoots, QObject *parent = nullptr);
    ~RemovableMedia() override; // waits for the worker's current step (at most a D-Bus timeout)

    // Looks for sticks, mounts them read-only and lists their packages: emits scanned().
    // Calls made while a scan still waits to start are merged into it (one scanned()).
    void refresh();
    // For the export alone: remounts the stick read-write and emits mountedReadWrite() with
    // its mount point. Without udisks2 the folder is used as it is.
    void mountReadWrite(const QString &device);
    // Unmounts the stick (after the export, so it can be pulled safely): emits unmounted().
    // The next refresh() mounts it read-only again if it is still there.
    void unmount(const QString &device);

    // The volumes the last scan saw (kept on the UI thread, updated before scanned()).
    QList<StickVolume> volumes() const { return m_volumes; }
    // True when the last scan talked to udisks2; false when it scanned the media roots.
    bool usesUdisks() const { return m_usesUdisks; }
    QStringList mediaRoots() const { return m_mediaRoots; }

signals:
    // `problem` is a plain Chinese sentence for staff (no stick, no package on it, the stick
    // was pulled, it could not be mounted); empty when all went well. A problem with one stick
    // may come with the packages found on another.
    void scanned(const QList<tongban::StickPackage> &packages, const QString &problem);
    // `mountPoint` is empty, and `problem` says why, when the stick could not be remounted.
    void mountedReadWrite(const QString &device, const QString &mountPoint, const QString &problem);
    void unmounted(const QString &device, const QString &problem);

private:
    class Worker;
    QString labelOf(const QString &device) const;
    void onScanned(const QList<tongban::StickVolume> &volumes, bool usesUdisks, const QList<tongban::StickPackage> &packages,
        const QString &problem);

    QStringList m_mediaRoots;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    QList<StickVolume> m_volumes;
    bool m_usesUdisks = false;
};

} // namespace tongban

Q_DECLARE_METATYPE(tongban::StickPackage)
Q_DECLARE_METATYPE(tongban::StickVolume)
