// The admin screen through the whole kiosk UI, by touch: the hidden gesture (never by taps or
// swipes), the "no PIN set" note, the PIN pad and its lock, the visit cleared on entry, the
// session closing itself, import from a folder that plays the USB stick (a good package, a
// broken one, a pulled stick), rollback, hiding a notice, settings and leaving kiosk mode.
#include <QSignalSpy>
#include <QSqlQuery>

#include "admin.h"
#include "admingesture.h"
#include "contenttest.h"
#include "csv.h"
#include "kiosk.h"
#include "kioskharness.h"
#include "pin.h"
#include "printer.h"
#include "settingsedit.h"
#include "usagereport.h"

using tongban::Admin;

namespace {
const QString kPin = QStringLiteral("2580");

QString dataDir(KioskHarness &k)
{
    return k.services->paths().root;
}
QString settingsFile(KioskHarness &k)
{
    return k.services->paths().settingsFile();
}
bool setPin(KioskHarness &k)
{
    return tongban::updateSettingsFile(
        settingsFile(k), {{QStringLiteral("admin/pin_hash"), QString::fromLatin1(tongban::pin::hash(kPin))}}, nullptr);
}
QString text(KioskHarness &k, const QString &name)
{
    QQuickItem *item = k.find(name);
    return item ? item->property("text").toString() : QString();
}
} // namespace

class TestAdminScreen : public QObject
{
    Q_OBJECT

    // The gesture made on purpose, with the hold shortened unless `realHold`.
    static bool gesture(KioskHarness &k, bool realHold = false)
    {
        Admin *admin = k.singletons->admin();
        admin->gesture()->setHoldMs(realHold ? tongban::AdminGesture::HoldMs : 300);
        k.tour->touchAt(QPointF(20, 20), (realHold ? tongban::AdminGesture::HoldMs : 300) + 500);
        k.tour->touchAt(QPointF(k.window->width() - 20, 20), 60);
        return QTest::qWaitFor([admin] { return admin->isOpen(); }, 3000) && tongban::Tour::settle(k.window);
    }
    static bool typePin(KioskHarness &k, const QString &pin, const QString &expectedScreen)
    {
        for (const QChar c : pin)
            if (!k.tap(QStringLiteral("pin-") + c, QStringLiteral("admin-pin")))
                return false;
        return k.tap("pinOk", expectedScreen) && QTest::qWaitFor([&] { return !k.singletons->admin()->checking(); }, 5000);
    }
    static bool openAdmin(KioskHarness &k)
    {
        return setPin(k) && gesture(k) && k.screen() == "admin-pin" && typePin(k, kPin, "admin-status");
    }
    // A folder that plays the stick: [admin] media_roots points at it (udisks2 is not on the
    // test's bus), with one package copied onto it.
    static QString stick(KioskHarness &k)
    {
        const QString root = k.dir.filePath("media");
        const QString volume = root + "/STICK";
        QDir().mkpath(volume);
        if (!tongban::updateSettingsFile(settingsFile(k), {{QStringLiteral("admin/media_roots"), root}}, nullptr))
            return {};
        return volume;
    }
    // The mini fixture as a newer package with one item renamed.
    static bool newerPackage(const QString &to)
    {
        if (!testsupport::copyPackage(testsupport::fixture("mini"), to))
            return false;
        QByteArray manifest = testsupport::readFile(to + "/manifest.json");
        manifest.replace("test-mini-1", "test-mini-2").replace("2026-03-01T08:00:00", "2026-03-02T08:00:00");
        QByteArray items = testsupport::readFile(to + "/items.csv");
        const int comma = items.indexOf(',', items.indexOf('\n') + 1); // the first item's name follows its id
        const int end = items.indexOf(',', comma + 1);
        items.insert(end, "（新版）");
        return testsupport::writeFile(to + "/manifest.json", manifest) && testsupport::writeFile(to + "/items.csv", items);
    }
    static bool choosePackage(KioskHarness &k)
    {
        Admin *admin = k.singletons->admin();
        return k.tap("adminTab-import", "admin-import") && QTest::qWaitFor([&] { return !admin->scanning(); }, 10000)
            && QTest::qWaitFor([&] { return k.find("package-0") != nullptr; }, 3000) && k.tap("package-0", "admin-import")
            && QTest::qWaitFor([&] { return !admin->jobRunning() && !admin->diff().isEmpty(); }, 60000)
            && tongban::Tour::settle(k.window);
    }

private slots:
    void initTestCase()
    {
        qunsetenv("INVOCATION_ID"); // leaving kiosk mode quits here; no systemd unit to stop
    }

    void tapsAndSwipesNeverOpenIt()
    {
        KioskHarness k;
        QVERIFY(k.start());
        Admin *admin = k.singletons->admin();
        QSignalSpy armed(admin->gesture(), &tongban::AdminGesture::armedChanged);
        const QPointF topLeft(20, 20), topRight(k.window->width() - 20, 20);
        for (int i = 0; i < 3; ++i) {
            k.tour->touchAt(topLeft, 60);
            k.tour->touchAt(topRight, 60);
        }
        k.tour->touchAt(topLeft, 2000); // a long press, but not the five seconds
        k.tour->touchAt(topRight, 60);
        tongban::TouchDriver(k.window).drag(topLeft, topRight);
        tongban::TouchDriver(k.window).drag(topRight, topLeft);
        QVERIFY(tongban::Tour::settle(k.window));
        QCOMPARE(armed.count(), 0);
        QVERIFY(!admin->isOpen());
        QVERIFY(!k.screen().startsWith("admin"));
    }

    void withoutAPinItSaysHowToSetOne()
    {
        KioskHarness k;
        QVERIFY(k.start());
        QVERIFY(gesture(k, true)); // the real five seconds, once
        QCOMPARE(k.screen(), QString("admin-no-pin"));
        QCOMPARE(text(k, "noPinTitle"), QString("尚未设置管理密码"));
        QVERIFY(k.tap("adminBack", "attract"));
    }

    void thePinOpensItAndTheVisitIsCleared()
    {
        KioskHarness k;
        QVERIFY(setPin(k));
        const QByteArray ini = testsupport::readFile(settingsFile(k));
        QVERIFY(ini.contains("$argon2id$"));
        QVERIFY(!ini.contains(kPin.toLatin1()));
        QVERIFY(k.start());
        k.visit()->setLargeText(true);
        QVERIFY(k.tap("tile-notices", "notices"));
        QVERIFY(gesture(k));
        QCOMPARE(k.screen(), QString("admin-pin"));
        QVERIFY(!k.visit()->active());
        QVERIFY(!k.visit()->largeText());

        QVERIFY(typePin(k, "1111", "admin-pin"));
        QCOMPARE(k.singletons->admin()->attemptsLeft(), 4);
        QVERIFY(text(k, "pinMessage").contains("还可以再试 4 次"));
        QVERIFY(typePin(k, kPin, "admin-status"));
        QVERIFY(text(k, "statusVersion").contains(k.services->content()->contentVersion()));
        // Closing goes to the attract screen, and the resident's screens start afresh.
        QVERIFY(k.tap("adminClose", "attract"));
        QVERIFY(k.start());
        QCOMPARE(k.screen(), QString("home"));
    }

    void fiveWrongPinsLockThePad()
    {
        KioskHarness k;
        QVERIFY(setPin(k));
        QVERIFY(k.start());
        QVERIFY(gesture(k));
        for (int i = 0; i < 5; ++i)
            QVERIFY(typePin(k, "1111", "admin-pin"));
        Admin *admin = k.singletons->admin();
        QVERIFY(admin->lockedSeconds() > 290);
        QVERIFY(text(k, "pinMessage").contains("已锁定"));
        QVERIFY(!k.find("pin-2")->isEnabled());
        // The right PIN is not even checked while locked.
        admin->enterPin(kPin);
        QVERIFY(!admin->checking());
        QCOMPARE(admin->stage(), Admin::Pin);
        bool logged = false;
        for (const auto &e : k.services->state().recentEvents(20))
            logged = logged || e.kind == "admin-lockout";
        QVERIFY(logged);
    }

    void itClosesItselfAfterTheSession()
    {
        KioskHarness k;
        QVERIFY(openAdmin(k));
        Admin *admin = k.singletons->admin();
        admin->setSessionMs(1500);
        // Touches keep it open: each restarts the quiet spell.
        for (int i = 0; i < 6; ++i)
            QVERIFY(k.tap(i % 2 ? "adminTab-status" : "adminTab-printer", i % 2 ? "admin-status" : "admin-printer"));
        QVERIFY(admin->isOpen());
        QVERIFY(k.tour->waitForScreen("attract", 5000));
        QVERIFY(!admin->isOpen());
    }

    void aGoodPackageFromTheStick()
    {
        KioskHarness k;
        const QString volume = stick(k);
        QVERIFY(newerPackage(volume + "/pkg"));
        QVERIFY(openAdmin(k));
        QVERIFY(choosePackage(k));
        Admin *admin = k.singletons->admin();
        QVERIFY2(admin->diff().value("ok").toBool(), qPrintable(text(k, "diffSummary")));
        QVERIFY(text(k, "diffSummary").contains("test-mini-1 → test-mini-2"));
        QVERIFY(admin->diff().value("changes").toInt() >= 1);
        QVERIFY(k.tour->findFirst("importConfirm"));
        QVERIFY(k.tap("importConfirm", "admin-import"));
        QVERIFY(QTest::qWaitFor([&] { return !admin->jobRunning() && !admin->result().isEmpty(); }, 60000));
        QVERIFY2(admin->result().value("ok").toBool(), qPrintable(admin->result().value("message").toString()));
        QCOMPARE(admin->stepIndex(), admin->stepCount());
        QVERIFY(tongban::Tour::settle(k.window));
        QVERIFY(text(k, "importState").contains("test-mini-2"));
        // Nobody is using the kiosk: the new content is taken at once, and Home shows it.
        QVERIFY(QTest::qWaitFor([&] { return k.singletons->kiosk()->contentVersion() == "test-mini-2"; }, 10000));
        QVERIFY(k.tap("importDone", "admin-import"));
        QVERIFY(k.tap("adminClose", "attract"));
        QVERIFY(k.start());
    }

    void aBrokenPackageShowsEveryMessageAndChangesNothing()
    {
        KioskHarness k;
        const QString volume = stick(k);
        // A newer package with one item's status misspelt: refused, with the file, line and column.
        QVERIFY(newerPackage(volume + "/broken"));
        QByteArray items = testsupport::readFile(volume + "/broken/items.csv");
        items.replace(",在办,", ",在半,");
        QVERIFY(testsupport::writeFile(volume + "/broken/items.csv", items));
        const QString live = contenttest::livePath(dataDir(k));
        const QByteArray before = testsupport::readFile(live);
        QVERIFY(!before.isEmpty());
        QVERIFY(openAdmin(k));
        QVERIFY(choosePackage(k));
        Admin *admin = k.singletons->admin();
        QVERIFY(!admin->diff().value("ok").toBool());
        const QStringList lines = admin->diff().value("diagnostics").toStringList();
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.join("\n").contains(QRegularExpression(R"(items\.csv:2:\d+)")), qPrintable(lines.join("\n")));
        QVERIFY(k.find("diffDiagnostics"));
        QVERIFY(!k.find("importConfirm"));
        QCOMPARE(testsupport::readFile(live), before);
    }

    void aPulledStickLeavesTheContent()
    {
        KioskHarness k;
        const QString volume = stick(k);
        QVERIFY(newerPackage(volume + "/pkg"));
        const QString live = contenttest::livePath(dataDir(k));
        const QByteArray before = testsupport::readFile(live);
        QVERIFY(openAdmin(k));
        QVERIFY(choosePackage(k));
        QVERIFY(QDir(volume).removeRecursively()); // the stick is pulled after the preview
        QVERIFY(k.tap("importConfirm", "admin-import"));
        Admin *admin = k.singletons->admin();
        QVERIFY(QTest::qWaitFor([&] { return !admin->jobRunning() && !admin->result().isEmpty(); }, 60000));
        QVERIFY(!admin->result().value("ok").toBool());
        QVERIFY(tongban::Tour::settle(k.window));
        QVERIFY2(!text(k, "importState").isEmpty(), "no message shown");
        QVERIFY(k.find("keptContent")); // staff read that the old content still serves
        QCOMPARE(testsupport::readFile(live), before);
        QCOMPARE(k.singletons->kiosk()->contentVersion(), QString("test-mini-1"));
    }

    void rollbackWithOneConfirmation()
    {
        KioskHarness k;
        const QString volume = stick(k);
        QVERIFY(newerPackage(volume + "/pkg"));
        QVERIFY(openAdmin(k));
        QVERIFY(choosePackage(k));
        QVERIFY(k.tap("importConfirm", "admin-import"));
        Admin *admin = k.singletons->admin();
        QVERIFY(QTest::qWaitFor([&] { return !admin->jobRunning() && admin->result().value("ok").toBool(); }, 60000));
        QVERIFY(QTest::qWaitFor([&] { return k.singletons->kiosk()->contentVersion() == "test-mini-2"; }, 10000));
        QVERIFY(k.tap("importDone", "admin-import"));
        QVERIFY(k.tap("rollbackButton", "admin-confirm"));
        QVERIFY(k.tap("confirmNo", "admin-import")); // cancelled: nothing happens
        QVERIFY(!admin->jobRunning() && admin->result().isEmpty());
        QVERIFY(k.tap("rollbackButton", "admin-confirm"));
        QVERIFY(k.tap("confirmYes", "admin-import"));
        QVERIFY(QTest::qWaitFor([&] { return !admin->jobRunning() && !admin->result().isEmpty(); }, 60000));
        QVERIFY2(admin->result().value("ok").toBool(), qPrintable(admin->result().value("message").toString()));
        QVERIFY(QTest::qWaitFor([&] { return k.singletons->kiosk()->contentVersion() == "test-mini-1"; }, 10000));
    }

    void aNoticeHiddenAndShownAgain()
    {
        KioskHarness k;
        QVERIFY(openAdmin(k));
        QVERIFY(k.tap("adminTab-notices", "admin-notices"));
        QQuickItem *hide = k.tour->findFirst("hide-");
        QVERIFY(hide);
        const QString id = hide->objectName().mid(5);
        QVERIFY(k.tap(hide->objectName(), "admin-notices"));
        QVERIFY(QTest::qWaitFor([&] { return k.find("unhide-" + id) != nullptr; }, 3000));
        QCOMPARE(k.singletons->kiosk()->hiddenNoticeIds(), QStringList{id});
        QVERIFY(k.tap("adminTab-status", "admin-status"));
        QVERIFY(k.tap("adminTab-notices", "admin-notices"));
        QVERIFY(k.tap("unhide-" + id, "admin-notices"));
        QVERIFY(k.singletons->kiosk()->hiddenNoticeIds().isEmpty());
    }

    void settingsAreValidatedAndWrittenWithCommentsKept()
    {
        KioskHarness k;
        QByteArray ini = testsupport::readFile(settingsFile(k));
        ini.prepend("; installed by the hall's IT office\n");
        QVERIFY(testsupport::writeFile(settingsFile(k), ini));
        QVERIFY(openAdmin(k));
        QVERIFY(k.tap("adminTab-settings", "admin-settings"));
        QCOMPARE(text(k, "volume-value"), QString("70%"));
        QVERIFY(k.tap("volume-raise", "admin-settings"));
        QVERIFY(k.tap("idle-raise", "admin-settings"));
        QVERIFY(k.tap("saveSettings", "admin-settings"));
        QCOMPARE(text(k, "settingsMessage"), QString("已保存"));
        tongban::KioskSettings saved = tongban::KioskSettings::load(settingsFile(k));
        QCOMPARE(saved.volume, 80);
        QCOMPARE(saved.idleTimeoutSeconds, 90);
        QCOMPARE(k.visit()->idleTimeoutSeconds(), 90);
        QVERIFY(testsupport::readFile(settingsFile(k)).startsWith("; installed by the hall's IT office\n"));

        // Another city needs a second confirmation; cancelled, nothing is written.
        QVERIFY(k.tap("city-220200", "admin-settings"));
        QVERIFY(k.tap("saveSettings", "admin-confirm"));
        QVERIFY(k.tap("confirmNo", "admin-settings"));
        QCOMPARE(tongban::KioskSettings::load(settingsFile(k)).cityCode, QString("220100"));
        QVERIFY(k.tap("saveSettings", "admin-confirm"));
        QVERIFY(k.tap("confirmYes", "admin-settings"));
        QCOMPARE(tongban::KioskSettings::load(settingsFile(k)).cityCode, QString("220200"));

        // What the screen cannot offer is refused by Admin too.
        Admin *admin = k.singletons->admin();
        QVERIFY(!admin->saveSettings({{"volume", 150}}).isEmpty());
        QVERIFY(!admin->saveSettings({{"quietHours", "late"}}).isEmpty());
        QVERIFY(!admin->saveSettings({{"cityCode", "110000"}}).isEmpty());
        QCOMPARE(tongban::KioskSettings::load(settingsFile(k)).volume, 80);
    }

    void aTestSlipThroughTheResidentsPrintPath()
    {
        KioskHarness k;
        const QString pdf = k.dir.filePath("slip.pdf");
        k.singletons->printer()->setTarget(tongban::PrintTarget::parse("pdf:" + pdf));
        QVERIFY(openAdmin(k));
        QVERIFY(k.tap("adminTab-printer", "admin-printer"));
        QVERIFY(k.tap("printTestSlip", "admin-printer"));
        QVERIFY(k.singletons->printer()->waitForIdle(30000));
        QCOMPARE(k.singletons->printer()->state(), tongban::Printer::Done);
        QVERIFY(testsupport::readFile(pdf).startsWith("%PDF"));
    }

    void figuresOfAVisitByTouchExportedToTheStick()
    {
        KioskHarness k;
        const QString volume = stick(k);
        QVERIFY(newerPackage(volume + "/pkg")); // a stick the office uses for packages too
        // A resident's visit, by touch: an item guide opened twice.
        QVERIFY(k.start());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(k.tap(k.tour->findFirst("department-")->objectName(), "department"));
            QQuickItem *item = k.tour->findFirst("item-");
            QVERIFY(item);
            const QString itemId = item->objectName().mid(5);
            QVERIFY(k.tap(item->objectName(), "item-guide"));
            QVERIFY(k.home());
            QCOMPARE(k.services->state().usage("item-opened", itemId), i + 1);
        }
        QVERIFY(openAdmin(k));
        QVERIFY(k.tap("adminTab-figures", "admin-figures"));
        QVERIFY(text(k, "figuresSpan").contains(QDate::currentDate().toString(Qt::ISODate)));
        QVERIFY(k.tap("exportFigures", "admin-figures"));
        Admin *admin = k.singletons->admin();
        QVERIFY(QTest::qWaitFor([&] { return !admin->exporting(); }, 20000));
        QVERIFY2(admin->exportMessage().startsWith("已导出"), qPrintable(admin->exportMessage()));
        const QStringList files = QDir(volume).entryList({"*.csv"}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().startsWith("使用统计_长春市政务中心_"));
        const QByteArray csv = testsupport::readFile(QDir(volume).filePath(files.first()));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const tongban::CsvTable table = tongban::Csv::parse(csv);
        QVERIFY(table.ok());
        int opened = 0;
        for (const auto &row : table.rows.mid(1))
            if (row.size() == 6 && row[1].text == tongban::usageKindLabel("item-opened"))
                opened += row[5].text.toInt();
        QCOMPARE(opened, 2);
    }

    void leavingKioskModeQuitsWithoutSystemd()
    {
        KioskHarness k;
        QVERIFY(openAdmin(k));
        QSignalSpy quit(k.singletons->admin(), &Admin::quitRequested);
        QVERIFY(k.tap("adminLeave", "admin-confirm"));
        QVERIFY(k.tap("confirmYes", "admin-status"));
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TestAdminScreen)
#include "tst_adminscreen.moc"
