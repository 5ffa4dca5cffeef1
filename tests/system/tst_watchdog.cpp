// The systemd watchdog without systemd: the test owns the NOTIFY_SOCKET, sets WATCHDOG_USEC and
// a foreign WATCHDOG_PID (cage's, under the real unit) and listens to what the kiosk says.
#include <QProcess>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include "kiosksystem.h"
#include "notifylistener.h"
#include "startcounter.h"
#include "testsupport.h"

using namespace tongban;

class TstWatchdog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    // The installed kiosk's plain run (no --snapshot: that is not the appliance) with a private
    // data folder, runtime folder and notify socket.
    void startKiosk(QProcess &kiosk, const NotifyListener &listener, const QString &name, int hangAfter = 0)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("NOTIFY_SOCKET", listener.path());
        env.insert("WATCHDOG_USEC", "400000"); // pings every 200 ms
        env.insert("WATCHDOG_PID", "1"); // systemd names cage, not the kiosk
        env.insert("TONGBAN_RUNTIME_DIR", m_tmp.filePath(name + "-run"));
        if (hangAfter)
            env.insert("TONGBAN_TEST_HANG_AFTER_PINGS", QString::number(hangAfter));
        kiosk.setProcessEnvironment(env);
        kiosk.setProcessChannelMode(QProcess::ForwardedOutputChannel);
        kiosk.start(testsupport::binDir() + "/tongban-kiosk", {"--data", m_tmp.filePath(name + "-data")});
        QVERIFY(kiosk.waitForStarted());
    }
    static void stop(QProcess &kiosk)
    {
        kiosk.kill();
        kiosk.waitForFinished();
    }
    // Pretends `n` starts happened a moment ago, as the unit's restarts would leave them.
    void crashedBefore(const QString &name, int n)
    {
        QDir().mkpath(m_tmp.filePath(name + "-run"));
        QByteArray lines;
        for (int i = 0; i < n; ++i)
            lines += QByteArray::number(StartCounter::secondsSinceBoot() - 30 + i) + '\n';
        QVERIFY(testsupport::writeFile(m_tmp.filePath(name + "-run/starts"), lines));
    }

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        QVERIFY(m_tmp.isValid());
    }

    void timeoutIgnoresWatchdogPid()
    {
        qputenv("WATCHDOG_USEC", "10000000");
        qputenv("WATCHDOG_PID", "1");
        QCOMPARE(Watchdog::timeoutFromEnvironment(), std::chrono::seconds(10));
        qputenv("WATCHDOG_USEC", "junk");
        QCOMPARE(Watchdog::timeoutFromEnvironment().count(), 0);
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
        Watchdog none; // no socket, no interval: no pings
        QVERIFY(!none.enabled());
    }

    // In this process: READY waits for the window's first frame, however long it takes.
    void readyOnlyAfterTheFirstFrame()
    {
        NotifyListener listener(m_tmp.filePath("inproc.sock"));
        QVERIFY(listener.isBound());
        qputenv("NOTIFY_SOCKET", listener.path().toLocal8Bit());
        qputenv("WATCHDOG_USEC", "200000");
        {
            KioskSystem system;
            QCOMPARE(system.watchdog().pingInterval(), std::chrono::milliseconds(100));
            QQuickWindow window;
            window.resize(200, 200);
            system.readyAfterFirstFrame(&window, QStringLiteral("attract screen shown"));
            // Pings flow while the window is hidden, READY does not.
            QTRY_VERIFY_WITH_TIMEOUT(listener.count("WATCHDOG=1") >= 3, 5000);
            QCOMPARE(listener.count("READY=1"), 0);
            QVERIFY(!system.watchdog().isReady());
            window.show();
            QTRY_COMPARE_WITH_TIMEOUT(listener.count("READY=1"), 1, 5000);
            QVERIFY(listener.first("READY=1").contains("STATUS=attract screen shown"));
            window.update(); // later frames send no second READY
            QTRY_VERIFY_WITH_TIMEOUT(listener.count("WATCHDOG=1") >= 6, 5000);
            QCOMPARE(listener.count("READY=1"), 1);
        }
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
    }

    // The real kiosk: READY after the attract screen, pings, then silence when the UI hangs.
    void kioskPingsUntilTheUiHangs()
    {
        NotifyListener listener(m_tmp.filePath("kiosk.sock"));
        QVERIFY(listener.isBound());
        QProcess kiosk;
        startKiosk(kiosk, listener, "hang", 15);
        QTRY_COMPARE_WITH_TIMEOUT(listener.count("READY=1"), 1, 60000);
        const QByteArray ready = listener.first("READY=1");
        QVERIFY2(ready.contains("STATUS=attract screen shown; start mode normal; content default"), ready);
        QTRY_COMPARE_WITH_TIMEOUT(listener.count("WATCHDOG=1"), 15, 30000);
        // The hook has blocked the UI thread: the process lives, no ping comes for 5 intervals
        // (this wait is the assertion: silence cannot be waited for otherwise).
        QTest::qWait(1000);
        QCOMPARE(kiosk.state(), QProcess::Running);
        QCOMPARE(listener.count("WATCHDOG=1"), 15);
        stop(kiosk);
    }

    void crashLoopStartsWithDefaultContentThenMinimal()
    {
        {
            NotifyListener listener(m_tmp.filePath("loop5.sock"));
            crashedBefore("loop5", StartCounter::kLoopStarts - 1);
            // Live content that would be preferred otherwise: the start must not use it.
            QVERIFY(testsupport::run(testsupport::binDir() + "/tongban-content",
                        {"--db", m_tmp.filePath("loop5-data"), "import", testsupport::seedPackage()})
                == 0);
            QProcess kiosk;
            startKiosk(kiosk, listener, "loop5");
            QTRY_COMPARE_WITH_TIMEOUT(listener.count("READY=1"), 1, 60000);
            const QByteArray ready = listener.first("READY=1");
            QVERIFY2(ready.contains("start mode default-content; content default"), ready);
            QTRY_VERIFY_WITH_TIMEOUT(listener.count("WATCHDOG=1") >= 2, 10000);
            stop(kiosk);
        }
        {
            NotifyListener listener(m_tmp.filePath("loop6.sock"));
            crashedBefore("loop6", StartCounter::kLoopStarts);
            QProcess kiosk;
            startKiosk(kiosk, listener, "loop6");
            QTRY_COMPARE_WITH_TIMEOUT(listener.count("READY=1"), 1, 60000);
            const QByteArray ready = listener.first("READY=1");
            QVERIFY2(ready.contains("STATUS=minimal screen shown (crash loop, 6 starts)"), ready);
            // The minimal screen pings too: systemd must not kill the last resort.
            QTRY_VERIFY_WITH_TIMEOUT(listener.count("WATCHDOG=1") >= 2, 10000);
            stop(kiosk);
        }
    }
};

QTEST_MAIN(TstWatchdog)
#include "tst_watchdog.moc"
