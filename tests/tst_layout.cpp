// Every screen, both orientations, both text sizes: nothing truncated or overflowing,
// every target big enough, inside the window and apart; 大字 text ≥ 1.5× normal.
#include <QQmlComponent>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include "admin.h"
#include "kioskharness.h"
#include "layoutcheck.h"
#include "pin.h"
#include "settingsedit.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

namespace {
struct Screen
{
    QString name;
    std::function<bool(KioskHarness &)> reach;
};
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void brokenScreenFails()
    {
        QQuickWindow window;
        window.resize(1080, 1920);
        QQmlEngine engine;
        QQmlComponent component(&engine, QUrl::fromLocalFile(testsupport::fixture("BrokenScreen.qml")));
        auto *root = qobject_cast<QQuickItem *>(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        root->setParentItem(window.contentItem());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(tongban::Tour::settle(&window));
        const QString problems = layoutcheck::check(&window, window.contentItem(), 60).join('\n');
        QVERIFY2(problems.contains("tinyButton is 40×40"), qPrintable(problems));
        QVERIFY2(problems.contains("overlapA overlaps overlapB"), qPrintable(problems));
        QVERIFY2(problems.contains("truncated"), qPrintable(problems));
        QVERIFY2(problems.contains("offscreenButton reaches outside"), qPrintable(problems));
        delete root;
    }

    void everyScreenKeepsTheRules_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("portrait") << QSize(1080, 1920);
        QTest::newRow("landscape") << QSize(1920, 1080);
    }
    void everyScreenKeepsTheRules()
    {
        QFETCH(QSize, size);
        KioskHarness kiosk(testsupport::seedPackage());
        kiosk.window->resize(size);
        const QList<Screen> screens = {
            {"attract", [](KioskHarness &) { return true; }},
            {"home", [](KioskHarness &k) { return k.start(); }},
            {"department", [](KioskHarness &k) { return k.home() && k.tap("department-police", "department"); }},
            {"item-guide", [](KioskHarness &k) { return k.tap("item-police-passport-first", "item-guide"); }},
            {"item-guide-other-city",
                [](KioskHarness &k) {
                    k.visit()->setHomeCityCode("220300");
                    return true;
                }},
            {"themes", [](KioskHarness &k) { return k.home() && k.tap("tile-themes", "themes"); }},
            {"theme", [](KioskHarness &k) { return k.tap(k.tour->findFirst("theme-")->objectName(), "theme"); }},
            {"search", [](KioskHarness &k) { return k.home() && k.tap("tile-search", "search"); }},
            {"notices", [](KioskHarness &k) { return k.home() && k.tap("tile-notices", "notices"); }},
            {"notice", [](KioskHarness &k) { return k.tap(k.tour->findFirst("notice-")->objectName(), "notice"); }},
            {"halls", [](KioskHarness &k) { return k.home() && k.tap("tile-halls", "halls"); }},
            {"staff", [](KioskHarness &k) { return k.tap("staffButton", "staff"); }},
            {"idle-prompt",
                [](KioskHarness &k) {
                    k.tap("staffClose", "halls");
                    k.visit()->setIdleTimeoutSeconds(1);
                    return k.tour->waitForScreen("idle-prompt", 4000);
                }},
            // The admin screen, opened as staff do (the gesture, then the PIN on the pad).
            {"admin-pin",
                [](KioskHarness &k) {
                    k.visit()->setIdleTimeoutSeconds(600);
                    k.visit()->poke();
                    tongban::Admin *admin = k.singletons->admin();
                    if (!tongban::updateSettingsFile(k.services->paths().settingsFile(),
                            {{"admin/pin_hash", QString::fromLatin1(tongban::pin::hash("2580"))}}, nullptr))
                        return false;
                    admin->requestOpen();
                    return k.tour->waitForScreen("admin-pin", 3000);
                }},
            {"admin-status",
                [](KioskHarness &k) {
                    for (const QChar c : QStringLiteral("2580"))
                        if (!k.tap(QStringLiteral("pin-") + c, "admin-pin"))
                            return false;
                    return k.tap("pinOk", "admin-status");
                }},
            {"admin-import",
                [](KioskHarness &k) {
                    return k.tap("adminTab-import", "admin-import")
                        && QTest::qWaitFor([&] { return !k.singletons->admin()->scanning(); }, 10000);
                }},
            {"admin-notices", [](KioskHarness &k) { return k.tap("adminTab-notices", "admin-notices"); }},
            {"admin-printer", [](KioskHarness &k) { return k.tap("adminTab-printer", "admin-printer"); }},
            {"admin-figures", [](KioskHarness &k) { return k.tap("adminTab-figures", "admin-figures"); }},
            {"admin-settings", [](KioskHarness &k) { return k.tap("adminTab-settings", "admin-settings"); }},
            {"admin-confirm", [](KioskHarness &k) { return k.tap("adminLeave", "admin-confirm"); }},
        };
        QStringList problems;
        for (const Screen &s : screens) {
            if (!s.reach(kiosk)) {
                problems << s.name + ": not reached (" + kiosk.tour->error() + ")";
                break;
            }
            tongban::Tour::settle(kiosk.window);
            QQuickItem *root = topmost(kiosk);
            kiosk.visit()->setLargeText(false);
            tongban::Tour::settle(kiosk.window);
            const auto normal = layoutcheck::textSizes(root);
            for (const QString &p : layoutcheck::check(kiosk.window, root, 60))
                problems << s.name + ": " + p;
            kiosk.visit()->setLargeText(true);
            tongban::Tour::settle(kiosk.window);
            for (const QString &p : layoutcheck::check(kiosk.window, root, 90))
                problems << s.name + " (大字): " + p;
            const auto large = layoutcheck::textSizes(root);
            for (auto it = normal.cbegin(); it != normal.cend(); ++it)
                if (large.contains(it.key()) && large[it.key()] < it.value() * 1.5 - 0.5)
                    problems << QStringLiteral("%1 (大字): a text grows from %2 to only %3 px")
                                    .arg(s.name)
                                    .arg(it.value())
                                    .arg(large[it.key()]);
            kiosk.visit()->setLargeText(false);
            kiosk.tour->shoot(s.name); // for a person to look at when this fails
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }

private:
    // What a person sees: an overlay when one is up, else the page under the nav bar.
    static QQuickItem *topmost(KioskHarness &k)
    {
        for (const char *overlay : {"confirmDialog", "adminScreen", "idlePrompt", "staffPanel", "attract"})
            if (QQuickItem *item = k.find(overlay); item && item->isVisible())
                return item;
        return k.window->contentItem();
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
