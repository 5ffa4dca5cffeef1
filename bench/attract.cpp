// bench_attract: the attract loop for a fixed number of passes (default 100, or argv[1]) on
// the GStreamer backend, with the process's resident memory sampled after every pass. Two
// 1-second clips (made here with gst-launch-1.0) and a still: every pass switches sources
// and shows an image, as the kiosk does all day. The loop draws into a QVideoSink (no window).
// Growth is measured from the end of a 10-pass warm-up to the last pass.
// Last line: attract loops=<n> rss_growth_mb=<x> frames=<n>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

#include <cstdio>

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
    double base = 0;
    QObject::connect(&loop, &AttractLoop::loopCompleted, &app, [&](int n) {
        const double rss = rssMb();
        if (n == warmup)
            base = rss;
        if (n % 10 == 0)
            std::printf("{\"loop\":%d,\"rss_mb\":%.2f,\"frames\":%lld,\"skipped\":%d,\"stalls\":%d}\n", n, rss,
                static_cast<long long>(loop.videoFrames()), loop.skipped(), loop.stalls());
        std::fflush(stdout);
        if (n == warmup + loops)
            app.quit();
    });
    loop.setRunning(true);
    app.exec();
    loop.setRunning(false);
    std::printf(
        "attract loops=%d rss_growth_mb=%.2f frames=%lld\n", loops, rssMb() - base, static_cast<long long>(loop.videoFrames()));
    return loop.skipped() == 0 ? 0 : 1;
}
