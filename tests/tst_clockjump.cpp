// Staff set the kiosk's clock by hand (there is no time server). Moving it back or forward
// in the middle of a visit must not freeze taps or move the idle prompt. The test runs
// under libfaketime (see tests/CMakeLists.txt): writing the offset file moves the wall clock
// of this very process — Date.now() in QML included — while the monotonic clock stays.
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include "kioskharness.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

class TestClockJump : public QObject
{
    Q_OBJECT

    // libfaketime re-reads this file at every clock call (FAKETIME_NO_CACHE=1).
    static void setOffset(const char *offset)
    {
        QFile file(qEnvironmentVariable("FAKETIME_TIMESTAMP_FILE"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(offset);
        file.write("\n");
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("FAKETIME_TIMESTAMP_FILE").isEmpty() || !qEnvironmentVariable("LD_PRELOAD").contains("faketime"))
            QFAIL("run under libfaketime (ctest sets LD_PRELOAD and FAKETIME_TIMESTAMP_FILE)");
        setOffset("+0");
    }
    void cleanupTestCase() { setOffset("+0"); }

    void tapsAndTheIdlePromptIgnoreTheWallClock()
    {
        KioskHarness kiosk;
        QVERIFY(kiosk.start());
        QVERIFY(kiosk.tap("department-dept-a", "department"));

        // Back one hour: the wall clock really moved for this process, the monotonic one did not.
        const QDateTime before = QDateTime::currentDateTime();
        QElapsedTimer monotonic;
        monotonic.start();
        setOffset("-1h");
        const qint64 jumped = before.secsTo(QDateTime::currentDateTime());
        QVERIFY2(jumped < -3500 && jumped > -3700, qPrintable(QString::number(jumped)));
        QVERIFY(monotonic.elapsed() < 1000);

        // Taps still act (the double-tap guard counts on the monotonic clock).
        QVERIFY(kiosk.tap("item-item-1", "item-guide"));
        QVERIFY(kiosk.tap("backButton", "department"));
        QVERIFY(kiosk.home());

        // Forward a day: the same, and the idle prompt comes after the quiet spell, not at once.
        setOffset("+1d");
        QVERIFY(kiosk.tap("department-dept-a", "department"));
        kiosk.visit()->setIdleTimeoutSeconds(2);
        kiosk.visit()->poke();
        QElapsedTimer quiet;
        quiet.start();
        QVERIFY(kiosk.tour->waitForScreen("idle-prompt", 6000));
        QVERIFY2(quiet.elapsed() >= 1900, qPrintable(QString::number(quiet.elapsed())));
        QVERIFY(kiosk.tap("idleContinue", "department"));
        QVERIFY(kiosk.tap("backButton", "home"));
    }
};

QTEST_MAIN(TestClockJump)
#include "tst_clockjump.moc"
