#include "pinlock.h"

#include "localstate.h"

#include <QDebug>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <ctime>

namespace tongban {

BootTime BootTime::now()
{
    BootTime t;
    QFile id(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (id.open(QIODevice::ReadOnly))
        t.bootId = QString::fromLatin1(id.readAll().trimmed());
    timespec ts{};
    ::clock_gettime(CLOCK_BOOTTIME, &ts);
    t.ms = qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    return t;
}

PinLock::PinLock(LocalState &state, std::function<BootTime()> clock) : m_state(state), m_clock(std::move(clock)) { }

PinLock::Row PinLock::read() const
{
    Row row;
    QSqlQuery q(m_state.db());
    if (q.exec(QStringLiteral("SELECT failures, boot_id, locked_until_ms FROM admin_lock WHERE id = 1")) && q.next()) {
        row.failures = q.value(0).toInt();
        row.bootId = q.value(1).toString();
        row.lockedUntilMs = q.value(2).toLongLong();
    }
    return row;
}

void PinLock::write(const Row &row)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO admin_lock (id, failures, boot_id, locked_until_ms) VALUES (1, ?, ?, ?)"));
    q.addBindValue(row.failures);
    q.addBindValue(row.bootId);
    q.addBindValue(row.lockedUntilMs);
    if (!q.exec())
        qWarning().noquote() << "admin lock not stored:" << q.lastError().text();
}

int PinLock::remainingSeconds()
{
    Row row = read();
    if (row.lockedUntilMs == 0)
        return 0;
    const BootTime now = m_clock();
    if (row.bootId != now.bootId) {
        // Rebooted while locked: the old boot's clock means nothing now, so the lock starts again.
        row.bootId = now.bootId;
        row.lockedUntilMs = now.ms + qint64(LockSeconds) * 1000;
        write(row);
        return LockSeconds;
    }
    const qint64 left = row.lockedUntilMs - now.ms;
    if (left <= 0) {
        row.lockedUntilMs = 0;
        row.failures = 0;
        write(row);
        return 0;
    }
    return int(qMin<qint64>((left + 999) / 1000, LockSeconds));
}

int PinLock::attemptsLeft() const
{
    return qMax(0, MaxFailures - read().failures);
}

bool PinLock::recordFailure()
{
    Row row = read();
    row.failures += 1;
    const bool locks = row.failures >= MaxFailures;
    if (locks) {
        const BootTime now = m_clock();
        row.failures = 0;
        row.bootId = now.bootId;
        row.lockedUntilMs = now.ms + qint64(LockSeconds) * 1000;
    }
    write(row);
    if (locks)
        m_state.logEvent(QStringLiteral("admin-lockout"),
            QStringLiteral("管理密码连续输错 %1 次，密码键盘锁定 %2 分钟").arg(MaxFailures).arg(LockSeconds / 60));
    return locks;
}

void PinLock::recordSuccess()
{
    write(Row{});
}

} // namespace tongban
