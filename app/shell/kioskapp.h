#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace tongban {

class FleetAgent;
class KioskSystem;
class Services;
class Singletons;

// What `tongban-kiosk` does, so main() stays a few lines: parse the command line, build the
// services, load the QML and, for --tour / --snapshot / --first-frame, drive and exit.
class KioskApp : public QObject
{
    Q_OBJECT
public:
    KioskApp();
    ~KioskApp() override;

    // Returns the process exit code; -1 means "run the event loop".
    int start(const QStringList &arguments);

    static QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine, QString *error = nullptr);

private:
    int runTour(const QString &outDir);
    int snapshot(const QString &outPng, const QString &itemId);
    int firstFrame();
    void startFleet();

    QElapsedTimer m_clock;
    std::unique_ptr<KioskSystem> m_system;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<Singletons> m_singletons;
    std::unique_ptr<FleetAgent> m_fleet;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace tongban
