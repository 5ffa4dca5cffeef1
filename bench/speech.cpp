// bench_speech: 读给我听 on every seed item — the time from the press (Voice::toggleItem: the
// item read from the content, the text written and rewritten, espeak-ng started on its thread)
// to the first PCM written to the audio output. Plays into a private PulseAudio null sink
// (started here, as the tests do). The voice is loaded first, as the guide page does when it
// opens. Last line: speech items=<n> first_audio_ms_median=<x> first_audio_ms_max=<y>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

#include "catalogue.h"
#include "contentstore.h"
#include "readoutplayer.h"
#include "services.h"
#include "soundserver.h"
#include "visit.h"
#include "voice.h"

using namespace tongban;

int main(int argc, char **argv)
{
    QTemporaryDir dir;
    SoundServer server; // before anything touches Qt Multimedia
    if (!server.start(dir.filePath(QStringLiteral("pulse")))) {
        std::fprintf(stderr, "speech: the private pulseaudio did not start (Debian pulseaudio)\n");
        return 1;
    }
    QGuiApplication app(argc, argv);
    Services services(Paths{dir.filePath(QStringLiteral("data"))});
    if (!services.start())
        return 1;
    Visit visit(services.settings().cityCode, 60);
    Voice voice(services.content(), &services.state(), &visit, 70, services.settings().cityCode);
    if (!voice.audioAvailable()) {
        std::fprintf(stderr, "speech: no audio output or no voice\n");
        return 1;
    }
    QStringList ids;
    QSqlQuery q(services.content()->db());
    q.exec(QStringLiteral("SELECT id FROM items ORDER BY id"));
    while (q.next())
        ids.append(q.value(0).toString());
    QList<double> times;
    QElapsedTimer press;
    double ms = -1;
    QObject::connect(voice.player(), &ReadoutPlayer::firstAudio, &app, [&] { ms = press.nsecsElapsed() / 1e6; });
    for (const QString &id : ids) {
        ms = -1;
        press.start();
        voice.toggleItem(id);
        if (!QTest::qWaitFor([&] { return ms >= 0; }, 5000)) {
            std::fprintf(stderr, "speech: no audio for %s\n", qPrintable(id));
            return 1;
        }
        times.append(ms);
        std::printf("{\"item\":\"%s\",\"first_audio_ms\":%.2f}\n", qPrintable(id), ms);
        voice.stop();
    }
    std::printf("speech items=%lld first_audio_ms_median=%.1f first_audio_ms_max=%.1f\n", static_cast<long long>(times.size()),
        bench::median(times), *std::max_element(times.cbegin(), times.cend()));
    return 0;
}
