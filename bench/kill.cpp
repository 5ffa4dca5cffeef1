// bench kill: `tongban-content import` of a generated package with 10 000 items and 1 000
// notices, killed with SIGKILL at a random moment, N times (default 1 000); after each kill the
// content is reopened as a starting kiosk would. Each point is one of: the old content, the new
// content (both complete) — or a failure: corrupt (integrity_check fails), mixed (neither the old
// nor the new content, table by table), lost (no live content: the kiosk would fall back).
// Last line: kill points=<n> corrupt=<c> mixed=<m> lost=<l>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include "catalogue.h"
#include "contentstore.h"
#include "contenttest.h"
#include "database.h"
#include "services.h"

#include <cstdio>

namespace {
enum class Point { Old, New, Corrupt, Mixed, Lost };

Point reopen(const QString &data, const QByteArray &oldPrint, const QByteArray &newPrint)
{
    {
        tongban::ContentStore store(data + "/content", nullptr);
        store.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        if (!store.open() || store.origin() != tongban::ContentStore::Origin::Live)
            return Point::Lost;
        tongban::Database check("kill-check");
        QString why;
        if (check.open(store.livePath(), "content", tongban::Database::Mode::ReadOnly) != tongban::Database::Status::Ok
            || !check.integrityCheck(&why))
            return Point::Corrupt;
    }
    const QByteArray print = contenttest::fingerprint(contenttest::livePath(data));
    return print == oldPrint ? Point::Old : print == newPrint ? Point::New : Point::Mixed;
}

bool reset(const QString &pristine, const QString &data)
{
    QDir(data).removeRecursively();
    return contenttest::copyTree(pristine, data);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    testsupport::hermetic();
    const int points = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    const QString pristine = dir.filePath("pristine"), package = dir.filePath("new"), data = dir.filePath("data");
    if (contenttest::run({"--db", pristine, "import", testsupport::seedPackage()}).code != 0) {
        std::fprintf(stderr, "cannot import the seed package (TONGBAN_SOURCE_DIR, TONGBAN_BIN_DIR?)\n");
        return 1;
    }
    const QByteArray oldPrint = contenttest::fingerprint(contenttest::livePath(pristine));
    bench::writeCatalogue(package, 10000, 1000, "kill-new");
    if (contenttest::run({"--db", dir.filePath("ref"), "build", package, dir.filePath("new.sqlite")}).code != 0) {
        std::fprintf(stderr, "cannot build the generated package\n");
        return 1;
    }
    const QByteArray newPrint = contenttest::fingerprint(dir.filePath("new.sqlite"));

    // One whole import, so the kills spread over all of it (and a little after).
    reset(pristine, data);
    QElapsedTimer timer;
    timer.start();
    if (contenttest::run({"--db", data, "import", package}).code != 0) {
        std::fprintf(stderr, "the import itself fails\n");
        return 1;
    }
    const qint64 full = timer.elapsed();
    const quint32 seed = QRandomGenerator::global()->generate();
    std::fprintf(stderr, "one import: %lld ms; seed %u\n", full, seed);
    QRandomGenerator random(seed);

    int counts[5] = {};
    for (int i = 0; i < points; ++i) {
        if (!reset(pristine, data))
            return 1;
        const int delay = int(random.bounded(qint64(full * 11 / 10) + 1));
        QProcess import;
        import.start(contenttest::tool(), {"--db", data, "import", package});
        import.waitForStarted();
        QThread::msleep(delay);
        import.kill();
        import.waitForFinished(60000);
        const Point p = reopen(data, oldPrint, newPrint);
        ++counts[int(p)];
        if (p != Point::Old && p != Point::New)
            std::fprintf(stderr, "point %d (killed after %d ms): %s\n", i, delay,
                p == Point::Corrupt     ? "corrupt"
                    : p == Point::Mixed ? "mixed"
                                        : "lost");
        if ((i + 1) % 100 == 0)
            std::fprintf(stderr, "%d points: old %d, new %d\n", i + 1, counts[0], counts[1]);
    }
    std::printf("old=%d new=%d import_ms=%lld\n", counts[int(Point::Old)], counts[int(Point::New)], full);
    std::printf("kill points=%d corrupt=%d mixed=%d lost=%d\n", points, counts[int(Point::Corrupt)], counts[int(Point::Mixed)],
        counts[int(Point::Lost)]);
    return counts[2] + counts[3] + counts[4] == 0 ? 0 : 1;
}
