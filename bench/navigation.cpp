// bench navigation: touch on a tile → the next screen's first frame, in the real kiosk UI
// (offscreen, seed content), over the tour's transitions; first and repeat visits apart.
// Last line: navigation frame_ms_median=<x> frame_ms_max=<y>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtCore/qtestsupport_core.h>
#include <QtGui/qtestsupport_gui.h>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

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
            QTest::qWait(560); // apart, as a person's taps are (the kiosk drops double taps)
            const QPoint p = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
            Sequence(window, device).press(0, p, window).commit();
            QTest::qWait(60);
            bool framed = false;
            QElapsedTimer clock;
            const auto c = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
                if (!framed && tour.screen() == QLatin1String(step.screen))
                    framed = true;
            });
            clock.start();
            Sequence(window, device).release(0, p, window).commit(false);
            if (!QTest::qWaitFor([&] { return framed; }, 5000)) {
                std::fprintf(stderr, "navigation: %s did not lead to %s\n", step.target, step.screen);
                return 1;
            }
            const double ms = clock.nsecsElapsed() / 1e6;
            QObject::disconnect(c);
            (pass == 0 ? first : repeat).append(ms);
            all.append(ms);
            std::printf("{\"pass\":%d,\"tap\":\"%s\",\"screen\":\"%s\",\"frame_ms\":%.2f}\n", pass, step.target, step.screen, ms);
        }
    }
    std::printf("first visits: median %.2f ms, max %.2f ms; repeat visits: median %.2f ms, max %.2f ms\n", bench::median(first),
        *std::max_element(first.cbegin(), first.cend()), bench::median(repeat),
        *std::max_element(repeat.cbegin(), repeat.cend()));
    std::printf(
        "navigation frame_ms_median=%.2f frame_ms_max=%.2f\n", bench::median(all), *std::max_element(all.cbegin(), all.cend()));
    return 0;
}
