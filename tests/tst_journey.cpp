// The resident's journey through the real UI, driven by touch, checked on what is shown.
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <QtGui/qtestsupport_gui.h>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

#include "clock.h"
#include "kiosk.h"
#include "kioskharness.h"
#include "localstate.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

namespace {
QString textOf(QQuickItem *root)
{
    // All visible text under `root`, so assertions read what a person reads.
    QString out;
    if (!root || !root->isVisible())
        return out;
    if (root->inherits("QQuickText"))
        out += root->property("text").toString() + u'\n';
    for (QQuickItem *child : root->childItems())
        out += textOf(child);
    return out;
}
} // namespace

class TestJourney : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        tongban::Clock::setOverride(QDateTime(QDate(2026, 6, 1), QTime(10, 0)));
        m_kiosk = std::make_unique<KioskHarness>();
    }
    void cleanup()
    {
        m_kiosk.reset();
        tongban::Clock::setOverride({});
    }

    void attractThenHomeThenGuideWithTheItemsQr()
    {
        QCOMPARE(m_kiosk->screen(), QStringLiteral("attract"));
        QVERIFY(textOf(m_kiosk->find("attract")).contains("轻触屏幕开始"));
        QVERIFY(m_kiosk->start());
        QVERIFY(m_kiosk->tap("department-dept-a", "department"));
        QVERIFY(m_kiosk->tap("item-item-1", "item-guide"));
        const QString guide = textOf(m_kiosk->window->contentItem());
        QVERIFY(guide.contains("测试事项一"));
        QVERIFY(guide.contains("手机扫码，在吉事办办理")); // v1 url_verified: verified when built
        QVERIFY(guide.contains("信息更新于 2026年3月1日"));
        QVERIFY(guide.contains("居民身份证"));
        QCOMPARE(
            testsupport::zbar(m_kiosk->grab("guide.png")), QStringList{"https://zwfw.jl.gov.cn/jlszwfw/item/1001?area=220100"});

        // An item whose link nobody verified: the portal of the kiosk's city, and the search hint.
        QVERIFY(m_kiosk->tap("backButton", "department"));
        QVERIFY(m_kiosk->tap("item-item-2", "item-guide"));
        QVERIFY(textOf(m_kiosk->window->contentItem()).contains("扫码打开吉事办，搜索「测试事项二」"));
        QCOMPARE(testsupport::zbar(m_kiosk->grab("guide2.png")), QStringList{"https://zwfw.jl.gov.cn/jlszwfw/?area=220100"});
        // Fields the content leaves empty say so instead of guessing.
        QVERIFY(textOf(m_kiosk->window->contentItem()).contains("以吉事办页面或窗口告知为准"));
    }

    void homeCityChangesWhatTheGuideSays()
    {
        QVERIFY(m_kiosk->start());
        QVERIFY(m_kiosk->tap("homeCity-220200", "home"));
        QCOMPARE(m_kiosk->visit()->homeCityCode(), QStringLiteral("220200"));
        QVERIFY(m_kiosk->tap("department-dept-a", "department"));
        QVERIFY(m_kiosk->tap("item-item-1", "item-guide")); // 全程网办, 长春;吉林
        QVERIFY(textOf(m_kiosk->find("homeCityNote")).contains("吉林居民可在吉事办全程网上办理"));
        QVERIFY(m_kiosk->home());
        QVERIFY(m_kiosk->tap("homeCity-220300", "home"));
        QVERIFY(m_kiosk->tap("department-dept-a", "department"));
        QVERIFY(m_kiosk->tap("item-item-1", "item-guide")); // not 通办 in 四平
        QVERIFY(textOf(m_kiosk->find("homeCityNote")).contains("未列明四平"));
        // The kiosk's own city is not offered as "another city".
        QVERIFY(!m_kiosk->find("homeCity-220100"));
    }

    void idleResetClearsTheVisit()
    {
        QVERIFY(m_kiosk->start());
        QVERIFY(m_kiosk->tap("homeCity-220400", "home"));
        QVERIFY(m_kiosk->tap("largeTextButton", "home"));
        QVERIFY(m_kiosk->tap("department-dept-a", "department"));
        QVERIFY(m_kiosk->tap("item-item-1", "item-guide"));
        QVERIFY(m_kiosk->visit()->largeText());
        // The guide is scrolled down, as a resident reading the materials would (a short window:
        // the fixture's guide names its unknown fields in one line and would fit otherwise).
        m_kiosk->window->resize(1080, 1200);
        tongban::Tour::settle(m_kiosk->window);
        QQuickItem *details = m_kiosk->find("guideDetails");
        QVERIFY(details);
        QTRY_VERIFY(details->property("contentHeight").toReal() > details->height());
        tongban::TouchDriver touch(m_kiosk->window);
        const QPointF from = details->mapToScene(QPointF(details->width() / 2, details->height() * 0.8));
        const QPointF to = details->mapToScene(QPointF(details->width() / 2, details->height() * 0.1));
        QVERIFY(touch.drag(from, to));
        QTRY_VERIFY(details->property("contentY").toReal() > 0);

        m_kiosk->visit()->setIdleTimeoutSeconds(1);
        m_kiosk->visit()->setPromptSeconds(1);
        QVERIFY(m_kiosk->tour->waitForScreen("idle-prompt", 4000));
        QVERIFY(textOf(m_kiosk->find("idlePrompt")).contains("还需要更多时间吗"));
        QVERIFY(m_kiosk->tour->waitForScreen("attract", 4000));
        QVERIFY(m_kiosk->start());
        QCOMPARE(m_kiosk->visit()->homeCityCode(), QString());
        QVERIFY(!m_kiosk->visit()->largeText());
        QCOMPARE(m_kiosk->find("backButton")->isEnabled(), false); // no screens left open
        // The same guide opens at its top again, in normal text.
        QVERIFY(m_kiosk->tap("department-dept-a", "department"));
        QVERIFY(m_kiosk->tap("item-item-1", "item-guide"));
        QCOMPARE(m_kiosk->find("guideDetails")->property("contentY").toReal(), 0.0);
        QVERIFY(!textOf(m_kiosk->find("homeCityNote")).contains("辽源"));
    }

    void touchingDuringThePromptKeepsTheVisit()
    {
        QVERIFY(m_kiosk->start());
        QVERIFY(m_kiosk->tap("department-dept-a", "department"));
        m_kiosk->visit()->setIdleTimeoutSeconds(1);
        QVERIFY(m_kiosk->tour->waitForScreen("idle-prompt", 4000));
        QVERIFY(m_kiosk->tap("idleContinue", "department"));
        QCOMPARE(m_kiosk->visit()->active(), true);
    }

    void idleWaitsWhileHeld()
    {
        QVERIFY(m_kiosk->start());
        m_kiosk->visit()->setIdleTimeoutSeconds(1);
        m_kiosk->visit()->hold(); // a slip is printing
        // Twice the quiet spell passes without the prompt.
        QVERIFY(!QTest::qWaitFor([&] { return m_kiosk->visit()->prompting(); }, 2000));
        QCOMPARE(m_kiosk->screen(), QStringLiteral("home"));
        m_kiosk->visit()->release();
        QVERIFY(m_kiosk->tour->waitForScreen("idle-prompt", 3000));
    }

    void doubleTapOpensOneScreen()
    {
        QVERIFY(m_kiosk->start());
        tongban::TouchDriver touch(m_kiosk->window);
        QQuickItem *tile = m_kiosk->find("department-dept-a");
        touch.tap(tile, 40);
        QTest::qWait(120); // a person's double tap: the second comes 120 ms after the first
        touch.tap(tile, 40); // lands on the new screen, where the item list now is
        QTRY_COMPARE(m_kiosk->screen(), QStringLiteral("department"));
        QVERIFY(tongban::Tour::settle(m_kiosk->window));
        QCOMPARE(m_kiosk->screen(), QStringLiteral("department"));
        QVERIFY(m_kiosk->find("backButton")->isEnabled());
        QVERIFY(m_kiosk->tap("backButton", "home")); // one step back is home: only one screen opened
    }

    void restingPalmPressesNothing()
    {
        QVERIFY(m_kiosk->start());
        QQuickItem *tile = m_kiosk->find("department-dept-a");
        const QPoint a = tile->mapToScene(QPointF(tile->width() / 2, tile->height() / 2)).toPoint();
        const std::unique_ptr<QPointingDevice> owned(QTest::createTouchDevice());
        QPointingDevice *device = owned.get();
        QTest::touchEvent(m_kiosk->window, device).press(0, a).press(1, a + QPoint(40, 30));
        QTest::touchEvent(m_kiosk->window, device).release(0, a).release(1, a + QPoint(40, 30));
        QVERIFY(tongban::Tour::settle(m_kiosk->window));
        QCOMPARE(m_kiosk->screen(), QStringLiteral("home"));
        // A finger down, then the palm lands: the finger's press is cancelled.
        QTest::touchEvent(m_kiosk->window, device).press(0, a);
        QTest::touchEvent(m_kiosk->window, device).stationary(0).press(1, a + QPoint(200, 0));
        QTest::touchEvent(m_kiosk->window, device).release(0, a).release(1, a + QPoint(200, 0));
        QVERIFY(tongban::Tour::settle(m_kiosk->window));
        QCOMPARE(m_kiosk->screen(), QStringLiteral("home"));
        // One finger still works.
        QVERIFY(m_kiosk->tap("department-dept-a", "department"));
    }

    void noticesShowOnlyBetweenPublishAndExpiry()
    {
        QVERIFY(m_kiosk->start());
        QVERIFY(m_kiosk->tap("tile-notices", "notices"));
        const QString shown = textOf(m_kiosk->find("noticeList"));
        QVERIFY(shown.contains("测试公告"));
        QVERIFY(shown.contains("六月底截止的公告"));
        QVERIFY(!shown.contains("已过期的公告"));
        QVERIFY(!shown.contains("尚未发布的公告"));
        QVERIFY(m_kiosk->tap("notice-n-1", "notice"));
        QVERIFY(textOf(m_kiosk->window->contentItem()).contains("发布日期：2026-03-01"));
    }

    void noticesAfterExpiryAndWithAWrongClock()
    {
        QVERIFY(m_kiosk->start());
        tongban::Clock::setOverride(QDateTime(QDate(2026, 7, 1), QTime(9, 0)));
        QVERIFY(m_kiosk->tap("tile-notices", "notices"));
        QVERIFY(!textOf(m_kiosk->find("noticeList")).contains("六月底截止的公告"));
        QVERIFY(m_kiosk->home());

        // A clock before the content's build time (2026-03-01 08:00) is wrong: the build
        // date is used, and staff find a clock warning in the event log.
        tongban::Clock::setOverride(QDateTime(QDate(2020, 1, 1), QTime(9, 0)));
        QVERIFY(m_kiosk->tap("tile-notices", "notices"));
        const QString shown = textOf(m_kiosk->find("noticeList"));
        QVERIFY(shown.contains("测试公告")); // published on the build date
        QVERIFY(!shown.contains("六月底截止的公告")); // published 2026-04-01
        const auto events = m_kiosk->services->state().recentEvents();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().kind, QStringLiteral("clock-warning"));
    }

    void hallsAndStaffHelp()
    {
        QVERIFY(m_kiosk->start());
        QVERIFY(m_kiosk->tap("tile-halls", "halls"));
        const QString halls = textOf(m_kiosk->find("hallList"));
        QVERIFY(halls.contains("测试大厅"));
        QVERIFY(halls.contains("帮办代办"));
        QVERIFY(m_kiosk->tap("staffButton", "staff"));
        QVERIFY(textOf(m_kiosk->find("staffPanel")).contains("帮助"));
        QVERIFY(m_kiosk->tap("staffClose", "halls"));
    }

    void englishSwitchesTheInterfaceNotTheContent()
    {
        QVERIFY(m_kiosk->start());
        QVERIFY(m_kiosk->tap("languageButton", "home"));
        const QString home = textOf(m_kiosk->window->contentItem());
        QVERIFY2(home.contains("Search"), qPrintable(home));
        QVERIFY(home.contains("测试部门甲")); // content stays Chinese
        QVERIFY(m_kiosk->tap("languageButton", "home"));
        QVERIFY(textOf(m_kiosk->window->contentItem()).contains("搜索事项"));
    }

    void newContentWaitsForTheVisitToEnd()
    {
        QVERIFY(m_kiosk->start());
        QVERIFY(m_kiosk->tap("department-dept-a", "department"));
        QSignalSpy seen(m_kiosk->services->content(), &tongban::ContentStore::newContentAvailable);
        QByteArray out, err;
        QCOMPARE(testsupport::run(testsupport::binDir() + "/tongban-content",
                     {"--db", m_kiosk->services->paths().root, "import", testsupport::seedPackage()}, &out, &err),
            0);
        QTRY_COMPARE_WITH_TIMEOUT(seen.count(), 1, 10000); // the watcher saw the new file…
        QCOMPARE(m_kiosk->singletons->kiosk()->contentVersion(), QStringLiteral("test-mini-1")); // mid-visit
        QCOMPARE(m_kiosk->screen(), QStringLiteral("department"));
        m_kiosk->visit()->end();
        QVERIFY(QTest::qWaitFor(
            [&] { return m_kiosk->singletons->kiosk()->contentVersion() == QStringLiteral("2026.12.02-seed"); }, 5000));
        QVERIFY(m_kiosk->start());
        QVERIFY(m_kiosk->find("department-police")); // Home shows the new content
    }

    void searchByTouchOnTheKeypad()
    {
        m_kiosk.reset();
        KioskHarness kiosk(testsupport::seedPackage());
        QVERIFY(kiosk.start());
        QVERIFY(kiosk.tap("tile-search", "search"));
        tongban::TouchDriver touch(kiosk.window);
        QQuickItem *input = kiosk.find("searchInput");
        for (const char *key : {"S", "F", "Z"}) {
            const int before = input->property("text").toString().size();
            QVERIFY(touch.tap(kiosk.find(QStringLiteral("key-") + key), 40));
            QTRY_COMPARE(input->property("text").toString().size(), before + 1);
        }
        QCOMPARE(kiosk.find("searchInput")->property("text").toString(), QStringLiteral("sfz"));
        tongban::Tour::settle(kiosk.window);
        QQuickItem *results = kiosk.find("searchResults");
        QVERIFY(results->property("count").toInt() > 0);
        // The best result is on screen first, with the matched characters marked.
        QQuickItem *first = kiosk.tour->findFirst("result-");
        QVERIFY(first);
        QVERIFY2(textOf(first).contains("<b>"), qPrintable(textOf(first)));
        QVERIFY(textOf(first).contains("身份证"));
        QVERIFY(kiosk.tap(first->objectName(), "item-guide"));
        QVERIFY(textOf(kiosk.window->contentItem()).contains("身份证"));

        // Nothing found: say so, and offer themes and staff.
        QVERIFY(kiosk.tap("backButton", "search"));
        QVERIFY(kiosk.tap("key-clear", "search"));
        for (const char *key : {"Q", "W", "Q", "W"}) {
            const int before = input->property("text").toString().size();
            QVERIFY(touch.tap(kiosk.find(QStringLiteral("key-") + key), 40));
            QTRY_COMPARE(input->property("text").toString().size(), before + 1);
        }
        tongban::Tour::settle(kiosk.window);
        QVERIFY(kiosk.find("noResult") && kiosk.find("noResult")->isVisible());
        QVERIFY(kiosk.tap("noResultStaff", "staff"));
    }

private:
    std::unique_ptr<KioskHarness> m_kiosk;
};

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
