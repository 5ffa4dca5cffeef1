#include "kioskapp.h"

#include "fleetagent.h"

#include "admin.h"
#include "journal.h"
#include "kiosk.h"
#include "kiosksystem.h"
#include "logging.h"
#include "pin.h"
#include "printer.h"
#include "printjob.h"
#include "searchindexer.h"
#include "services.h"
#include "settingsedit.h"
#include "singletons.h"
#include "startuptrace.h"
#include "touchguard.h"
#include "tour.h"
#include "visit.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSocketNotifier>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace tongban {

namespace {
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}
// SIGTERM (the service manager's normal stop) and SIGINT end the event loop, so the kiosk
// stops cleanly and removes its running marker. The handler only writes to a pipe.
int g_stopPipe[2] = {-1, -1};
void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_stopPipe[1], &byte, 1);
}

void quitOnStopSignals()
{
    if (g_stopPipe[0] >= 0 || ::pipe2(g_stopPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte;
        while (::read(g_stopPipe[0], &byte, 1) > 0) { }
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
}

// <data>/kiosk.running exists while a kiosk runs; found at start, the last run did not stop
// cleanly (power cut, crash, kill -9), and the content gets the full check before use.
QString runningMarker(const Services &services)
{
    return QDir(services.paths().root).filePath(QStringLiteral("kiosk.running"));
}
} // namespace

KioskApp::KioskApp()
{
    m_clock.start();
}
KioskApp::~KioskApp()
{
    m_fleet.reset(); // lets a running import finish
    m_engine.reset(); // QML goes before the services it binds to
    m_singletons.reset();
    if (m_services)
        QFile::remove(runningMarker(*m_services)); // a clean stop
    m_system.reset();
}

QQuickWindow *KioskApp::loadMainWindow(QQmlApplicationEngine &engine, QString *error)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Tongban/qml/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window && error)
        *error = QStringLiteral("Main.qml did not load");
    return window;
}

int KioskApp::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tongban Kiosk 通办自助导办机"));
    parser.addHelpOption();
    const QCommandLineOption dataOption("data", "Data folder (settings, content, local state).", "DIR");
    const QCommandLineOption tourOption("tour",
        "Drive the UI by touch through every screen, saving PNGs and steps.json. Where --data has no admin PIN, sets 2580 there "
        "for the admin screens: give it a data folder of its own.",
        "OUTDIR");
    const QCommandLineOption snapshotOption("snapshot", "Render Home once, save it and exit.", "OUT.png");
    const QCommandLineOption itemOption(
        "item", "With --snapshot: show this item's guide (with its QR code) instead of Home.", "ITEM_ID");
    const QCommandLineOption firstFrameOption(
        "first-frame", "Print start-up time to Home's first frame and peak RSS, then exit.");
    const QCommandLineOption fullscreenOption("fullscreen", "Fill the screen (kiosk deployment).");
    const QCommandLineOption landscapeOption("landscape", "A 1920×1080 window instead of 1080×1920.");
    parser.addOptions({dataOption, tourOption, snapshotOption, itemOption, firstFrameOption, fullscreenOption, landscapeOption});
    const QCommandLineOption printItemOption(
        "print-item", "Print an item's guide slip and exit (with --to, --paper).", "ITEM_ID");
    const QCommandLineOption printToOption("to", "Where --print-item prints: OUT.pdf, escpos:FILE or cups:QUEUE.", "TARGET");
    const QCommandLineOption paperOption("paper", "Paper for --print-item: 58mm, 80mm or a4.", "PAPER");
    parser.addOptions({printItemOption, printToOption, paperOption});
    const QCommandLineOption startModeOption(
        "start-mode", "Skip the start counter: normal, default-content (embedded content only) or minimal.", "MODE");
    parser.addOption(startModeOption);
    parser.process(arguments);

    // The plain run is the hall's kiosk: it counts its starts, logs to the journal under
    // systemd, pings the watchdog and never exits on a failure (the minimal screen instead).
    const bool appliance = !parser.isSet(printItemOption) && !parser.isSet(tourOption) && !parser.isSet(snapshotOption)
        && !parser.isSet(firstFrameOption);
    const bool fullscreen = parser.isSet(fullscreenOption);
    const Paths paths = Paths::resolve(parser.value(dataOption));
    StartCounter::Mode mode = StartCounter::Mode::Normal;
    if (appliance) {
        installJournalHandler();
        m_system = std::make_unique<KioskSystem>();
        mode = m_system->decideStartMode(parser.value(startModeOption));
    }
    auto minimal = [&](const QString &why) {
        qCCritical(lcSystem).noquote() << "minimal screen:" << why;
        m_system->showMinimal(KioskSettings::load(paths.settingsFile()).hallName, fullscreen, why);
        return -1;
    };
    if (mode == StartCounter::Mode::Minimal)
        return minimal(QStringLiteral("crash loop, %1 starts").arg(m_system->recentStarts()));

    m_services = std::make_unique<Services>(paths);
    m_services->setDefaultContentOnly(mode == StartCounter::Mode::DefaultContent);
    QDir().mkpath(m_services->paths().root);
    const QString marker = runningMarker(*m_services);
    const bool unclean = QFileInfo::exists(marker);
    quitOnStopSignals(); // before the marker: once it exists, SIGTERM is a clean stop
    QFile(marker).open(QIODevice::WriteOnly);
    QString error;
    // The kiosk only reads content: no migration (the tool's job, on a copy), and the full
    // check only after an unclean stop.
    if (!m_services->start({.fullCheck = unclean, .migrateContent = false}, &error)) {
        if (appliance)
            return minimal(QStringLiteral("no content: %1").arg(error));
        std::fprintf(stderr, "tongban-kiosk: %s\n", qPrintable(error));
        return 1;
    }
    startup::mark("stores");
    if (unclean)
        m_services->state().logEvent(QStringLiteral("unclean-stop"),
            QStringLiteral("自助机上次没有正常停止（断电或崩溃）；内容已完整检查后才使用"), m_services->content()->originName());
    if (mode == StartCounter::Mode::DefaultContent)
        m_services->state().logEvent(QStringLiteral("crash-loop"),
            QStringLiteral("%1 次启动在 %2 分钟内：本次只用内置默认内容")
                .arg(m_system->recentStarts())
                .arg(StartCounter::kWindowSeconds / 60));
    if (parser.isSet(printItemOption))
        return runPrintCommand(
            *m_services, parser.value(printItemOption), parser.value(printToOption), parser.value(paperOption));
    m_singletons = std::make_unique<Singletons>(m_services.get());
    startup::mark("singletons");
    // Start-up measurements and the snapshot are of Home, not of the attract screen.
    if (parser.isSet(snapshotOption) || parser.isSet(firstFrameOption))
        m_singletons->visit()->start();

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_window = loadMainWindow(*m_engine, &error);
    if (!m_window && appliance) {
        m_engine.reset();
        m_singletons.reset();
        return minimal(error);
    }
    if (!m_window) {
        std::fprintf(stderr, "tongban-kiosk: %s\n", qPrintable(error));
        return 1;
    }
    startup::mark("qml");
    QObject::connect(
        m_window, &QQuickWindow::frameSwapped, m_window, [] { startup::mark("first_frame"); }, Qt::SingleShotConnection);
    m_singletons->attach(m_window);
    // Leaving kiosk mode without systemd (a developer's PC): the admin screen asks to quit.
    QObject::connect(m_singletons->admin(), &Admin::quitRequested, QCoreApplication::instance(), &QCoreApplication::quit);
    // The search index is built once per content load in a worker thread, after the first
    // frame (it would cost tens of ms before it); later content changes rebuild it by themselves.
    QObject::connect(
        m_window, &QQuickWindow::frameSwapped, m_window,
        [content = m_services->content()] { SearchIndexer::of(content)->start(); }, Qt::SingleShotConnection);
    if (parser.isSet(landscapeOption))
        m_window->resize(1920, 1080);
    if (fullscreen)
        showFillingScreen(m_window);

    if (parser.isSet(tourOption))
        return runTour(parser.value(tourOption));
    if (parser.isSet(snapshotOption))
        return snapshot(parser.value(snapshotOption), parser.value(itemOption));
    if (parser.isSet(firstFrameOption))
        return firstFrame();
    startFleet();
    ContentStore *content = m_services->content();
    m_system->readyAfterFirstFrame(m_window,
        QStringLiteral("attract screen shown; start mode %1; content %2 %3")
            .arg(QLatin1String(StartCounter::modeName(mode)), content->originName(), content->contentVersion()));
    return -1;
}

// With [fleet] set, packages arriving through Syncthing are imported at idle moments and the
// outbox is kept; after the first frame, so that it never delays the attract screen.
void KioskApp::startFleet()
{
    m_fleet
        = std::make_unique<FleetAgent>(*m_services, QCoreApplication::applicationDirPath() + QStringLiteral("/tongban-content"));
    if (!m_fleet->enabled())
        return;
    Visit *visit = m_singletons->visit();
    m_fleet->setIdle([visit] { return !visit->active(); });
    QObject::connect(
        m_window, &QQuickWindow::frameSwapped, m_fleet.get(), [this] { m_fleet->start(); }, Qt::SingleShotConnection);
}

int KioskApp::firstFrame()
{
    bool done = false;
    QObject::connect(
        m_window, &QQuickWindow::frameSwapped, m_window, [&] { done = true; }, Qt::SingleShotConnection);
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    std::printf("first_frame_ms=%lld rss_kb=%ld\n", m_clock.elapsed(), peakRssKb());
    std::fflush(stdout);
    return 0;
}

int KioskApp::snapshot(const QString &outPng, const QString &itemId)
{
    if (!itemId.isEmpty()) {
        const QVariantMap params{{QStringLiteral("itemId"), itemId}};
        QMetaObject::invokeMethod(
            m_window, "show", Q_ARG(QString, QStringLiteral("item-guide")), Q_ARG(QVariant, QVariant(params)));
        if (!QTest::qWaitFor([this] { return m_window->property("currentScreen").toString() == "item-guide"; })) {
            std::fprintf(stderr, "tongban-kiosk: no guide for item %s\n", qPrintable(itemId));
            return 1;
        }
    }
    // Generous: a loaded machine on llvmpipe (cage, a hall's PC without a GPU) can be slow.
    if (!Tour::settle(m_window, 20000)) {
        std::fprintf(stderr, "tongban-kiosk: no new frame within 20 s (is the window exposed?)\n");
        return 1;
    }
    const QImage image = m_window->grabWindow();
    startup::mark("grab");
    if (!image.save(outPng, nullptr, Tour::PngQuality)) {
        std::fprintf(stderr, "tongban-kiosk: cannot write %s\n", qPrintable(outPng));
        return 1;
    }
    startup::mark("png");
    return 0;
}

int KioskApp::runTour(const QString &outDir)
{
    Tour tour(m_window, outDir);
    bool ok = runResidentTour(tour);
    // The admin screen needs a PIN. The tour sets its own only where none is set (its own
    // data folder); a kiosk's PIN is never replaced, and then the tour ends before the admin
    // screen.
    const QString settingsFile = m_services->paths().settingsFile();
    const QString tourPin = QStringLiteral("2580");
    if (ok && !KioskSettings::load(settingsFile).hasPin()) {
        QString error;
        if (!updateSettingsFile(
                settingsFile, {{QStringLiteral("admin/pin_hash"), QString::fromLatin1(pin::hash(tourPin))}}, &error)) {
            tour.setError(QStringLiteral("tour PIN not set: %1").arg(error));
            ok = false;
        }
        ok = ok && runAdminTour(tour, tourPin);
    }
    ok = tour.finish() && ok;
    if (!ok) {
        std::fprintf(stderr, "tongban-kiosk: tour failed: %s\n", qPrintable(tour.error()));
        return 1;
    }
    std::printf("tour: %s\n", qPrintable(QDir(outDir).absoluteFilePath(QStringLiteral("steps.json"))));
    return 0;
}

} // namespace tongban
