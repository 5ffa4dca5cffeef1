// The PIN pad's lock: five wrong PINs lock it for five minutes, the count and the lock survive
// a restart (a new PinLock over the same state file), moving the wall clock changes nothing,
// and after a reboot (another boot id) the full lock starts again. Each lockout is logged.
#include <QTemporaryDir>
#include <QTest>

#include "clock.h"
#include "localstate.h"
#include "pinlock.h"
#include "testsupport.h"

using tongban::BootTime;
using tongban::LocalState;
using tongban::PinLock;

class TestPinLock : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    BootTime now{QStringLiteral("boot-a"), 1000000};
    std::function<BootTime()> clock = [this] { return now; };

    QString statePath() const { return dir.filePath("state.sqlite"); }
    static int lockouts(LocalState &state)
    {
        int n = 0;
        for (const LocalState::Event &e : state.recentEvents(100))
            n += e.kind == QLatin1String("admin-lockout");
        return n;
    }

private slots:
    void init()
    {
        QFile::remove(statePath());
        now = {QStringLiteral("boot-a"), 1000000};
        tongban::Clock::setOverride({});
    }

    void realBootTimeReadsTheKernel()
    {
        const BootTime a = BootTime::now();
        QVERIFY(!a.bootId.isEmpty());
        QVERIFY(a.ms > 0);
        QVERIFY(BootTime::now().ms >= a.ms);
    }

    void fiveWrongPinsLockForFiveMinutes()
    {
        LocalState state;
        QVERIFY(state.open(statePath()));
        PinLock lock(state, clock);
        QCOMPARE(lock.remainingSeconds(), 0);
        for (int i = 1; i < PinLock::MaxFailures; ++i) {
            QVERIFY(!lock.recordFailure());
            QCOMPARE(lock.attemptsLeft(), PinLock::MaxFailures - i);
            QCOMPARE(lock.remainingSeconds(), 0);
        }
        QVERIFY(lock.recordFailure());
        QCOMPARE(lock.remainingSeconds(), PinLock::LockSeconds);
        QCOMPARE(lockouts(state), 1);
        now.ms += 60 * 1000;
        QCOMPARE(lock.remainingSeconds(), PinLock::LockSeconds - 60);
        now.ms += (PinLock::LockSeconds - 60) * 1000;
        QCOMPARE(lock.remainingSeconds(), 0);
        QCOMPARE(lock.attemptsLeft(), PinLock::MaxFailures); // a fresh start after the lock
    }

    void aGoodPinResetsTheCount()
    {
        LocalState state;
        QVERIFY(state.open(statePath()));
        PinLock lock(state, clock);
        lock.recordFailure();
        lock.recordFailure();
        QCOMPARE(lock.attemptsLeft(), 3);
        lock.recordSuccess();
        QCOMPARE(lock.attemptsLeft(), 5);
    }

    void countAndLockSurviveARestart()
    {
        {
            LocalState state;
            QVERIFY(state.open(statePath()));
            PinLock lock(state, clock);
            lock.recordFailure();
            lock.recordFailure();
        }
        {
            LocalState state; // the kiosk restarted: same boot, same file
            QVERIFY(state.open(statePath()));
            PinLock lock(state, clock);
            QCOMPARE(lock.attemptsLeft(), 3);
            for (int i = 0; i < 3; ++i)
                lock.recordFailure();
            QCOMPARE(lock.remainingSeconds(), PinLock::LockSeconds);
        }
        now.ms += 10 * 1000;
        LocalState state;
        QVERIFY(state.open(statePath()));
        QCOMPARE(PinLock(state, clock).remainingSeconds(), PinLock::LockSeconds - 10);
    }

    void theWallClockChangesNothing()
    {
        LocalState state;
        QVERIFY(state.open(statePath()));
        PinLock lock(state, clock);
        for (int i = 0; i < PinLock::MaxFailures; ++i)
            lock.recordFailure();
        // Staff set the clock a day ahead, then a year back: the lock counts on regardless.
        tongban::Clock::setOverride(QDateTime::currentDateTime().addDays(1));
        QCOMPARE(lock.remainingSeconds(), PinLock::LockSeconds);
        tongban::Clock::setOverride(QDateTime::currentDateTime().addYears(-1));
        now.ms += 30 * 1000;
        QCOMPARE(lock.remainingSeconds(), PinLock::LockSeconds - 30);
    }

    void aRebootStartsTheFullLockAgain()
    {
        {
            LocalState state;
            QVERIFY(state.open(statePath()));
            PinLock lock(state, clock);
            for (int i = 0; i < PinLock::MaxFailures; ++i)
                lock.recordFailure();
            now.ms += 290 * 1000;
            QCOMPARE(lock.remainingSeconds(), 10);
        }
        // After a reboot CLOCK_BOOTTIME starts near zero: the old deadline means nothing.
        now = {QStringLiteral("boot-b"), 5000};
        LocalState state;
        QVERIFY(state.open(statePath()));
        PinLock lock(state, clock);
        QCOMPARE(lock.remainingSeconds(), PinLock::LockSeconds);
        now.ms += 1000;
        QCOMPARE(lock.remainingSeconds(), PinLock::LockSeconds - 1);
    }
};

QTEST_GUILESS_MAIN(TestPinLock)
#include "tst_pinlock.moc"
