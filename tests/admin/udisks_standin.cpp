// A small stand-in of udisks2 for tst_removablemedia (the real daemon needs real block devices;
// python3-dbusmock has no udisks2 template). It owns org.freedesktop.UDisks2 on the bus given
// by --address and offers what RemovableMedia uses: ObjectManager.GetManagedObjects,
// Filesystem.Mount / Unmount and Properties.Get of MountPoints, over three block devices:
//   block_devices/sdb1  on a removable USB drive, label TONGBAN: the stick, "mounted" at --stick
//   block_devices/sdc1  on the same drive, HintIgnore (a recovery partition): never to be touched
//   block_devices/sda2  on the internal SSD, HintSystem: the system disk, never to be touched
// Every Mount and Unmount is appended to --record as one line:
//   Mount <object path> options=<options> auth.no_user_interaction=<true|false>
//   Unmount <object path>
// --mounted: sdb1 is already mounted at --stick. --pull-on-mount: the stick folder is removed
// right after it is "mounted" (pulled). --mount-delay-ms N: Mount answers after N ms.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QDir>
#include <QFile>
#include <QTimer>

namespace {

using InterfaceMap = QMap<QString, QVariantMap>;
using ManagedObjects = QMap<QDBusObjectPath, InterfaceMap>;

const QString Root = QStringLiteral("/org/freedesktop/UDisks2");
const QString Block = QStringLiteral("org.freedesktop.UDisks2.Block");
const QString Drive = QStringLiteral("org.freedesktop.UDisks2.Drive");
const QString Filesystem = QStringLiteral("org.freedesktop.UDisks2.Filesystem");
const QString Stick = Root + QStringLiteral("/block_devices/sdb1");

QByteArray nulTerminated(const QString &path)
{
    QByteArray bytes = QFile::encodeName(path);
    bytes.append('\0');
    return bytes;
}

class UDisks : public QDBusVirtualObject
{
public:
    UDisks(QString stick, QString record, bool mounted, bool pullOnMount, int mountDelayMs)
        : m_stick(std::move(stick)), m_record(std::move(record)), m_pullOnMount(pullOnMount), m_mountDelayMs(mountDelayMs)
    {
        if (mounted)
            m_mountPoints.insert(Stick, m_stick);
    }

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const QString path = message.path();
        const QString member = message.member();
        if (path == Root && member == QLatin1String("GetManagedObjects")) {
            connection.send(message.createReply(QVariant::fromValue(objects())));
            return true;
        }
        if (!objects().contains(QDBusObjectPath(path)) || path.contains(QLatin1String("/drives/"))) {
            connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownObject"), path));
            return true;
        }
        if (message.interface() == Filesystem && member == QLatin1String("Mount"))
            return mount(message, connection);
        if (message.interface() == Filesystem && member == QLatin1String("Unmount")) {
            record(QStringLiteral("Unmount %1").arg(path));
            if (!m_mountPoints.remove(path)) {
                connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.UDisks2.Error.NotMounted"), path));
                return true;
            }
            connection.send(message.createReply());
            return true;
        }
        if (member == QLatin1String("Get") && message.arguments().value(1).toString() == QLatin1String("MountPoints")) {
            connection.send(message.createReply(QVariant::fromValue(QDBusVariant(mountPoints(path)))));
            return true;
        }
        connection.send(message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"), member));
        return true;
    }

private:
    bool mount(const QDBusMessage &message, const QDBusConnection &connection)
    {
        const QVariantMap options = qdbus_cast<QVariantMap>(message.arguments().value(0));
        const QVariant auth = options.value(QStringLiteral("auth.no_user_interaction"));
        record(QStringLiteral("Mount %1 options=%2 auth.no_user_interaction=%3")
                   .arg(message.path(), options.value(QStringLiteral("options")).toString(),
                       auth.metaType() == QMetaType::fromType<bool>() && auth.toBool() ? QStringLiteral("true")
                                                                                       : QStringLiteral("false")));
        if (m_mountPoints.contains(message.path())) {
            connection.send(message.createErrorReply(
                QStringLiteral("org.freedesktop.UDisks2.Error.AlreadyMounted"), QStringLiteral("Device is already mounted")));
            return true;
        }
        if (message.path() != Stick) { // the system disk: a real udisks2 would ask for a password
            connection.send(message.createErrorReply(
                QStringLiteral("org.freedesktop.UDisks2.Error.NotAuthorizedCanObtain"), QStringLiteral("Not authorized")));
            return true;
        }
        m_mountPoints.insert(Stick, m_stick);
        if (m_pullOnMount)
            QDir(m_stick).removeRecursively();
        message.setDelayedReply(true);
        const QDBusMessage reply = message.createReply(m_stick);
        QTimer::singleShot(m_mountDelayMs, [reply, connection] { QDBusConnection(connection).send(reply); });
        return true;
    }

    QVariant mountPoints(const QString &path) const
    {
        QByteArrayList list; // "aay", as udisks2 sends it
        if (m_mountPoints.contains(path))
            list.append(nulTerminated(m_mountPoints.value(path)));
        return QVariant::fromValue(list);
    }

    ManagedObjects objects() const
    {
        const QDBusObjectPath usb(Root + QStringLiteral("/drives/SanDisk_Cruzer_Blade_4C530001"));
        const QDBusObjectPath ssd(Root + QStringLiteral("/drives/Samsung_SSD_870_S5Y1"));
        ManagedObjects objects;
        objects[usb][Drive] = QVariantMap{{QStringLiteral("Removable"), true}, {QStringLiteral("MediaRemovable"), true},
            {QStringLiteral("Vendor"), QStringLiteral("SanDisk")}, {QStringLiteral("Model"), QStringLiteral("Cruzer Blade")},
            {QStringLiteral("ConnectionBus"), QStringLiteral("usb")}};
        objects[ssd][Drive] = QVariantMap{{QStringLiteral("Removable"), false}, {QStringLiteral("MediaRemovable"), false},
            {QStringLiteral("Vendor"), QStringLiteral("Samsung")}, {QStringLiteral("Model"), QStringLiteral("SSD 870")},
            {QStringLiteral("ConnectionBus"), QString()}};
        const auto block
            = [&](const QString &name, const QDBusObjectPath &drive, const QString &label, bool system, bool ignore) {
                  const QString path = Root + QStringLiteral("/block_devices/") + name;
                  objects[QDBusObjectPath(path)][Block] = QVariantMap{{QStringLiteral("Device"), nulTerminated("/dev/" + name)},
                      {QStringLiteral("Drive"), QVariant::fromValue(drive)}, {QStringLiteral("IdLabel"), label},
                      {QStringLiteral("IdType"), QStringLiteral("vfat")}, {QStringLiteral("HintSystem"), system},
                      {QStringLiteral("HintIgnore"), ignore}, {QStringLiteral("ReadOnly"), false}};
                  objects[QDBusObjectPath(path)][Filesystem] = QVariantMap{{QStringLiteral("MountPoints"), mountPoints(path)}};
              };
        block(QStringLiteral("sdb1"), usb, QStringLiteral("TONGBAN"), false, false);
        block(QStringLiteral("sdc1"), usb, QStringLiteral("RECOVERY"), false, true);
        block(QStringLiteral("sda2"), ssd, QStringLiteral("debian-root"), true, false);
        // The whole USB disk: a block device without a file system.
        objects[QDBusObjectPath(Root + QStringLiteral("/block_devices/sdb"))][Block]
            = QVariantMap{{QStringLiteral("Drive"), QVariant::fromValue(usb)}, {QStringLiteral("HintSystem"), false}};
        objects[QDBusObjectPath(Root + QStringLiteral("/Manager"))][QStringLiteral("org.freedesktop.UDisks2.Manager")]
            = QVariantMap{{QStringLiteral("Version"), QStringLiteral("2.9.4")}};
        return objects;
    }

    void record(const QString &line) const
    {
        QFile file(m_record);
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write(line.toUtf8() + '\n');
    }

    QString m_stick;
    QString m_record;
    bool m_pullOnMount;
    int m_mountDelayMs;
    QMap<QString, QString> m_mountPoints;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("address"), QStringLiteral("The bus."), QStringLiteral("address")},
        {QStringLiteral("stick"), QStringLiteral("The folder that plays the stick."), QStringLiteral("dir")},
        {QStringLiteral("record"), QStringLiteral("Where calls are recorded."), QStringLiteral("file")},
        {QStringLiteral("mounted"), QStringLiteral("The stick is mounted already.")},
        {QStringLiteral("pull-on-mount"), QStringLiteral("The stick is pulled once mounted.")},
        {QStringLiteral("mount-delay-ms"), QStringLiteral("Mount answers late."), QStringLiteral("ms"), QStringLiteral("0")}});
    parser.process(app);
    qDBusRegisterMetaType<InterfaceMap>();
    qDBusRegisterMetaType<ManagedObjects>();
    qDBusRegisterMetaType<QByteArrayList>();

    QDBusConnection bus = QDBusConnection::connectToBus(parser.value(QStringLiteral("address")), QStringLiteral("standin"));
    UDisks udisks(parser.value(QStringLiteral("stick")), parser.value(QStringLiteral("record")),
        parser.isSet(QStringLiteral("mounted")), parser.isSet(QStringLiteral("pull-on-mount")),
        parser.value(QStringLiteral("mount-delay-ms")).toInt());
    if (!bus.isConnected() || !bus.registerVirtualObject(Root, &udisks, QDBusConnection::SubPath)
        || !bus.registerService(QStringLiteral("org.freedesktop.UDisks2"))) {
        qCritical("udisks_standin: cannot serve on %s: %s", qPrintable(parser.value(QStringLiteral("address"))),
            qPrintable(bus.lastError().message()));
        return 1;
    }
    return app.exec();
}
