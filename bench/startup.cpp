// bench startup: process start → first frame of Home (offscreen), with the seed content and
// with a generated 10 000-item content database; then the whole `tongban-kiosk --snapshot`
// (start → PNG written → exit) and, as the floor, a bare Qt Quick process built into this
// bench (`--floor OUT.png`: one line of CJK text in a window of the kiosk's size, grabbed and
// saved the same way). Medians of several runs; peak RSS from the kernel (wait4's ru_maxrss).
// The snapshot's breakdown comes from the kiosk's start-up marks (TONGBAN_STARTUP_TRACE).
// Last line: startup first_frame_ms=<seed> first_frame_10k_ms=<10k> rss_mb=<median>
//   snapshot_ms=<median> snapshot_peak_mb=<median> floor_ms=<median> floor_peak_mb=<median>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMap>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "catalogue.h"

extern char **environ;

namespace {
QString binDir()
{
    return qEnvironmentVariable("TONGBAN_BIN_DIR", QCoreApplication::applicationDirPath());
}

bool tool(const QStringList &args)
{
    QProcess p;
    p.start(binDir() + "/tongban-content", args);
    p.waitForFinished(120000);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s", p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

struct Run
{
    double wallMs = -1; // measured here: spawn → the kiosk's first-frame line
    double rssMb = 0;
};

Run startOnce(const QString &data)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(binDir() + "/tongban-kiosk", {"--data", data, "--first-frame"});
    Run run;
    while (p.waitForReadyRead(30000)) {
        const QByteArray line = p.readAllStandardOutput();
        if (line.contains("first_frame_ms=")) {
            run.wallMs = clock.nsecsElapsed() / 1e6;
            const auto rss = line.mid(line.indexOf("rss_kb=") + 7).trimmed();
            run.rssMb = rss.toDouble() / 1024.0;
            break;
        }
    }
    p.waitForFinished(30000);
    return run;
}

std::pair<double, double> measure(const char *label, const QString &data, int runs)
{
    startOnce(data); // warm the page cache
    QList<double> wall, rss;
    for (int i = 0; i < runs; ++i) {
        const Run r = startOnce(data);
        if (r.wallMs < 0) {
            std::fprintf(stderr, "startup: %s run %d did not reach a first frame\n", label, i);
            continue;
        }
        wall.append(r.wallMs);
        rss.append(r.rssMb);
        std::printf("{\"content\":\"%s\",\"run\":%d,\"first_frame_ms\":%.1f,\"rss_mb\":%.1f}\n", label, i, r.wallMs, r.rssMb);
    }
    return {bench::median(wall), bench::median(rss)};
}

qint64 nowNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000LL + t.tv_nsec;
}

// A whole process, from spawn to exit: wall time, peak RSS and its start-up marks (ms from spawn).
struct Whole
{
    double ms = -1;
    double peakMb = 0;
    QMap<QString, double> marks;
};

Whole runWhole(const QStringList &args, const QString &stderrFile)
{
    QList<QByteArray> argv8;
    for (const QString &a : args)
        argv8.append(a.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &a : argv8)
        argv.append(a.data());
    argv.append(nullptr);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 2, stderrFile.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    Whole w;
    const qint64 start = nowNs();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.first(), &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0)
        return w;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return w;
    w.ms = (nowNs() - start) / 1e6;
    w.peakMb = usage.ru_maxrss / 1024.0; // kB
    QFile log(stderrFile);
    if (log.open(QIODevice::ReadOnly))
        for (const QByteArray &line : log.readAll().split('\n'))
            if (line.startsWith("startup_mark ")) {
                const QList<QByteArray> f = line.split(' ');
                if (f.size() == 3)
                    w.marks.insert(QString::fromLatin1(f[1]), (f[2].toLongLong() - start) / 1e6);
            }
    return w;
}

std::pair<double, double> measureWhole(const char *label, const QStringList &args, const QString &stderrFile, int runs,
    QMap<QString, QList<double>> *marks = nullptr)
{
    runWhole(args, stderrFile); // warm the page cache
    QList<double> wall, peak;
    for (int i = 0; i < runs; ++i) {
        const Whole w = runWhole(args, stderrFile);
        if (w.ms < 0) {
            std::fprintf(stderr, "startup: %s run %d failed (see %s)\n", label, i, qPrintable(stderrFile));
            continue;
        }
        wall.append(w.ms);
        peak.append(w.peakMb);
        if (marks)
            for (auto it = w.marks.cbegin(); it != w.marks.cend(); ++it)
                (*marks)[it.key()].append(it.value());
        if (marks)
            (*marks)[QStringLiteral("exit")].append(w.ms);
        std::printf("{\"process\":\"%s\",\"run\":%d,\"ms\":%.1f,\"peak_mb\":%.1f}\n", label, i, w.ms, w.peakMb);
    }
    return {bench::median(wall), bench::median(peak)};
}

// The floor: what any Qt Quick process costs here to show one line of CJK text and save it.
int floorProcess(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\n"
                    "Window { width: 1080; height: 1920; visible: true; color: \"white\"\n"
                    "  Text { anchors.centerIn: parent; text: \"通办自助导办机\"; font.pixelSize: 48 } }\n");
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    const QString out = QString::fromLocal8Bit(argv[2]);
    // Saved as the kiosk saves its snapshot (Tour::PngQuality).
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [window, out] { QCoreApplication::exit(window->grabWindow().save(out, nullptr, 85) ? 0 : 1); }, Qt::QueuedConnection);
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--floor") == 0)
        return floorProcess(argc, argv);
    QCoreApplication app(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const int runs = qEnvironmentVariableIntValue("BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_RUNS") : 9;
    QTemporaryDir dir;
    const QString seedData = dir.filePath("seed"), bigData = dir.filePath("10k"), pkg = dir.filePath("pkg");
    if (!tool({"--db", seedData, "init"}) || !bench::writeCatalogue(pkg, 10000, 1000) || !tool({"--db", bigData, "import", pkg}))
        return 1;
    const auto [seedMs, seedRss] = measure("seed", seedData, runs);
    const auto [bigMs, bigRss] = measure("10k", bigData, runs);

    QMap<QString, QList<double>> marks;
    qputenv("TONGBAN_STARTUP_TRACE", "1");
    const auto [snapMs, snapPeak]
        = measureWhole("snapshot", {binDir() + "/tongban-kiosk", "--data", seedData, "--snapshot", dir.filePath("home.png")},
            dir.filePath("snapshot.log"), runs, &marks);
    qunsetenv("TONGBAN_STARTUP_TRACE");
    const auto [floorMs, floorPeak] = measureWhole("floor",
        {QCoreApplication::applicationFilePath(), "--floor", dir.filePath("floor.png")}, dir.filePath("floor.log"), runs);

    // Where the snapshot's time goes: the median time of each mark from spawn, and the step to it.
    const QList<std::pair<const char *, const char *>> steps
        = {{"main", "process and libraries"}, {"app", "QGuiApplication"}, {"stores", "settings, stores opened and checked"},
            {"singletons", "services for QML (voice, printer, …)"}, {"qml", "QML engine and Main.qml"},
            {"first_frame", "first frame"}, {"grab", "grab"}, {"png", "PNG encode"}, {"exit", "exit"}};
    double previous = 0;
    for (const auto &[mark, what] : steps) {
        const double at = bench::median(marks.value(QString::fromLatin1(mark)));
        std::printf("snapshot %-12s at %7.1f ms  +%6.1f ms  %s\n", mark, at, at - previous, what);
        previous = at;
    }
    std::printf("startup first_frame_ms=%.1f first_frame_10k_ms=%.1f rss_mb=%.1f snapshot_ms=%.1f snapshot_peak_mb=%.1f "
                "floor_ms=%.1f floor_peak_mb=%.1f\n",
        seedMs, bigMs, bench::median({seedRss, bigRss}), snapMs, snapPeak, floorMs, floorPeak);
    return 0;
}
