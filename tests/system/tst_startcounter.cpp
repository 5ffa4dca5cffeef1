// The start counter's crash-loop modes, the journal fields and the minimal screen.
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "journal.h"
#include "kiosksettings.h"
#include "logging.h"
#include "minimalscreen.h"
#include "startcounter.h"
#include "testsupport.h"

using namespace tongban;
using Mode = StartCounter::Mode;

class TstStartCounter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::hermetic(); }

    void crashLoopGoesDefaultThenMinimal()
    {
        QTemporaryDir dir;
        QList<Mode> modes;
        for (int i = 0; i < 7; ++i)
            modes.append(StartCounter(dir.path()).recordStart(1000 + 10 * i));
        const QList<Mode> expected
            = {Mode::Normal, Mode::Normal, Mode::Normal, Mode::Normal, Mode::DefaultContent, Mode::Minimal, Mode::Minimal};
        QCOMPARE(modes, expected);
        StartCounter again(dir.path());
        again.recordStart(1070);
        QCOMPARE(again.recentStarts(), 8);
    }

    void startsOlderThanTheWindowAreForgotten()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i)
            StartCounter(dir.path()).recordStart(100 + i);
        // Ten minutes after the fourth start the first four have gone: 2 (the fifth and this).
        StartCounter later(dir.path());
        QCOMPARE(later.recordStart(103 + StartCounter::kWindowSeconds), Mode::Normal);
        QCOMPARE(later.recentStarts(), 2);
        // A quiet kiosk that starts once after a long while is back to normal.
        StartCounter muchLater(dir.path());
        QCOMPARE(muchLater.recordStart(100000), Mode::Normal);
        QCOMPARE(muchLater.recentStarts(), 1);
    }

    void garbageAndFutureLinesAreIgnored()
    {
        QTemporaryDir dir;
        StartCounter counter(dir.path());
        QVERIFY(testsupport::writeFile(counter.file(), "500\nnonsense\n\n99999\n510\n-\n"));
        QCOMPARE(counter.recordStart(520), Mode::Normal);
        QCOMPARE(counter.recentStarts(), 3); // 500, 510 and this one
        QCOMPARE(testsupport::readFile(counter.file()), QByteArray("500\n510\n520\n"));
    }

    void unwritableFolderStartsNormally()
    {
        // Not even root can create a folder in /proc.
        StartCounter counter(QStringLiteral("/proc/tongban-start-counter"));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(counter.recordStart(10 + i), Mode::Normal);
        QVERIFY(!counter.error().isEmpty());
    }

    void runtimeFolderOrder()
    {
        qputenv("TONGBAN_RUNTIME_DIR", "/tmp/a");
        qputenv("RUNTIME_DIRECTORY", "/run/tongban:/run/other");
        QCOMPARE(StartCounter::defaultDir(), QStringLiteral("/tmp/a"));
        qunsetenv("TONGBAN_RUNTIME_DIR");
        QCOMPARE(StartCounter::defaultDir(), QStringLiteral("/run/tongban"));
        qunsetenv("RUNTIME_DIRECTORY");
        qputenv("XDG_RUNTIME_DIR", "/run/user/1000");
        QCOMPARE(StartCounter::defaultDir(), QStringLiteral("/run/user/1000/tongban"));
        QVERIFY(StartCounter::secondsSinceBoot() > 0);
    }

    void journalFieldsCarryPriorityAndCategory()
    {
        const QMessageLogContext context("content/importer.cpp", 42, "importPackage", "tongban.content");
        const QByteArrayList fields = journalFields(QtWarningMsg, context, QStringLiteral("导入失败\nline 2"));
        QVERIFY(fields.contains("MESSAGE=导入失败\nline 2"));
        QVERIFY(fields.contains("PRIORITY=4"));
        QVERIFY(fields.contains("QT_CATEGORY=tongban.content"));
        QVERIFY(fields.contains("CODE_FILE=content/importer.cpp"));
        QVERIFY(fields.contains("CODE_LINE=42"));
        QVERIFY(journalFields(QtCriticalMsg, {}, {}).contains("PRIORITY=3"));
        QVERIFY(journalFields(QtInfoMsg, {}, {}).contains("QT_CATEGORY=default"));
        QCOMPARE(QByteArray(lcSystem().categoryName()), QByteArray("tongban.system"));
        // Outside systemd (no JOURNAL_STREAM naming stderr) messages stay on stderr.
        qunsetenv("JOURNAL_STREAM");
        QVERIFY(!installJournalHandler());
        qputenv("JOURNAL_STREAM", "1:1");
        QVERIFY(!installJournalHandler());
        qunsetenv("JOURNAL_STREAM");
    }

    // The settings file the package copies to /var/lib/tongban reads as the built-in defaults.
    void shippedSettingsAreTheDefaults()
    {
        QString error;
        const QString file = testsupport::sourceDir() + "/assets/deploy/kiosk.ini";
        QVERIFY(QFileInfo::exists(file));
        const KioskSettings shipped = KioskSettings::load(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const KioskSettings defaults;
        QCOMPARE(shipped.hallName, defaults.hallName);
        QCOMPARE(shipped.cityCode, defaults.cityCode);
        QCOMPARE(shipped.urlAllowlist, defaults.urlAllowlist);
        QCOMPARE(shipped.publicKey, QString());
        QCOMPARE(shipped.printer, QString());
        QCOMPARE(shipped.paper, defaults.paper);
        QCOMPARE(shipped.idleTimeoutSeconds, defaults.idleTimeoutSeconds);
        QCOMPARE(shipped.volume, defaults.volume);
    }

    void minimalScreenShowsTheMessageNotBlack()
    {
        QCOMPARE(MinimalScreen::message(), QStringLiteral("暂停服务，请到窗口办理"));
        MinimalScreen screen(QStringLiteral("长春市政务中心"));
        screen.resize(540, 960);
        QSignalSpy painted(&screen, &MinimalScreen::firstFramePainted);
        screen.show();
        QVERIFY(painted.wait(5000));
        const QImage image = screen.screen()->grabWindow(screen.winId()).toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(5, 5), QColor(0xf4, 0xf1, 0xea)); // the background, not black
        // Text in the upper half: some pixels there are dark.
        int dark = 0;
        for (int y = 0; y < image.height() / 2; y += 2)
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
        QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
    }
};

QTEST_MAIN(TstStartCounter)
#include "tst_startcounter.moc"
