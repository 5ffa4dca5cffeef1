#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace tongban {

class SpeechWorker;

// Mandarin speech from libespeak-ng as PCM (22 050 Hz, mono, signed 16-bit), synthesised on
// one worker thread: espeak-ng keeps its state in globals, so the process has one synthesiser
// (`shared()`), and every call into the library happens on its thread. It lives until the
// application object goes: espeak_Terminate() deadlocks in espeak-ng 1.51 after synchronous
// synthesis (it waits for its own idle threads), and the library cannot be set up twice. The voice is
// cmn-latn-pinyin: plain `cmn` reads many ordinary characters (年, 身份证) as English letters.
// Text is spoken as it is given: rewrite numbers first (readout::speakable).
class SpeechSynth : public QObject
{
    Q_OBJECT
public:
    static constexpr int SampleRate = 22050;
    static constexpr const char *Voice = "cmn-latn-pinyin";

    // The process's synthesiser, made on first use, gone with the QCoreApplication.
    static SpeechSynth *shared();
    ~SpeechSynth() override;

    // False when espeak-ng or its Mandarin voice could not be loaded (errorString() says why).
    bool available() const { return m_available; }
    QString errorString() const { return m_error; }

    // Queues `text`; returns the job's number. PCM arrives as audio(job, …) in pieces of about
    // 50 ms as it is made, then finished(job, completed) (completed false: cancelled).
    int speak(const QString &text);
    // Stops the job (and every earlier one) at its next piece.
    void cancel(int job);

    // Blocking, for tests and benches: the phonemes espeak-ng would speak (IPA; a
    // switch to another language shows as "(en)"), and the whole PCM of `text`.
    // `voice`: another espeak-ng voice for this call only (tests show what `cmn` does).
    QString phonemes(const QString &text, const char *voice = nullptr);
    QByteArray synthesize(const QString &text);

signals:
    void audio(int job, const QByteArray &pcm);
    void finished(int job, bool completed);

private:
    SpeechSynth();
    QThread m_thread;
    SpeechWorker *m_worker = nullptr;
    bool m_available = false;
    QString m_error;
    int m_nextJob = 0;
};

// A PCM buffer as a WAV file (for checking with sox/soxi).
bool writeWav(const QString &path, const QByteArray &pcm, int sampleRate = SpeechSynth::SampleRate);

} // namespace tongban
