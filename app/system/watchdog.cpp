#include "watchdog.h"

#include "logging.h"

#include <systemd/sd-daemon.h>

#include <algorithm>
#include <unistd.h>
#include <utility>

namespace tongban {

Watchdog::Watchdog(QObject *parent) : QObject(parent)
{
    m_hangAfter = qEnvironmentVariableIntValue("TONGBAN_TEST_HANG_AFTER_PINGS");
    const auto timeout = timeoutFromEnvironment();
    if (timeout.count() <= 0 || !notifySocketSet())
        return;
    // Half the timeout, as systemd recommends: one late ping is not yet a kill.
    const auto interval = std::chrono::duration_cast<std::chrono::milliseconds>(timeout / 2);
    m_timer.setInterval(std::max<qint64>(1, interval.count()));
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Watchdog::ping);
    m_timer.start();
    if (const QByteArray pid = qgetenv("WATCHDOG_PID"); !pid.isEmpty() && pid.toLongLong() != getpid())
        qCInfo(lcSystem).noquote() << "watchdog: WATCHDOG_PID" << pid << "is not this process (cage is the main"
                                   << "process); pinging every" << m_timer.interval() << "ms all the same";
}

std::chrono::microseconds Watchdog::timeoutFromEnvironment()
{
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    return std::chrono::microseconds(ok && usec > 0 ? usec : 0);
}

bool Watchdog::notifySocketSet()
{
    return !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
}

bool Watchdog::notify(const QByteArray &state)
{
    if (!notifySocketSet())
        return false;
    const int r = sd_notify(0, state.constData());
    if (r < 0)
        qCWarning(lcSystem) << "sd_notify failed:" << qt_error_string(-r);
    return r > 0;
}

void Watchdog::ready(const QString &status)
{
    if (std::exchange(m_ready, true))
        return;
    qCInfo(lcSystem).noquote() << "ready:" << status;
    notify("READY=1\nSTATUS=" + status.toUtf8());
}

void Watchdog::ping()
{
    notify("WATCHDOG=1");
    if (++m_pings == m_hangAfter) {
        // Test hook only: the UI thread stops here for good, as a frozen UI would.
        qCWarning(lcSystem) << "test hook: the UI thread hangs after" << m_pings << "pings";
        for (;;)
            pause();
    }
}

} // namespace tongban
