#pragma once

#include <QAudioDevice>
#include <QByteArray>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QObject>
#include <QTimer>

#include <memory>

class QAudioSink;
class QIODevice;

namespace tongban {

class LocalState;
class SpeechSynth;

// 读给我听: speaks a text through the default audio output. The text's numbers are rewritten
// (readout::speakable), espeak-ng synthesises it on its thread, and each piece of PCM is
// written to a QAudioSink as it comes, so speech starts after the first ~50 ms are made.
// A second speak() or stop() ends what is playing. Without a sound device (Qt Multimedia 6.4
// plays through PulseAudio; no server, no outputs) the state is NoDevice and it is logged.
class ReadoutPlayer : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Speaking, NoDevice };
    Q_ENUM(State)

    explicit ReadoutPlayer(LocalState *log = nullptr, QObject *parent = nullptr);
    ~ReadoutPlayer() override;

    State state() const { return m_state; }
    bool speaking() const { return m_state == State::Speaking; }
    // A sound output exists (follows devices coming and going).
    bool audioAvailable();
    // The synthesiser loaded (espeak-ng and its Mandarin voice).
    bool voiceAvailable();

    // Speaks `text` (as written; numbers are rewritten here). False when it cannot: no sound
    // device or no voice.
    bool speak(const QString &text);
    void stop();
    void setVolume(int percent); // 0…100, perceived loudness

    // Of the text being (or last) spoken: PCM written to the output and played so far.
    qint64 bytesWritten() const { return m_written; }
    qint64 playedMs() const;
    // Milliseconds from speak() to the first PCM written to the output; -1 before it.
    double firstAudioMs() const { return m_firstAudioMs; }

signals:
    void stateChanged();
    void audioAvailableChanged();
    void firstAudio(double ms);
    void finished(bool completed);

private:
    void setState(State state);
    void onAudio(int job, const QByteArray &pcm);
    void onSynthFinished(int job, bool completed);
    void pump();
    void finish(bool completed);
    void checkDevices();
    SpeechSynth *synth();

    // Made on first use: a kiosk that never speaks loads neither espeak-ng nor the sound
    // server connection at start-up.
    SpeechSynth *m_synth = nullptr;
    LocalState *m_log;
    std::unique_ptr<QMediaDevices> m_devices;
    QAudioDevice m_device;
    QAudioSink *m_sink = nullptr;
    QIODevice *m_io = nullptr;
    QTimer m_pump;
    QElapsedTimer m_clock;
    QByteArray m_pending;
    qsizetype m_pendingAt = 0;
    State m_state = State::Idle;
    bool m_available = false;
    bool m_synthDone = false;
    int m_job = 0;
    int m_volume = 70;
    qint64 m_written = 0;
    double m_firstAudioMs = -1;
    QElapsedTimer m_noDeviceLogged;
};

} // namespace tongban
