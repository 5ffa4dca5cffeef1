// bench import: `tongban-content import` of a generated package with 10 000 items and 1 000
// notices (3 materials each, 20 departments), in-process, into a data folder that already has
// live content, so every run keeps a previous and swaps. Several runs; medians.
// Last line: import items=10000 notices=1000 median_ms=<validate+build+swap> validate_ms=<validate
// only, in memory> swap_ms=<link previous + rename + fsync folder>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

#include "catalogue.h"
#include "contentpackage.h"
#include "importer.h"
#include "services.h"

namespace {
// CPU time of this process: on a shared machine it shows what wall time alone hides.
double cpuMs()
{
    rusage u;
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int items = 10000, notices = 1000;
    const int runs = qMax(3, qEnvironmentVariableIntValue("BENCH_RUNS") ? qEnvironmentVariableIntValue("BENCH_RUNS") : 7);
    QTemporaryDir dir;
    const QString package = dir.filePath("package");
    if (!bench::writeCatalogue(package, items, notices)) {
        std::fprintf(stderr, "cannot write the package\n");
        return 1;
    }
    tongban::Services services(tongban::Paths{dir.filePath("data")});
    if (!services.start())
        return 1;

    QList<double> total, validate, swap;
    QMap<QString, QList<double>> steps;
    for (int i = 0; i < runs + 1; ++i) { // the first run only warms caches and creates live
        QElapsedTimer t;
        t.start();
        tongban::ContentPackage check(services.settings().urlPolicy());
        const bool valid = check.validate(package);
        const double validateMs = t.nsecsElapsed() / 1e6;

        tongban::Importer importer(services);
        t.restart();
        const double cpuBefore = cpuMs();
        const auto result = importer.importPackage(package);
        const double ms = t.nsecsElapsed() / 1e6;
        const double cpu = cpuMs() - cpuBefore;
        if (!valid || result != tongban::Importer::Result::Done) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(importer.message()));
            return 1;
        }
        double swapMs = 0;
        for (const auto &[name, stepMs] : importer.timings()) {
            if (name == QLatin1String("rename") || name == QLatin1String("syncdir"))
                swapMs += stepMs;
            if (i > 0)
                steps[name].append(stepMs);
        }
        std::printf(
            "run %d: import %.1f ms, %.1f ms CPU (validate alone %.1f ms, swap %.1f ms)\n", i, ms, cpu, validateMs, swapMs);
        if (i == 0)
            continue;
        total.append(ms);
        validate.append(validateMs);
        swap.append(swapMs);
    }
    for (const QString &name : tongban::Importer::steps())
        std::printf("  step %-8s median %.1f ms\n", qPrintable(name), bench::median(steps.value(name)));
    std::printf("import items=%d notices=%d median_ms=%.1f validate_ms=%.1f swap_ms=%.1f\n", items, notices, bench::median(total),
        bench::median(validate), bench::median(swap));
    return 0;
}
