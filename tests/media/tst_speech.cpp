// 读给我听 and 读屏 with sound: PCM of plausible length (checked with soxi), played through a
// private PulseAudio null sink with the position advancing, stopped by a second press and by
// a page change; and without a sound server (TONGBAN_NO_SOUND_SERVER=1, a second ctest): the
// button says so and the event is logged.
#include <QSignalSpy>
#include <QTest>

#include "kioskharness.h"
#include "localstate.h"
#include "readoutplayer.h"
#include "readouttext.h"
#include "soundserver.h"
#include "speechsynth.h"
#include "touchdriver.h"
#include "uisounds.h"
#include "voice.h"

using namespace tongban;

class TestSpeech : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SoundServer m_server;
    bool m_noServer = qEnvironmentVariableIntValue("TONGBAN_NO_SOUND_SERVER") == 1;

    // Seconds of audio in a WAV file, as soxi reads it.
    static double soxiSeconds(const QString &wav)
    {
        QByteArray out;
        if (testsupport::run(QStringLiteral("soxi"), {QStringLiteral("-D"), wav}, &out) != 0)
            return -1;
        return out.trimmed().toDouble();
    }

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        if (m_noServer)
            qputenv("PULSE_SERVER", QFile::encodeName(m_dir.filePath(QStringLiteral("no-server"))).prepend("unix:"));
        else
            QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("pulse"))), "the private pulseaudio did not start");
    }

    void pcmOfPlausibleLength()
    {
        SpeechSynth *synth = SpeechSynth::shared();
        QVERIFY2(synth->available(), qPrintable(synth->errorString()));
        const QString shortText = QStringLiteral("婚姻登记");
        const QString longText = QStringLiteral("婚姻登记。可以在长春、吉林、四平、辽源通办。需要带：居民身份证；户口簿。");
        const QString shortWav = m_dir.filePath(QStringLiteral("short.wav"));
        const QString longWav = m_dir.filePath(QStringLiteral("long.wav"));
        QVERIFY(writeWav(shortWav, synth->synthesize(shortText)));
        QVERIFY(writeWav(longWav, synth->synthesize(longText)));
        const double s = soxiSeconds(shortWav), l = soxiSeconds(longWav);
        // Mandarin at this rate: roughly 0.15-0.6 s a character (pauses at the marks).
        QVERIFY2(s > 0.15 * shortText.size() && s < 0.6 * shortText.size() + 0.5, qPrintable(QString::number(s)));
        QVERIFY2(l > 0.15 * 30 && l < 0.6 * longText.size() + 1, qPrintable(QString::number(l)));
        QVERIFY(l > 3 * s);
    }

    void playsThroughTheNullSink()
    {
        if (m_noServer)
            QSKIP("no sound server in this run");
        LocalState state;
        ReadoutPlayer player(&state);
        QVERIFY(player.audioAvailable());
        QSignalSpy first(&player, &ReadoutPlayer::firstAudio);
        QSignalSpy finished(&player, &ReadoutPlayer::finished);
        QVERIFY(player.speak(QStringLiteral("2026年1月起，9:00-17:00 在窗口办理。")));
        QVERIFY(player.speaking());
        QTRY_COMPARE(first.count(), 1);
        QVERIFY(player.firstAudioMs() >= 0);
        // The output really plays it: its position advances.
        QTRY_VERIFY_WITH_TIMEOUT(player.playedMs() > 300, 10000);
        const qint64 at = player.playedMs();
        QTRY_VERIFY_WITH_TIMEOUT(player.playedMs() > at + 200, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!player.speaking());
        // All of the speech went out: about as much PCM as the synthesiser makes for the same
        // text (espeak-ng's pauses vary by a few milliseconds between runs).
        const qint64 whole = SpeechSynth::shared()
                                 ->synthesize(readout::speakable(QStringLiteral("2026年1月起，9:00-17:00 在窗口办理。")))
                                 .size();
        QVERIFY2(qAbs(player.bytesWritten() - whole) < whole / 50,
            qPrintable(QStringLiteral("%1 vs %2").arg(player.bytesWritten()).arg(whole)));
    }

    void stopsOnSecondPressAndPageChange()
    {
        if (m_noServer)
            QSKIP("no sound server in this run");
        KioskHarness kiosk;
        Voice *voice = kiosk.singletons->voice();
        QVERIFY(kiosk.start());
        QVERIFY(kiosk.tap("department-dept-a", "department"));
        QVERIFY(kiosk.tap("item-item-1", "item-guide"));
        QQuickItem *button = kiosk.find("readAloudButton");
        QVERIFY(button);
        QCOMPARE(button->property("text").toString(), QStringLiteral("读给我听"));
        QVERIFY(kiosk.tap("readAloudButton", "item-guide"));
        QTRY_VERIFY(voice->speaking());
        QCOMPARE(voice->reading(), QStringLiteral("item:item-1"));
        QCOMPARE(button->property("text").toString(), QStringLiteral("停止朗读"));
        QVERIFY(kiosk.visit()->held()); // the idle timer waits for the readout
        // A second press stops it.
        QVERIFY(kiosk.tap("readAloudButton", "item-guide"));
        QTRY_VERIFY(!voice->speaking());
        QVERIFY(!kiosk.visit()->held());
        // So does leaving the screen.
        QVERIFY(kiosk.tap("readAloudButton", "item-guide"));
        QTRY_VERIFY(voice->speaking());
        QVERIFY(kiosk.tap("backButton", "department"));
        QTRY_VERIFY(!voice->speaking());
    }

    void screenReaderMode()
    {
        if (m_noServer)
            QSKIP("no sound server in this run");
        KioskHarness kiosk;
        Voice *voice = kiosk.singletons->voice();
        QStringList heard;
        QObject::connect(voice, &Voice::changed, voice, [&] {
            if (!voice->reading().isEmpty() && (heard.isEmpty() || heard.last() != voice->reading()))
                heard.append(voice->reading());
        });
        QVERIFY(kiosk.start());
        // Off: opening a screen says nothing.
        QVERIFY(kiosk.tap("department-dept-a", "department"));
        QVERIFY(!voice->speaking());
        QVERIFY(kiosk.tap("screenReaderButton", "department"));
        QVERIFY(voice->screenReader());
        QVERIFY(kiosk.tap("item-item-1", "item-guide"));
        QTRY_COMPARE(voice->reading(), QStringLiteral("screen"));
        QVERIFY(voice->speaking());
        // A long press reads the button's label, then the button acts.
        heard.clear();
        tongban::Tour::settle(kiosk.window);
        TouchDriver touch(kiosk.window);
        QVERIFY(touch.tap(kiosk.find("backButton"), 1300));
        QTRY_COMPARE(kiosk.screen(), QStringLiteral("department"));
        QVERIFY2(heard.contains(QStringLiteral("label")), qPrintable(heard.join(u',')));
        QCOMPARE(heard.last(), QStringLiteral("screen"));
        // The visit's end switches it off.
        kiosk.visit()->end();
        QTRY_VERIFY(!voice->screenReader());
    }

    // Touch sounds: off in quiet hours (over midnight too), when switched off, at volume 0.
    void touchSoundSettings()
    {
        QTime from, until;
        QVERIFY(UiSounds::parseQuietHours(QStringLiteral("22:00-07:00"), &from, &until));
        QCOMPARE(from, QTime(22, 0));
        QCOMPARE(until, QTime(7, 0));
        QVERIFY(!UiSounds::parseQuietHours(QStringLiteral("晚上"), &from, &until));
        UiSounds sounds;
        sounds.configure(true, 70, QStringLiteral("22:00-07:00"));
        QVERIFY(sounds.audibleAt(QTime(9, 0)));
        QVERIFY(sounds.audibleAt(QTime(21, 59)));
        QVERIFY(!sounds.audibleAt(QTime(22, 0)));
        QVERIFY(!sounds.audibleAt(QTime(3, 0)));
        QVERIFY(sounds.audibleAt(QTime(7, 0)));
        sounds.configure(true, 70, QStringLiteral("12:00-13:30"));
        QVERIFY(!sounds.audibleAt(QTime(12, 30)));
        QVERIFY(sounds.audibleAt(QTime(13, 30)));
        sounds.configure(false, 70, QString());
        QVERIFY(!sounds.audibleAt(QTime(9, 0)));
        sounds.configure(true, 0, QString());
        QVERIFY(!sounds.audibleAt(QTime(9, 0)));
    }

    void withoutASoundDevice()
    {
        LocalState state;
        QVERIFY(state.open(m_dir.filePath(QStringLiteral("state.sqlite"))));
        ReadoutPlayer player(&state);
        if (!m_noServer) { // with the private sound server (the rest runs as tst_speech_noserver)
            QVERIFY(player.audioAvailable());
            return;
        }
        QVERIFY(!player.audioAvailable());
        QSignalSpy finished(&player, &ReadoutPlayer::finished);
        QVERIFY(!player.speak(QStringLiteral("婚姻登记")));
        QCOMPARE(player.state(), ReadoutPlayer::State::NoDevice);
        QCOMPARE(finished.count(), 1);
        bool logged = false;
        for (const LocalState::Event &e : state.recentEvents())
            logged = logged || (e.kind == QLatin1String("audio") && e.message.contains(QStringLiteral("没有声音设备")));
        QVERIFY(logged);

        // On screen: the button says so instead of failing silently.
        KioskHarness kiosk;
        QVERIFY(kiosk.start());
        QVERIFY(kiosk.tap("department-dept-a", "department"));
        QVERIFY(kiosk.tap("item-item-1", "item-guide"));
        QQuickItem *button = kiosk.find("readAloudButton");
        QVERIFY(button);
        QCOMPARE(button->property("text").toString(), QStringLiteral("本机没有声音设备"));
        QVERIFY(kiosk.tap("readAloudButton", "item-guide"));
        QVERIFY(!kiosk.singletons->voice()->speaking());
    }
};

QTEST_MAIN(TestSpeech)
#include "tst_speech.moc"
