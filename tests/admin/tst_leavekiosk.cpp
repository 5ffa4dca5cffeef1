// Leaving kiosk mode under systemd: the admin screen asks systemd's Manager to stop the kiosk's
// unit (StopUnit "tongban-kiosk.service" "replace") on the system bus — here a private bus with
// a stand-in of org.freedesktop.systemd1 in this process, which records the call. Refused (no
// polkit rule), staff are told and the kiosk keeps running.
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusObjectPath>
#include <QSignalSpy>

#include "admin.h"
#include "kioskharness.h"
#include "pin.h"
#include "privatebus.h"
#include "settingsedit.h"

class SystemdStandin : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.systemd1.Manager")
public:
    QStringList calls;
    bool refuse = false;

public slots:
    QDBusObjectPath StopUnit(const QString &name, const QString &mode)
    {
        calls.append(name + ' ' + mode);
        if (refuse)
            sendErrorReply(QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"), QStringLiteral("Access denied"));
        return QDBusObjectPath(QStringLiteral("/org/freedesktop/systemd1/job/1"));
    }
};

class TestLeaveKiosk : public QObject
{
    Q_OBJECT

    PrivateBus m_bus;
    SystemdStandin m_systemd;

    static bool openAdmin(KioskHarness &k)
    {
        if (!tongban::updateSettingsFile(k.services->paths().settingsFile(),
                {{"admin/pin_hash", QString::fromLatin1(tongban::pin::hash("2580"))}}, nullptr))
            return false;
        tongban::Admin *admin = k.singletons->admin();
        admin->requestOpen();
        admin->enterPin("2580");
        return QTest::qWaitFor([admin] { return admin->stage() == tongban::Admin::Open; }, 5000);
    }

private slots:
    void initTestCase()
    {
        if (const QString why = m_bus.start(); !why.isEmpty()) {
            if (why.startsWith("dbus-daemon is not installed"))
                TONGBAN_SKIP("dbus-daemon is not installed (Debian package dbus-daemon)");
            QFAIL(qPrintable(why));
        }
        // The stand-in on a connection of its own, so that the kiosk's call crosses the bus.
        QDBusConnection service = QDBusConnection::connectToBus(QDBusConnection::SystemBus, "standin");
        QVERIFY(service.registerObject("/org/freedesktop/systemd1", &m_systemd, QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService("org.freedesktop.systemd1"));
        qputenv("INVOCATION_ID", "0123456789abcdef0123456789abcdef"); // as systemd sets it for a unit
    }

    void theUnitIsStoppedNotQuit()
    {
        KioskHarness k;
        QVERIFY(openAdmin(k));
        QSignalSpy quit(k.singletons->admin(), &tongban::Admin::quitRequested);
        k.singletons->admin()->leaveKioskMode();
        QTRY_COMPARE_WITH_TIMEOUT(m_systemd.calls, QStringList{"tongban-kiosk.service replace"}, 10000);
        QCOMPARE(quit.count(), 0); // systemd's SIGTERM ends the kiosk, not a quit of its own
    }

    void aRefusalIsToldAndTheKioskKeepsRunning()
    {
        m_systemd.calls.clear();
        m_systemd.refuse = true;
        KioskHarness k;
        QVERIFY(openAdmin(k));
        QSignalSpy failed(k.singletons->admin(), &tongban::Admin::leaveFailed);
        QSignalSpy quit(k.singletons->admin(), &tongban::Admin::quitRequested);
        k.singletons->admin()->leaveKioskMode();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains("系统没有允许停止自助机服务"));
        QCOMPARE(m_systemd.calls.size(), 1);
        QCOMPARE(quit.count(), 0);
        QVERIFY(k.singletons->admin()->isOpen());
    }
};

QTEST_MAIN(TestLeaveKiosk)
#include "tst_leavekiosk.moc"
