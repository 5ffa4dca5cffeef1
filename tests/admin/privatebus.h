#pragma once

// A dbus-daemon of the test's own, allowing everything, that DBUS_SYSTEM_BUS_ADDRESS points at
// (set before the first QDBusConnection::systemBus(), which connects once per process): the
// stand-ins of udisks2 and systemd live there, and the real system bus is never touched.
#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "testsupport.h"

class PrivateBus
{
public:
    // An empty string when it is up; else why not.
    QString start()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return QStringLiteral("dbus-daemon is not installed (Debian package dbus-daemon)");
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        if (!testsupport::writeFile(config,
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig><type>session</type><listen>unix:dir="
                    + QFile::encodeName(m_dir.path())
                    + "</listen><auth>EXTERNAL</auth>"
                      "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                      "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n"))
            return QStringLiteral("bus config not written");
        m_bus.start(
            daemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--print-address"), QStringLiteral("--nofork")});
        if (!m_bus.waitForStarted() || !QTest::qWaitFor([this] { return m_bus.canReadLine(); }, 10000))
            return QStringLiteral("dbus-daemon did not start");
        const QByteArray address = m_bus.readLine().trimmed();
        if (address.isEmpty())
            return QStringLiteral("dbus-daemon printed no address");
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", address);
        return QDBusConnection::systemBus().isConnected() ? QString() : QStringLiteral("cannot connect to the private bus");
    }
    ~PrivateBus()
    {
        m_bus.terminate();
        m_bus.waitForFinished();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
};
