// bench soak: N random touches — taps, double taps, long presses, swipes, palms — anywhere on
// the kiosk's screen, through Qt's touch path, offscreen, with idle periods after which the
// visit must have reset to the attract screen. The touches run in a child process; a crash is
// counted and the child restarted with the touches left. QML warnings (anything from the "qml"
// and "js" categories or naming a .qml file) are counted; the resident set is measured after
// warm-up (the first tenth of the touches) and at the end.
// Last line: soak touches=<n> crashes=<c> qml_warnings=<w> rss_growth_mb=<x>
#include <QGuiApplication>
#include <QPointingDevice>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "admin.h"
#include "contentpackage.h"
#include "kioskapp.h"
#include "services.h"
#include "singletons.h"
#include "testsupport.h"
#include "touchdriver.h"
#include "visit.h"

#include <cstdio>

namespace {
int g_qmlWarnings = 0;
QtMessageHandler g_previous = nullptr;

void countWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category = context.category ? context.category : "";
    if (type >= QtWarningMsg
        && (category == "qml" || category == "js" || category.startsWith("qt.qml") || message.contains(".qml:")))
        ++g_qmlWarnings;
    g_previous(type, context, message);
}

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

// Several fingers (or a palm) at once, near each other.
void palm(QQuickWindow *window, QPointF at)
{
    static QPointingDevice *device = QTest::createTouchDevice();
    auto press = QTest::touchEvent(window, device);
    for (int i = 0; i < 4; ++i)
        press.press(i, (at + QPointF(i * 35, (i % 2) * 40)).toPoint(), window);
    press.commit();
    QTest::qWait(120);
    auto release = QTest::touchEvent(window, device);
    for (int i = 0; i < 4; ++i)
        release.release(i, (at + QPointF(i * 35, (i % 2) * 40)).toPoint(), window);
    release.commit();
}

int worker(int touches, quint32 seed)
{
    testsupport::hermetic();
    QTemporaryDir dir;
    tongban::Services services(tongban::Paths{dir.filePath("data")});
    QList<tongban::Diagnostic> diagnostics;
    if (!services.start() || !testsupport::install(services, testsupport::seedPackage(), &diagnostics)) {
        std::fprintf(stderr, "soak: no content\n");
        return 2;
    }
    tongban::Singletons singletons(&services);
    tongban::Visit *visit = singletons.visit();
    visit->setIdleTimeoutSeconds(4);
    visit->setPromptSeconds(2);
    QQmlApplicationEngine engine;
    QQuickWindow *window = tongban::KioskApp::loadMainWindow(engine);
    if (!window || !QTest::qWaitForWindowExposed(window))
        return 2;
    singletons.attach(window); // the admin gesture and the TouchGuard, as in the kiosk
    // Random touches must never open the admin screen; should they, it is counted and closed.
    int adminOpened = 0;
    tongban::Admin *admin = singletons.admin();
    QObject::connect(admin, &tongban::Admin::stageChanged, admin, [&] {
        if (admin->isOpen()) {
            ++adminOpened;
            std::fprintf(stderr, "soak: random touches opened the admin screen\n");
            admin->close();
        }
    });
    g_previous = qInstallMessageHandler(countWarnings);
    tongban::TouchDriver touch(window);
    QRandomGenerator random(seed);
    auto anywhere = [&] { return QPointF(random.bounded(window->width()), random.bounded(window->height())); };

    long warmRss = 0;
    int idleResets = 0, idleFailures = 0;
    for (int i = 0; i < touches; ++i) {
        if (i == touches / 10)
            warmRss = rssKb();
        const int kind = int(random.bounded(100));
        const QPointF at = anywhere();
        if (kind < 55)
            touch.tapAt(at, 40 + int(random.bounded(80)));
        else if (kind < 65) { // a double tap
            touch.tapAt(at, 40);
            QTest::qWait(60 + int(random.bounded(120)));
            touch.tapAt(at, 40);
        } else if (kind < 75)
            touch.tapAt(at, 700 + int(random.bounded(800))); // a long press
        else if (kind < 92)
            touch.drag(at, anywhere(), 4 + int(random.bounded(10))); // a swipe
        else
            palm(window, at);
        QTest::qWait(50 + int(random.bounded(350)));
        // Now and then nobody touches: the visit must go back to the attract screen.
        if (i % 250 == 249) {
            ++idleResets;
            if (!QTest::qWaitFor([&] { return window->property("currentScreen").toString() == "attract"; }, 15000)) {
                ++idleFailures;
                std::fprintf(
                    stderr, "soak: idle reset failed on screen %s\n", qPrintable(window->property("currentScreen").toString()));
            }
        }
        if (i % 500 == 499)
            std::fprintf(stderr, "soak: %d touches, screen %s, rss %ld kB\n", i + 1,
                qPrintable(window->property("currentScreen").toString()), rssKb());
    }
    // The last idle reset, and the memory once it is back on the attract screen.
    ++idleResets;
    if (!QTest::qWaitFor([&] { return window->property("currentScreen").toString() == "attract"; }, 15000))
        ++idleFailures;
    QTest::qWait(500);
    std::printf("worker touches=%d qml_warnings=%d rss_warm_kb=%ld rss_end_kb=%ld idle_resets=%d idle_failures=%d "
                "admin_opened=%d\n",
        touches, g_qmlWarnings, warmRss, rssKb(), idleResets, idleFailures, adminOpened);
    std::fflush(stdout);
    qInstallMessageHandler(g_previous);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc > 3 && QByteArray(argv[1]) == "--worker") {
        QGuiApplication app(argc, argv);
        return worker(QByteArray(argv[2]).toInt(), QByteArray(argv[3]).toUInt());
    }
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    int left = total, crashes = 0, warnings = 0, idleFailures = 0, adminOpened = 0;
    double growthMb = 0;
    while (left > 0) {
        const quint32 seed = QRandomGenerator::global()->generate();
        std::fprintf(stderr, "soak: %d touches, seed %u\n", left, seed);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {"--worker", QString::number(left), QString::number(seed)});
        child.waitForFinished(-1);
        const QByteArray out = child.readAllStandardOutput();
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || !out.startsWith("worker ")) {
            ++crashes;
            std::fprintf(stderr, "soak: the kiosk crashed (seed %u)\n", seed);
            if (crashes > 20)
                break;
            left -= 100; // go on with fresh touches
            continue;
        }
        QMap<QByteArray, long> f;
        for (const QByteArray &kv : out.trimmed().split(' '))
            if (kv.contains('='))
                f[kv.split('=')[0]] = kv.split('=')[1].toLong();
        warnings += int(f["qml_warnings"]);
        idleFailures += int(f["idle_failures"]);
        adminOpened += int(f["admin_opened"]);
        growthMb = double(f["rss_end_kb"] - f["rss_warm_kb"]) / 1024.0;
        std::fprintf(stderr, "soak: idle resets %ld, failed %ld\n", f["idle_resets"], f["idle_failures"]);
        left = 0;
    }
    std::printf("soak touches=%d crashes=%d qml_warnings=%d rss_growth_mb=%.1f admin_opened=%d\n", total, crashes, warnings,
        growthMb, adminOpened);
    return crashes == 0 && warnings == 0 && idleFailures == 0 && adminOpened == 0 ? 0 : 1;
}
