// bench navigation: touch on a tile → the next screen's first frame, in the real kiosk UI
// (offscreen, seed content), over the tour's transitions; first and repeat visits apart. The
// floor is one full repaint of a static screen in the same window (Home moved by one pixel,
// so every node is drawn again): the ratio to it compares machines.
// Last line: navigation frame_ms_median=<x> frame_ms_max=<y> floor_ms=<median> ratio=<median/floor>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtCore/qtestsupport_core.h>
#include <QtGui/qtestsupport_gui.h>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <functional>

#include "catalogue.h"
#include "kioskapp.h"
#include "services.h"
#include "singletons.h"
#include "touchguard.h"
#include "tour.h"
#include "visit.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

namespace {
class Sequence : public QTest::QTouchEventSequence
{
public:
    Sequence(QWindow *w, QPointingDevice *d) : QTouchEventSequence(w, d, false) { }
};

// Waits in a real event loop, as the kiosk runs. QTest::qWait and qWaitFor sleep 10 ms between
// looks at the event queue, so a frame due 5 ms after a tap would be drawn 10 ms late.
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// The time from now to the first frame swapped while `ready` holds (ms), or -1 after 5 s;
// `handlerMs`: how much of it `act` itself took (the tap's event handlers).
template <typename Ready>
double timeToFrame(QQuickWindow *window, Ready ready, const std::function<void()> &act, double *handlerMs = nullptr)
{
    QEventLoop loop;
    double ms = -1;
    QElapsedTimer clock;
    const auto c = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        if (ms < 0 && ready()) {
            ms = clock.nsecsElapsed() / 1e6;
            loop.quit();
        }
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    clock.start();
    act();
    if (handlerMs)
        *handlerMs = clock.nsecsElapsed() / 1e6;
    if (ms < 0)
        loop.exec();
    QObject::disconnect(c);
    return ms;
}

struct Step
{
    const char *target; // objectName, or a prefix ending in '-'
    const char *screen;
};
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    tongban::Services services(tongban::Paths{dir.path()});
    if (!services.start())
        return 1;
    tongban::Singletons singletons(&services);
    QQmlApplicationEngine engine;
    QQuickWindow *window = tongban::KioskApp::loadMainWindow(engine);
    if (!window)
        return 1;
    window->installEventFilter(new tongban::TouchGuard(window));
    singletons.visit()->start();
    tongban::Tour tour(window, dir.filePath("shots"));
    tongban::Tour::settle(window);
    QPointingDevice *device = QTest::createTouchDevice();

    const Step steps[] = {{"department-", "department"}, {"item-", "item-guide"}, {"backButton", "department"},
        {"homeButton", "home"}, {"tile-themes", "themes"}, {"theme-", "theme"}, {"homeButton", "home"},
        {"tile-notices", "notices"}, {"notice-", "notice"}, {"homeButton", "home"}, {"tile-halls", "halls"},
        {"homeButton", "home"}, {"tile-search", "search"}, {"homeButton", "home"}};
    QList<double> first, repeat, all;
    for (int pass = 0; pass < 3; ++pass) {
        for (const Step &step : steps) {
            const QString target = QString::fromLatin1(step.target);
            QQuickItem *item = target.endsWith(u'-') ? tour.findFirst(target) : tour.find(target);
            if (!item) {
                std::fprintf(stderr, "navigation: no %s on %s\n", step.target, qPrintable(tour.screen()));
                return 1;
            }
            spin(560); // apart, as a person's taps are (the kiosk drops double taps)
            const QPoint p = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
            Sequence(window, device).press(0, p, window).commit(false);
            spin(60);
            double handlerMs = 0;
            const double ms = timeToFrame(
                window, [&] { return tour.screen() == QLatin1String(step.screen); },
                [&] { Sequence(window, device).release(0, p, window).commit(false); }, &handlerMs);
            if (ms < 0) {
                std::fprintf(stderr, "navigation: %s did not lead to %s\n", step.target, step.screen);
                return 1;
            }
            (pass == 0 ? first : repeat).append(ms);
            all.append(ms);
            std::printf("{\"pass\":%d,\"tap\":\"%s\",\"screen\":\"%s\",\"frame_ms\":%.2f,\"handler_ms\":%.2f}\n", pass,
                step.target, step.screen, ms, handlerMs);
        }
    }
    // The floor, on Home, after the visits (same fonts and caches warm as for the taps).
    QList<double> floor;
    for (int i = 0; i < 31; ++i) {
        spin(20);
        QQuickItem *content = window->contentItem();
        const double ms = timeToFrame(
            window, [] { return true; }, [&] { content->setX(content->x() == 0 ? 1 : 0); });
        if (ms < 0) {
            std::fprintf(stderr, "navigation: no frame for the floor\n");
            return 1;
        }
        floor.append(ms);
    }
    const double floorMs = bench::median(floor);
    std::printf("{\"floor_ms_median\":%.2f,\"floor_ms_min\":%.2f}\n", floorMs, *std::min_element(floor.cbegin(), floor.cend()));
    std::printf("first visits: median %.2f ms, max %.2f ms; repeat visits: median %.2f ms, max %.2f ms\n", bench::median(first),
        *std::max_element(first.cbegin(), first.cend()), bench::median(repeat),
        *std::max_element(repeat.cbegin(), repeat.cend()));
    std::printf("navigation frame_ms_median=%.2f frame_ms_max=%.2f floor_ms=%.2f ratio=%.2f\n", bench::median(all),
        *std::max_element(all.cbegin(), all.cend()), floorMs, bench::median(all) / floorMs);
    return 0;
}
