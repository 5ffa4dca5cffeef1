// bench soak: N random touches — taps, double taps, long presses, swipes, palms — anywhere on
// the kiosk's screen, through Qt's touch path, offscreen, with idle periods after which the
// visit must have reset to the attract screen. The touches run in a child process; a crash is
// counted and the child restarted with the touches left. QML warnings (anything from the "qml"
// and "js" categories or naming a .qml file) are counted.
// Memory: the warm-up is the resident tour (every screen once: attract, home, department, item
// guide, 读给我听, another home city, notices, a notice, halls, search by keypad with a
// suggestion, 读屏, 大字, English, the idle prompt) and then the first 1 000 random touches.
// After it, at every idle reset (each 250 touches, back on the attract screen) the resident
// set, glibc's live heap and its arenas are sampled (stderr, JSON); growth is the median of
// the last four samples less the median of the first four (fewer samples: last less first).
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
#include "tour.h"
#include "visit.h"

#include <algorithm>
#include <cstdio>
#include <malloc.h>

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

int arenaCount()
{
    char *text = nullptr;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (!out)
        return -1;
    malloc_info(0, out);
    std::fclose(out);
    const int n = int(QByteArray(text, qsizetype(size)).count("<heap nr="));
    std::free(text);
    return n;
}

double median(QList<long> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// Growth of the samples after warm-up, in kB (see the header).
double growthKb(const QList<long> &samples)
{
    constexpr int window = 4;
    if (samples.size() >= 2 * window)
        return median(samples.mid(samples.size() - window)) - median(samples.mid(0, window));
    return samples.size() >= 2 ? double(samples.last() - samples.first()) : 0.0;
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
    // Warm-up, part one: every screen once, as the tour goes (its PNGs are not kept).
    {
        const QString shots = dir.filePath("tour");
        QDir().mkpath(shots);
        tongban::Tour tour(window, shots);
        if (!tongban::runResidentTour(tour)) {
            std::fprintf(stderr, "soak: the warm-up tour failed: %s\n", qPrintable(tour.error()));
            return 2;
        }
        visit->setIdleTimeoutSeconds(4); // the tour shortens them for its idle prompt
        visit->setPromptSeconds(2);
    }
    tongban::TouchDriver touch(window);
    QRandomGenerator random(seed);
    auto anywhere = [&] { return QPointF(random.bounded(window->width()), random.bounded(window->height())); };

    constexpr int warmupTouches = 1000;
    QList<long> samples; // RSS in kB at each idle reset after the warm-up
    const auto sample = [&](int done) {
        if (done < warmupTouches)
            return;
        QTest::qWait(500);
        const struct mallinfo2 heap = mallinfo2();
        samples.append(rssKb());
        std::fprintf(stderr,
            "{\"touches\":%d,\"rss_mb\":%.2f,\"heap_in_use_mb\":%.2f,\"heap_free_mb\":%.2f,\"mmapped_mb\":%.2f,\"arenas\":%d}\n",
            done, double(samples.last()) / 1024.0, double(heap.uordblks) / 1048576.0, double(heap.fordblks) / 1048576.0,
            double(heap.hblkhd) / 1048576.0, arenaCount());
    };
    int idleResets = 0, idleFailures = 0;
    for (int i = 0; i < touches; ++i) {
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
            } else if (i + 1 < touches)
                sample(i + 1);
        }
        if (i % 500 == 499)
            std::fprintf(stderr, "soak: %d touches, screen %s, rss %ld kB\n", i + 1,
                qPrintable(window->property("currentScreen").toString()), rssKb());
    }
    // The last idle reset, and the memory once it is back on the attract screen.
    ++idleResets;
    if (!QTest::qWaitFor([&] { return window->property("currentScreen").toString() == "attract"; }, 15000))
        ++idleFailures;
    else
        sample(touches);
    if (samples.size() < 2)
        std::fprintf(stderr, "soak: %d touches are too few to measure growth after %d of warm-up\n", touches, warmupTouches);
    std::printf("worker touches=%d qml_warnings=%d rss_growth_kb=%ld idle_resets=%d idle_failures=%d admin_opened=%d\n", touches,
        g_qmlWarnings, long(growthKb(samples)), idleResets, idleFailures, adminOpened);
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
        growthMb = double(f["rss_growth_kb"]) / 1024.0;
        std::fprintf(stderr, "soak: idle resets %ld, failed %ld\n", f["idle_resets"], f["idle_failures"]);
        left = 0;
    }
    std::printf("soak touches=%d crashes=%d qml_warnings=%d rss_growth_mb=%.1f admin_opened=%d\n", total, crashes, warnings,
        growthMb, adminOpened);
    return crashes == 0 && warnings == 0 && idleFailures == 0 && adminOpened == 0 ? 0 : 1;
}
