#include "tour.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include "admin.h"
#include "admingesture.h"
#include "attractloop.h"
#include "attractplayer.h"
#include "visit.h"
#include "voice.h"
#include <QtCore/qtestsupport_core.h>

namespace tongban {

namespace {
QQuickItem *findItem(QQuickItem *root, const std::function<bool(QQuickItem *)> &match)
{
    if (!root)
        return nullptr;
    if (match(root) && root->isVisible())
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, match))
            return found;
    return nullptr;
}
} // namespace

Tour::Tour(QQuickWindow *window, const QString &outDir) : m_window(window), m_outDir(outDir), m_touch(window)
{
    QDir().mkpath(outDir);
}

QQuickItem *Tour::find(const QString &objectName) const
{
    return findItem(m_window->contentItem(), [&](QQuickItem *i) { return i->objectName() == objectName; });
}

QQuickItem *Tour::findFirst(const QString &prefix) const
{
    return findItem(m_window->contentItem(), [&](QQuickItem *i) { return i->objectName().startsWith(prefix); });
}

QString Tour::screen() const
{
    return m_window->property("currentScreen").toString();
}

bool Tour::settle(QQuickWindow *window, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return !window->property("busy").toBool(); }, timeoutMs))
        return false;
    // An event loop rather than qWaitFor, which sleeps 10 ms between looks: a snapshot's whole
    // run is about ten times that.
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&loop] { loop.exit(0); });
    window->update();
    return loop.exec() == 0;
}

bool Tour::tap(QQuickItem *item, const QString &expectedScreen)
{
    if (!item) {
        m_error = QStringLiteral("nothing to tap on screen %1").arg(screen());
        return false;
    }
    // A person's taps are apart: wait until the kiosk's double-tap guards (Navigator's and the
    // button's own, both on the monotonic clock) would take this tap.
    if (!QTest::qWaitFor([&] { return acceptsTap(item); }, 3000)) {
        m_error = QStringLiteral("the double-tap guard never released %1").arg(item->objectName());
        return false;
    }
    m_touch.tap(item);
    if (!waitForScreen(expectedScreen, 3000)) {
        m_error = QStringLiteral("tapping %1 led to %2, not %3").arg(item->objectName(), screen(), expectedScreen);
        return false;
    }
    return settle(m_window);
}

bool Tour::acceptsTap(QQuickItem *item) const
{
    return !m_window->property("settling").toBool() && !item->property("settling").toBool();
}

bool Tour::tap(const QString &objectName, const QString &expectedScreen)
{
    QQuickItem *item = find(objectName);
    if (!item) {
        m_error = QStringLiteral("no %1 on screen %2").arg(objectName, screen());
        return false;
    }
    return tap(item, expectedScreen);
}

bool Tour::waitForScreen(const QString &screen, int timeoutMs)
{
    return QTest::qWaitFor([&] { return this->screen() == screen; }, timeoutMs);
}

bool Tour::shoot(const QString &step, const QJsonObject &facts)
{
    // A picture still loading (the attract loop's stills load asynchronously) is waited for:
    // the shot shows it, and the process never exits with Qt's image reader still at work.
    const bool loaded = QTest::qWaitFor(
        [this] {
            return !findItem(m_window->contentItem(), [](QQuickItem *i) {
                return i->inherits("QQuickImageBase") && i->property("status").toInt() == 2; // Image.Loading
            });
        },
        5000);
    if (!loaded)
        qWarning("tour: %s: a picture was still loading after 5 s", qPrintable(step));
    settle(m_window);
    const QString file = QStringLiteral("%1-%2.png").arg(m_steps.size() + 1, 2, 10, QLatin1Char('0')).arg(step);
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(QDir(m_outDir).filePath(file), "PNG", PngQuality)) {
        m_error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    QJsonObject entry{{"step", step}, {"screen", screen()}, {"file", file}};
    for (auto it = facts.begin(); it != facts.end(); ++it)
        entry.insert(it.key(), it.value());
    m_steps.append(entry);
    return true;
}

bool Tour::finish()
{
    QFile file(QDir(m_outDir).filePath(QStringLiteral("steps.json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(m_steps).toJson());
    return true;
}

bool runResidentTour(Tour &tour)
{
    const auto home = [&] {
        return tour.screen() == QLatin1String("home") || tour.tap(QStringLiteral("homeButton"), QStringLiteral("home"));
    };
    const auto openFirstItem = [&] {
        return tour.tap(tour.findFirst(QStringLiteral("department-")), QStringLiteral("department"))
            && tour.tap(tour.findFirst(QStringLiteral("item-")), QStringLiteral("item-guide"));
    };
    const auto toggle = [&](const QString &button) { return tour.tap(button, tour.screen()); };
    Visit *visit = Visit::instance();
    const QString otherCity = visit && !visit->otherCities().isEmpty()
        ? visit->otherCities().first().toMap().value(QStringLiteral("code")).toString()
        : QString();

    Voice *voice = Voice::instance();
    const auto voiceFacts = [&] {
        return QJsonObject{{"audio", voice && voice->audioAvailable()}, {"speaking", voice && voice->speaking()},
            {"screenReader", voice && voice->screenReader()}, {"reading", voice ? voice->reading() : QString()}};
    };

    // The attract loop plays the content's videos: wait for frames (headless screenshots of
    // video are black, so the count is what shows it moves); a loaded machine decodes slowly.
    AttractLoop *attract = AttractPlayer::loop();
    const bool video = attract && QTest::qWaitFor([&] { return attract->videoFrames() >= 30; }, 30000);
    bool ok = tour.shoot(QStringLiteral("attract"),
        {{"videoFrames", attract ? double(attract->videoFrames()) : 0.0}, {"attractKind", attract ? attract->kind() : QString()},
            {"videoPlaying", video}});
    ok = ok && tour.tap(QStringLiteral("attract"), QStringLiteral("home")) && tour.shoot(QStringLiteral("home"));
    ok = ok && tour.tap(tour.findFirst(QStringLiteral("department-")), QStringLiteral("department"))
        && tour.shoot(QStringLiteral("department"));
    ok = ok && tour.tap(tour.findFirst(QStringLiteral("item-")), QStringLiteral("item-guide"))
        && tour.shoot(QStringLiteral("item-guide"));
    // 读给我听: reads the guide's summary, or says the kiosk has no sound device.
    ok = ok && toggle(QStringLiteral("readAloudButton")) && tour.shoot(QStringLiteral("item-guide-read-aloud"), voiceFacts());
    if (ok && voice)
        voice->stop();
    ok = ok && home() && toggle(QStringLiteral("homeCity-") + otherCity) && openFirstItem()
        && tour.shoot(QStringLiteral("item-guide-other-city"));
    ok = ok && home() && tour.tap(QStringLiteral("tile-notices"), QStringLiteral("notices"))
        && tour.shoot(QStringLiteral("notices"));
    ok = ok && tour.tap(tour.findFirst(QStringLiteral("notice-")), QStringLiteral("notice"))
        && tour.shoot(QStringLiteral("notice"));
    ok = ok && home() && tour.tap(QStringLiteral("tile-halls"), QStringLiteral("halls")) && tour.shoot(QStringLiteral("halls"));
    // Search typed by touch on the keypad: initials, then a fuzzy spelling (s for sh) that the
    // kiosk offers as a suggestion (您是不是要找).
    const auto typeOnKeypad = [&](const QString &keys) {
        for (const QChar c : keys)
            if (!tour.tap(QStringLiteral("key-") + c.toUpper(), QStringLiteral("search")))
                return false;
        return true;
    };
    // find() sees visible items only: the suggestion heading is found while it is shown.
    const auto resultsShown = [&](bool suggesting) {
        QQuickItem *list = tour.find(QStringLiteral("searchResults"));
        const bool shown = list
            && QTest::qWaitFor(
                [&] {
                    return list->property("count").toInt() > 0
                        && (tour.find(QStringLiteral("suggestionHeading")) != nullptr) == suggesting;
                },
                5000);
        if (!shown) {
            QQuickItem *input = tour.find(QStringLiteral("searchInput"));
            tour.setError(QStringLiteral("search: no results shown for “%1” (rows %2, suggestions expected: %3)")
                              .arg(input ? input->property("text").toString() : QString())
                              .arg(list ? list->property("count").toInt() : -1)
                              .arg(suggesting));
        }
        return shown && Tour::settle(tour.window());
    };
    ok = ok && home() && tour.tap(QStringLiteral("tile-search"), QStringLiteral("search")) && typeOnKeypad(QStringLiteral("sfz"))
        && resultsShown(false) && tour.shoot(QStringLiteral("search"));
    ok = ok && tour.tap(QStringLiteral("key-clear"), QStringLiteral("search")) && typeOnKeypad(QStringLiteral("sebaoka"))
        && resultsShown(true) && tour.shoot(QStringLiteral("search-suggestion"));
    // 读屏: on, then each screen's title is read as it opens.
    ok = ok && toggle(QStringLiteral("screenReaderButton")) && home()
        && tour.shoot(QStringLiteral("home-screen-reader"), voiceFacts()) && toggle(QStringLiteral("screenReaderButton"));
    ok = ok && home() && toggle(QStringLiteral("largeTextButton")) && openFirstItem()
        && tour.shoot(QStringLiteral("item-guide-large-text"));
    ok = ok && toggle(QStringLiteral("largeTextButton")) && home() && toggle(QStringLiteral("languageButton"))
        && tour.shoot(QStringLiteral("home-english"));
    if (ok && visit) {
        // The real idle timer, shortened so the tour need not stand still for a minute.
        visit->setIdleTimeoutSeconds(1);
        visit->setPromptSeconds(3);
        ok = tour.waitForScreen(QStringLiteral("idle-prompt"), 5000) && tour.shoot(QStringLiteral("idle-prompt"));
        ok = ok && tour.waitForScreen(QStringLiteral("attract"), 8000) && tour.shoot(QStringLiteral("attract-again"));
    }
    return ok;
}

bool runAdminTour(Tour &tour, const QString &pin)
{
    Admin *admin = Admin::instance();
    if (!admin) {
        tour.setError(QStringLiteral("no admin screen"));
        return false;
    }
    QQuickWindow *window = tour.window();
    // The gesture as staff make it: hold the top-left corner, then tap the top-right one.
    tour.touchAt(QPointF(20, 20), AdminGesture::HoldMs + 500);
    tour.touchAt(QPointF(window->width() - 20, 20), 60);
    bool ok = tour.waitForScreen(QStringLiteral("admin-pin"), 3000);
    if (!ok)
        tour.setError(QStringLiteral("the admin gesture led to %1, not admin-pin").arg(tour.screen()));
    ok = ok && Tour::settle(window) && tour.shoot(QStringLiteral("admin-pin"));
    const auto typePin = [&](const QString &digits) {
        for (const QChar c : digits)
            if (!tour.tap(QStringLiteral("pin-") + c, QStringLiteral("admin-pin")))
                return false;
        return true;
    };
    // A wrong PIN first: the pad says how many tries are left.
    const QString wrong = pin == QLatin1String("1357") ? QStringLiteral("7531") : QStringLiteral("1357");
    ok = ok && typePin(wrong) && tour.tap(QStringLiteral("pinOk"), QStringLiteral("admin-pin"))
        && QTest::qWaitFor([&] { return !admin->checking() && admin->attemptsLeft() < 5; }, 5000) && Tour::settle(window)
        && tour.shoot(QStringLiteral("admin-pin-wrong"), {{"attemptsLeft", admin->attemptsLeft()}});
    ok = ok && typePin(pin) && tour.tap(QStringLiteral("pinOk"), QStringLiteral("admin-status"))
        && tour.shoot(QStringLiteral("admin-status"));
    ok = ok && tour.tap(QStringLiteral("adminTab-import"), QStringLiteral("admin-import"))
        && QTest::qWaitFor([&] { return !admin->scanning(); }, 10000) && Tour::settle(window)
        && tour.shoot(QStringLiteral("admin-import"), {{"packages", int(admin->packages().size())}});
    for (const char *page : {"notices", "printer", "figures", "settings"}) {
        const QString screen = QStringLiteral("admin-") + QLatin1String(page);
        ok = ok && tour.tap(QStringLiteral("adminTab-") + QLatin1String(page), screen) && tour.shoot(screen);
    }
    ok = ok && tour.tap(QStringLiteral("adminClose"), QStringLiteral("attract"))
        && tour.shoot(QStringLiteral("attract-after-admin"));
    return ok;
}

} // namespace tongban
