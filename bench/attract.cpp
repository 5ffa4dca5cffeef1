// bench_attract: the attract loop for a fixed number of passes (default 100, or argv[1]) on
// the GStreamer backend, with the process's resident memory sampled after every pass. Two
// 1-second clips (made here with gst-launch-1.0) and a still: every pass switches sources
// and shows an image, as the kiosk does all day. The loop draws into a QVideoSink (no window).
// Memory is sampled once a pass, when the still shows (no video decoding then): the resident
// set and glibc's live heap. A single sample still swings by a few MB with whether the last
// video's buffers are freed yet, so growth is the median of 10 passes' samples `loops` passes
// after the median of the first 10 after a 10-pass warm-up (every source decoded ten times);
// every tenth sample is printed, and the range of all of them after the warm-up.
// A pass that does not end within a minute (Qt 6.4's player can deadlock in setSource) ends
// the bench, saying where it stopped.
// Last line: attract loops=<n> rss_growth_mb=<x> frames=<n>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <malloc.h>
#include <thread>

#include "attractloop.h"
#include "catalogue.h"
#include "contentpackage.h"
#include "services.h"
#include "testsupport.h"

using namespace tongban;

namespace {
double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// glibc's arenas (one per set of threads that allocated at once), from malloc_info().
int arenas()
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

bool gst(const QStringList &pipeline)
{
    return QProcess::execute(QStringLiteral("gst-launch-1.0"), QStringList{QStringLiteral("-q")} + pipeline) == 0;
}

bool clip(const QString &path, const QString &pattern)
{
    return gst(QStringLiteral("videotestsrc pattern=%1 num-buffers=15 ! video/x-raw,width=480,height=270,framerate=15/1 "
                              "! videoconvert ! theoraenc ! oggmux ! filesink location=%2")
                   .arg(pattern, path)
                   .split(u' '));
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int loops = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100;
    constexpr int warmup = 10;
    QTemporaryDir dir;
    const QString pkg = dir.filePath(QStringLiteral("pkg"));
    const QString seed = qEnvironmentVariable("TONGBAN_SOURCE_DIR", QStringLiteral(TONGBAN_SOURCE_DIR)) + "/db/seed";
    QDir().mkpath(pkg + "/media");
    for (const QString &name : QDir(seed).entryList(QDir::Files))
        QFile::copy(seed + u'/' + name, pkg + u'/' + name);
    QFile::copy(seed + "/media/demo-morning.png", pkg + "/media/still.png");
    if (!clip(pkg + "/media/a.ogv", QStringLiteral("ball")) || !clip(pkg + "/media/b.ogv", QStringLiteral("smpte"))) {
        std::fprintf(stderr, "attract: gst-launch-1.0 could not make the clips (gstreamer1.0-tools, -plugins-base)\n");
        return 1;
    }
    QFile csv(pkg + "/media.csv");
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    csv.write("id,file,caption,duration_s,sort,source\n"
              "a,media/a.ogv,甲,,1,demo-media\n"
              "still,media/still.png,乙,1,2,demo-media\n"
              "b,media/b.ogv,丙,,3,demo-media\n");
    csv.close();

    Services services(Paths{dir.filePath(QStringLiteral("data"))});
    if (!services.start())
        return 1;
    QList<Diagnostic> diagnostics;
    if (!testsupport::install(services, pkg, &diagnostics)) {
        for (const Diagnostic &d : diagnostics)
            std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
        return 1;
    }
    AttractLoop loop(services.content(), &services.state());
    QVideoSink sink;
    loop.setVideoOutput(&sink);
    loop.setImageMs(200);

    // Pass n (1-based) is the one under way while its still shows.
    constexpr int window = 10;
    const int first = warmup + 1, last = warmup + loops + window;
    QList<double> samples; // RSS at the still of passes first..last
    const auto median = [&](qsizetype from) {
        QList<double> part = samples.mid(from, window);
        std::sort(part.begin(), part.end());
        return (part.at(window / 2 - 1) + part.at(window / 2)) / 2;
    };
    QObject::connect(&loop, &AttractLoop::changed, &app, [&] {
        if (loop.kind() != QLatin1String("image"))
            return;
        const int pass = loop.loops() + 1;
        if (pass < first)
            return;
        const double rss = rssMb();
        const struct mallinfo2 heap = mallinfo2();
        samples.append(rss);
        if ((pass - first) % 10 == 0)
            std::printf("{\"pass\":%d,\"rss_mb\":%.2f,\"heap_in_use_mb\":%.2f,\"heap_free_mb\":%.2f,\"mmapped_mb\":%.2f,"
                        "\"arenas\":%d,\"frames\":%lld,\"skipped\":%d,\"stalls\":%d}\n",
                pass, rss, double(heap.uordblks) / 1048576.0, double(heap.fordblks) / 1048576.0, double(heap.hblkhd) / 1048576.0,
                arenas(), static_cast<long long>(loop.videoFrames()), loop.skipped(), loop.stalls());
        std::fflush(stdout);
        if (pass == last)
            app.quit();
    });
    // A watchdog off the UI thread: a pass stuck for a minute is reported, not waited on.
    std::atomic<int> passes{0};
    QObject::connect(&loop, &AttractLoop::loopCompleted, &app, [&](int n) {
        passes = n;
        if (loop.skipped() > 0)
            app.quit(); // the still or a clip failed: nothing to measure
    });
    std::atomic<bool> done{false};
    std::thread watchdog([&] {
        int seen = -1;
        for (int quiet = 0; !done; std::this_thread::sleep_for(std::chrono::seconds(1))) {
            quiet = passes == seen ? quiet + 1 : 0;
            seen = passes;
            if (quiet >= 60) {
                std::fprintf(stderr, "attract: stuck in pass %d for a minute (the player no longer answers)\n", seen + 1);
                std::fflush(stdout);
                std::_Exit(2);
            }
        }
    });
    loop.setRunning(true);
    app.exec();
    done = true;
    watchdog.join();
    loop.setRunning(false);
    if (samples.size() < loops + window) {
        std::fprintf(stderr, "attract: %d entries skipped, no measurement\n", loop.skipped());
        return 1;
    }
    const double base = median(0), end = median(loops);
    std::printf("{\"rss_min_mb\":%.2f,\"rss_max_mb\":%.2f,\"rss_median_first_mb\":%.2f,\"rss_median_last_mb\":%.2f}\n",
        *std::min_element(samples.begin(), samples.end()), *std::max_element(samples.begin(), samples.end()), base, end);
    std::printf(
        "attract loops=%d rss_growth_mb=%.2f frames=%lld\n", loops, end - base, static_cast<long long>(loop.videoFrames()));
    return loop.skipped() == 0 ? 0 : 1;
}
