#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace tongban {

// The systemd watchdog, driven from the thread that owns it (the UI thread's event loop), so a
// frozen UI stops the pings and systemd kills and restarts the kiosk.
//
// The kiosk runs under cage, which is the unit's main process: systemd sets WATCHDOG_PID to
// cage's pid, so sd_watchdog_enabled() says 0 in the kiosk. The interval is therefore read from
// WATCHDOG_USEC alone (the unit has NotifyAccess=all) and WATCHDOG_PID is ignored.
class Watchdog : public QObject
{
    Q_OBJECT
public:
    explicit Watchdog(QObject *parent = nullptr);

    // WATCHDOG_USEC from the environment, 0 when unset or not a positive number.
    static std::chrono::microseconds timeoutFromEnvironment();
    // True when NOTIFY_SOCKET is set (systemd, or a test, listens).
    static bool notifySocketSet();
    // Sends one notification ("READY=1", "WATCHDOG=1\n…") to NOTIFY_SOCKET; false if none went.
    static bool notify(const QByteArray &state);

    bool enabled() const { return m_timer.interval() > 0 && m_timer.isActive(); }
    std::chrono::milliseconds pingInterval() const { return std::chrono::milliseconds(m_timer.interval()); }
    int pings() const { return m_pings; }

    // READY=1 with a STATUS= line systemctl shows; once.
    void ready(const QString &status);
    bool isReady() const { return m_ready; }

private:
    void ping();

    QTimer m_timer;
    int m_pings = 0;
    bool m_ready = false;
    int m_hangAfter = 0; // test hook: TONGBAN_TEST_HANG_AFTER_PINGS
};

} // namespace tongban
