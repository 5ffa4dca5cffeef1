// The attract loop on Qt Multimedia's GStreamer backend: video frames really reach the sink
// (headless screenshots of video are black, so frames are counted), the loop passes its end
// at least twice, and a missing and a corrupt file are skipped, logged once, and the loop goes
// on. With nothing playable it shows the text card.
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

#include "attractloop.h"
#include "clock.h"
#include "contentpackage.h"
#include "contentstore.h"
#include "services.h"
#include "testsupport.h"

using namespace tongban;

namespace {
// The seed package with its demo media and a media.csv of our own.
bool makePackage(const QString &dir, const QByteArray &mediaCsv, const QByteArray &corruptVideo = {})
{
    if (!testsupport::copyPackage(testsupport::seedPackage(), dir))
        return false;
    QDir().mkpath(dir + QStringLiteral("/media"));
    const QString seedMedia = testsupport::seedPackage() + QStringLiteral("/media");
    for (const QString &name : QDir(seedMedia).entryList(QDir::Files))
        if (!QFile::copy(seedMedia + u'/' + name, dir + QStringLiteral("/media/") + name))
            return false;
    if (!corruptVideo.isEmpty() && !testsupport::writeFile(dir + QStringLiteral("/media/corrupt.ogv"), corruptVideo))
        return false;
    // A file of its own for the entry whose file goes missing after the import.
    if (!QFile::copy(seedMedia + QStringLiteral("/demo-circle.ogv"), dir + QStringLiteral("/media/demo-missing.ogv")))
        return false;
    return testsupport::writeFile(dir + QStringLiteral("/media.csv"), mediaCsv);
}

} // namespace

class TestAttractLoop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        Clock::setOverride(QDateTime(QDate(2026, 12, 2), QTime(9, 30))); // a Wednesday morning
    }
    void cleanupTestCase() { Clock::setOverride({}); }

    void playsSkipsAndLoops()
    {
        const QString pkg = m_dir.filePath(QStringLiteral("pkg"));
        // An Ogg file whose header passes the import check but whose stream is garbage.
        QByteArray corrupt = "OggS" + QByteArray(24, '\0') + "\x80theora" + QByteArray(4000, '\x5a');
        QVERIFY(makePackage(pkg,
            "id,file,caption,duration_s,sort,days,time_from,time_until,source\n"
            "guide,media/demo-guide.ogv,查询办事指南,,1,,,,demo-media\n"
            "corrupt,media/corrupt.ogv,损坏的视频,,2,,,,demo-media\n"
            "morning,media/demo-morning.png,上午好,1,3,工作日,8:00,12:00,demo-media\n"
            "evening,media/demo-spring.png,晚上,1,4,,18:00,22:00,demo-media\n"
            "missing,media/demo-missing.ogv,丢失的视频,,5,,,,demo-media\n"
            "circle,media/demo-circle.ogv,圈内通办,,6,,,,demo-media\n",
            corrupt));
        Services services(Paths{m_dir.filePath(QStringLiteral("data"))});
        QVERIFY(services.start());
        // "missing": its file is gone from the content's media folder after the import.
        QList<Diagnostic> diagnostics;
        QVERIFY(testsupport::install(services, pkg, &diagnostics));
        const QString missing = services.content()->mediaPath(QStringLiteral("missing"));
        QVERIFY(!missing.isEmpty() && QFile::remove(missing));
        AttractLoop loop(services.content(), &services.state());
        QVideoSink sink;
        int sinkFrames = 0;
        connect(&sink, &QVideoSink::videoFrameChanged, this, [&](const QVideoFrame &f) {
            if (f.isValid())
                ++sinkFrames;
        });
        loop.setVideoOutput(&sink);
        loop.setImageMs(300);
        loop.setStallMs(4000);
        QSignalSpy skipped(&loop, &AttractLoop::entrySkipped);
        QStringList shown;
        connect(&loop, &AttractLoop::changed, this, [&] {
            if (!loop.currentId().isEmpty() && (shown.isEmpty() || shown.last() != loop.currentId()))
                shown.append(loop.currentId());
        });
        loop.setRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(loop.loops() >= 2, 90000);
        loop.setRunning(false);

        // Frames really arrived: two passes over a 4 s and a 6 s clip at 15 frames a second.
        QVERIFY2(sinkFrames >= 2 * (60 + 90) * 8 / 10, qPrintable(QString::number(sinkFrames)));
        QCOMPARE(loop.videoFrames(), qint64(sinkFrames));
        // The schedule: the morning image plays, the evening one does not.
        QVERIFY2(shown.contains(QStringLiteral("morning")), qPrintable(shown.join(u',')));
        QVERIFY(!shown.contains(QStringLiteral("evening")));
        QVERIFY(shown.contains(QStringLiteral("guide")) && shown.contains(QStringLiteral("circle")));
        // Skipped once each, logged once each; the loop went on.
        QStringList skippedIds;
        for (const QList<QVariant> &args : skipped)
            skippedIds.append(args.first().toString());
        skippedIds.sort();
        QCOMPARE(skippedIds, (QStringList{"corrupt", "missing"}));
        int logged = 0;
        for (const LocalState::Event &e : services.state().recentEvents(50))
            if (e.kind == QLatin1String("media"))
                ++logged;
        QCOMPARE(logged, 2);
        QCOMPARE(loop.stalls(), 0);
    }

    void nothingPlayableShowsTheCard()
    {
        const QString pkg = m_dir.filePath(QStringLiteral("pkg2"));
        QVERIFY(makePackage(pkg,
            "id,file,caption,sort,time_from,time_until,source\n"
            "evening,media/demo-spring.png,晚上,1,18:00,22:00,demo-media\n"
            "corrupt,media/corrupt.ogv,损坏的视频,2,,,demo-media\n",
            "OggS" + QByteArray(24, '\0') + "\x80theora" + QByteArray(4000, '\x33')));
        Services services(Paths{m_dir.filePath(QStringLiteral("data2"))});
        QVERIFY(services.start());
        QVERIFY(testsupport::install(services, pkg));
        AttractLoop loop(services.content(), &services.state());
        QSignalSpy skipped(&loop, &AttractLoop::entrySkipped);
        loop.setRunning(true);
        QTRY_COMPARE_WITH_TIMEOUT(skipped.count(), 1, 30000);
        QTRY_VERIFY(loop.kind().isEmpty());
        QVERIFY(loop.imageSource().isEmpty());
    }
};

QTEST_MAIN(TestAttractLoop)
#include "tst_attractloop.moc"
