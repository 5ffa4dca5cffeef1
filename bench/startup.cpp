// bench startup: process start → first frame of Home (offscreen), with the seed content and
// with a generated 10 000-item content database; median of several runs and peak RSS.
// Last line: startup first_frame_ms=<median, seed> first_frame_10k_ms=<median, 10k> rss_mb=<median>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

#include "catalogue.h"

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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIntValue("BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_RUNS") : 9;
    QTemporaryDir dir;
    const QString seedData = dir.filePath("seed"), bigData = dir.filePath("10k"), pkg = dir.filePath("pkg");
    if (!tool({"--db", seedData, "init"}) || !bench::writeCatalogue(pkg, 10000, 1000) || !tool({"--db", bigData, "import", pkg}))
        return 1;
    const auto [seedMs, seedRss] = measure("seed", seedData, runs);
    const auto [bigMs, bigRss] = measure("10k", bigData, runs);
    std::printf(
        "startup first_frame_ms=%.1f first_frame_10k_ms=%.1f rss_mb=%.1f\n", seedMs, bigMs, bench::median({seedRss, bigRss}));
    return 0;
}
