#pragma once

#include <QString>

#include <functional>

namespace tongban {

class LocalState;

// A point on the clock that staff cannot set: the boot's id and CLOCK_BOOTTIME (which, unlike
// CLOCK_MONOTONIC, keeps counting through suspend).
struct BootTime
{
    QString bootId;
    qint64 ms = 0;
    static BootTime now();
};

// The PIN pad's lock: MaxFailures wrong PINs lock it for LockSeconds. Kept in local state, so
// a restart of the kiosk neither clears the count nor the lock; measured on BootTime, so moving
// the wall clock changes nothing; after a reboot (another boot id) a lock starts again in full.
class PinLock
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockSeconds = 300;

    explicit PinLock(LocalState &state, std::function<BootTime()> clock = &BootTime::now);

    // Seconds until the pad opens again; 0 when it is open.
    int remainingSeconds();
    int attemptsLeft() const;
    // A wrong PIN; true when it locked the pad (logged as "admin-lockout").
    bool recordFailure();
    void recordSuccess();

private:
    struct Row
    {
        int failures = 0;
        QString bootId;
        qint64 lockedUntilMs = 0;
    };
    Row read() const;
    void write(const Row &row);

    LocalState &m_state;
    std::function<BootTime()> m_clock;
};

} // namespace tongban
