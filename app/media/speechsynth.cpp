#include "speechsynth.h"

#include <QCoreApplication>
#include <QDebug>
#include <QFile>
#include <QMutex>
#include <QStringList>
#include <QtEndian>

#include <espeak-ng/speak_lib.h>

namespace tongban {

// Lives on the synthesiser's thread; only it calls espeak-ng.
class SpeechWorker : public QObject
{
    Q_OBJECT
public:
    std::atomic<int> cancelledUpTo{0};
    int job = 0; // the job being synthesised (read by the callback, same thread)
    QByteArray *collect = nullptr; // synthesize(): gather instead of emitting

    static SpeechWorker *current;

    QString init()
    {
        // Synchronous output: espeak-ng hands every ~50 ms of PCM to the callback instead of
        // playing it itself.
        if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 50, nullptr, 0) != SpeechSynth::SampleRate)
            return QStringLiteral("espeak-ng 无法初始化（缺少 espeak-ng-data？）");
        if (espeak_SetVoiceByName(SpeechSynth::Voice) != EE_OK)
            return QStringLiteral("espeak-ng 没有普通话语音 %1").arg(QLatin1String(SpeechSynth::Voice));
        espeak_SetParameter(espeakRATE, 150, 0); // a little slower than the default 175 words/min
        espeak_SetSynthCallback(&SpeechWorker::callback);
        current = this;
        return {};
    }

    void run(int id, const QString &text)
    {
        if (cancelledUpTo.load() >= id) {
            emit finished(id, false);
            return;
        }
        job = id;
        const QByteArray utf8 = text.toUtf8();
        const espeak_ERROR e
            = espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
        job = 0;
        emit finished(id, e == EE_OK && cancelledUpTo.load() < id);
    }

    QString phonemes(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        const void *at = utf8.constData();
        QStringList clauses;
        // One clause per call; phoneme mode 0x02: IPA, as `espeak-ng --ipa` prints it.
        while (at) {
            const char *p = espeak_TextToPhonemes(&at, espeakCHARS_UTF8, 0x02);
            if (p)
                clauses.append(QString::fromUtf8(p));
        }
        return clauses.join(u' ');
    }

signals:
    void audio(int job, const QByteArray &pcm);
    void finished(int job, bool completed);

private:
    static int callback(short *wav, int samples, espeak_EVENT *)
    {
        SpeechWorker *w = current;
        if (!w)
            return 1;
        if (w->cancelledUpTo.load() >= w->job)
            return 1; // stop synthesising
        if (wav && samples > 0) {
            const QByteArray pcm(reinterpret_cast<const char *>(wav), qsizetype(samples) * 2);
            if (w->collect)
                w->collect->append(pcm);
            else
                emit w->audio(w->job, pcm);
        }
        return 0;
    }
};

SpeechWorker *SpeechWorker::current = nullptr;

SpeechSynth *SpeechSynth::shared()
{
    static QMutex mutex;
    static SpeechSynth *instance = nullptr;
    QMutexLocker lock(&mutex);
    if (!instance) {
        instance = new SpeechSynth;
        qAddPostRoutine([] {
            delete instance;
            instance = nullptr;
        });
    }
    return instance;
}

SpeechSynth::SpeechSynth()
{
    m_thread.setObjectName(QStringLiteral("espeak-ng"));
    m_worker = new SpeechWorker;
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SpeechWorker::audio, this, &SpeechSynth::audio);
    connect(m_worker, &SpeechWorker::finished, this, &SpeechSynth::finished);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_error = m_worker->init(); }, Qt::BlockingQueuedConnection);
    m_available = m_error.isEmpty();
    if (!m_available)
        qWarning().noquote() << m_error;
}

SpeechSynth::~SpeechSynth()
{
    m_worker->cancelledUpTo.store(m_nextJob);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

int SpeechSynth::speak(const QString &text)
{
    const int id = ++m_nextJob;
    if (!m_available) {
        QMetaObject::invokeMethod(
            this, [this, id] { emit finished(id, false); }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(
        m_worker, [this, id, text] { m_worker->run(id, text); }, Qt::QueuedConnection);
    return id;
}

void SpeechSynth::cancel(int job)
{
    int seen = m_worker->cancelledUpTo.load();
    while (seen < job && !m_worker->cancelledUpTo.compare_exchange_weak(seen, job)) { }
}

QString SpeechSynth::phonemes(const QString &text, const char *voice)
{
    QString out;
    if (m_available)
        QMetaObject::invokeMethod(
            m_worker,
            [&] {
                if (voice)
                    espeak_SetVoiceByName(voice);
                out = m_worker->phonemes(text);
                if (voice)
                    espeak_SetVoiceByName(Voice);
            },
            Qt::BlockingQueuedConnection);
    return out;
}

QByteArray SpeechSynth::synthesize(const QString &text)
{
    QByteArray pcm;
    if (!m_available)
        return pcm;
    const int id = ++m_nextJob;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            m_worker->collect = &pcm;
            m_worker->run(id, text);
            m_worker->collect = nullptr;
        },
        Qt::BlockingQueuedConnection);
    return pcm;
}

bool writeWav(const QString &path, const QByteArray &pcm, int sampleRate)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    auto u32 = [](quint32 v) { return QByteArray(reinterpret_cast<const char *>(&(v = qToLittleEndian(v))), 4); };
    auto u16 = [](quint16 v) { return QByteArray(reinterpret_cast<const char *>(&(v = qToLittleEndian(v))), 2); };
    QByteArray header = "RIFF" + u32(quint32(36 + pcm.size())) + "WAVEfmt " + u32(16) + u16(1) + u16(1) + u32(quint32(sampleRate))
        + u32(quint32(sampleRate * 2)) + u16(2) + u16(16) + "data" + u32(quint32(pcm.size()));
    return f.write(header) == header.size() && f.write(pcm) == pcm.size();
}

} // namespace tongban

#include "speechsynth.moc"
