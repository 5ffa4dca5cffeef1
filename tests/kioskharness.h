#pragma once

// The whole kiosk UI in a test: services on a private data folder with a content package,
// the QML singletons, Main.qml in an offscreen window, and touches through Qt's touch path.
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include "kioskapp.h"
#include "services.h"
#include "singletons.h"
#include "testsupport.h"
#include "touchguard.h"
#include "tour.h"
#include "visit.h"

class KioskHarness
{
public:
    // Fixtures are dated: their verified links stay verified for `verifiedMaxAgeDays` (the tests
    // of expiry pass the kiosk's default, 365, and pin the clock).
    explicit KioskHarness(const QString &package = testsupport::fixture("mini"), int verifiedMaxAgeDays = 36500)
    {
        testsupport::hermetic();
        const tongban::Paths paths{dir.filePath("data")};
        tongban::KioskSettings settings;
        settings.verifiedMaxAgeDays = verifiedMaxAgeDays;
        if (!settings.save(paths.settingsFile()))
            qFatal("settings not written");
        services = std::make_unique<tongban::Services>(paths);
        if (!services->start())
            qFatal("services did not start");
        QList<tongban::Diagnostic> diagnostics;
        if (!testsupport::install(*services, package, &diagnostics))
            qFatal("fixture package refused: %s", qPrintable(diagnostics.value(0).toString()));
        singletons = std::make_unique<tongban::Singletons>(services.get());
        engine = std::make_unique<QQmlApplicationEngine>();
        window = tongban::KioskApp::loadMainWindow(*engine);
        if (!window)
            qFatal("Main.qml did not load");
        singletons->attach(window);
        if (!QTest::qWaitForWindowExposed(window))
            qFatal("window not exposed");
        tour = std::make_unique<tongban::Tour>(window, dir.filePath("shots"));
    }
    ~KioskHarness()
    {
        tour.reset();
        engine.reset();
        singletons.reset();
    }

    tongban::Visit *visit() const { return singletons->visit(); }
    QString screen() const { return tour->screen(); }
    QQuickItem *find(const QString &name) const { return tour->find(name); }
    // Taps like a person (apart from the previous tap) and waits for `screen`.
    bool tap(const QString &name, const QString &screen)
    {
        const bool ok = tour->tap(name, screen);
        if (!ok)
            qWarning().noquote() << tour->error();
        return ok;
    }
    bool start() { return screen() == "home" || tap("attract", "home"); }
    bool home() { return screen() == "home" || tap("homeButton", "home"); }
    QString grab(const QString &name)
    {
        tongban::Tour::settle(window);
        const QString path = dir.filePath(name);
        window->grabWindow().save(path);
        return path;
    }

    QTemporaryDir dir;
    std::unique_ptr<tongban::Services> services;
    std::unique_ptr<tongban::Singletons> singletons;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    std::unique_ptr<tongban::Tour> tour;
};
