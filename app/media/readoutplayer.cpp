#include "readoutplayer.h"

#include "localstate.h"
#include "mediabackend.h"
#include "readouttext.h"
#include "speechsynth.h"

#include <QAudio>
#include <QAudioFormat>
#include <QAudioSink>

namespace tongban {

namespace {
QAudioFormat pcmFormat()
{
    QAudioFormat f;
    f.setSampleRate(SpeechSynth::SampleRate);
    f.setChannelCount(1);
    f.setSampleFormat(QAudioFormat::Int16);
    return f;
}
constexpr qint64 bytesPerMs = SpeechSynth::SampleRate * 2 / 1000;
} // namespace

ReadoutPlayer::ReadoutPlayer(LocalState *log, QObject *parent) : QObject(parent), m_log(log)
{
    pinMediaBackend();
    m_pump.setInterval(10);
    connect(&m_pump, &QTimer::timeout, this, &ReadoutPlayer::pump);
}

SpeechSynth *ReadoutPlayer::synth()
{
    if (!m_synth) {
        m_synth = SpeechSynth::shared();
        connect(m_synth, &SpeechSynth::audio, this, &ReadoutPlayer::onAudio);
        connect(m_synth, &SpeechSynth::finished, this, &ReadoutPlayer::onSynthFinished);
    }
    return m_synth;
}

bool ReadoutPlayer::audioAvailable()
{
    if (!m_devices)
        checkDevices();
    return m_available;
}

ReadoutPlayer::~ReadoutPlayer()
{
    stop();
    delete m_sink;
}

bool ReadoutPlayer::voiceAvailable()
{
    return synth()->available();
}

void ReadoutPlayer::checkDevices()
{
    const bool first = !m_devices;
    if (first) {
        m_devices = std::make_unique<QMediaDevices>();
        connect(m_devices.get(), &QMediaDevices::audioOutputsChanged, this, &ReadoutPlayer::checkDevices);
    }
    const bool available = !QMediaDevices::audioOutputs().isEmpty();
    if (available != m_available) {
        m_available = available;
        if (!first) // the first look happens inside a getter (a QML binding): no signal there
            emit audioAvailableChanged();
    }
    if (!m_available && m_state == State::Speaking)
        stop();
    if (m_state == State::NoDevice && m_available)
        setState(State::Idle);
}

void ReadoutPlayer::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void ReadoutPlayer::setVolume(int percent)
{
    m_volume = qBound(0, percent, 100);
    if (m_sink)
        m_sink->setVolume(QAudio::convertVolume(m_volume / 100.0, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
}

bool ReadoutPlayer::speak(const QString &text)
{
    stop();
    m_clock.start();
    checkDevices();
    if (!m_available) {
        setState(State::NoDevice);
        // Logged when a resident meets it, at most once an hour.
        if (m_log && (!m_noDeviceLogged.isValid() || m_noDeviceLogged.elapsed() > 3600 * 1000)) {
            m_log->logEvent(QStringLiteral("audio"), QStringLiteral("本机没有声音设备，无法朗读"),
                QStringLiteral("Qt Multimedia 找不到音频输出（声音服务未运行？）"));
            m_noDeviceLogged.start();
        }
        emit finished(false);
        return false;
    }
    if (!synth()->available()) {
        emit finished(false);
        return false;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (!m_sink || device != m_device) {
        delete m_sink;
        m_device = device;
        m_sink = new QAudioSink(device, pcmFormat(), this);
        setVolume(m_volume);
        connect(m_sink, &QAudioSink::stateChanged, this, [this] { pump(); });
    }
    m_written = 0;
    m_firstAudioMs = -1;
    m_synthDone = false;
    m_job = m_synth->speak(readout::speakable(text));
    m_io = m_sink->start();
    setState(State::Speaking);
    m_pump.start();
    return true;
}

void ReadoutPlayer::stop()
{
    if (m_job && m_synth)
        m_synth->cancel(m_job);
    m_job = 0;
    m_pending.clear();
    m_pendingAt = 0;
    m_pump.stop();
    const bool wasSpeaking = m_state == State::Speaking;
    if (m_sink && m_io)
        m_sink->stop();
    m_io = nullptr;
    if (m_state != State::NoDevice)
        setState(State::Idle);
    if (wasSpeaking)
        emit finished(false);
}

void ReadoutPlayer::onAudio(int job, const QByteArray &pcm)
{
    if (job != m_job)
        return;
    m_pending.append(pcm);
    pump();
}

void ReadoutPlayer::onSynthFinished(int job, bool completed)
{
    if (job != m_job)
        return;
    if (!completed) {
        finish(false);
        return;
    }
    m_synthDone = true;
    pump();
}

qint64 ReadoutPlayer::playedMs() const
{
    return m_sink ? m_sink->processedUSecs() / 1000 : 0;
}

void ReadoutPlayer::pump()
{
    if (!m_io || m_state != State::Speaking)
        return;
    while (m_pendingAt < m_pending.size()) {
        const qint64 room = qMin<qint64>(m_sink->bytesFree(), m_pending.size() - m_pendingAt);
        if (room <= 0)
            break;
        const qint64 n = m_io->write(m_pending.constData() + m_pendingAt, room);
        if (n <= 0)
            break;
        if (m_written == 0) {
            m_firstAudioMs = m_clock.nsecsElapsed() / 1e6;
            emit firstAudio(m_firstAudioMs);
        }
        m_written += n;
        m_pendingAt += n;
    }
    if (m_pendingAt >= m_pending.size()) {
        m_pending.clear();
        m_pendingAt = 0;
    } else if (m_pendingAt > 1 << 20) {
        m_pending.remove(0, m_pendingAt);
        m_pendingAt = 0;
    }
    // Done when everything is made, written and played (the output ran dry).
    if (m_synthDone && m_pending.isEmpty()
        && ((m_sink->state() == QAudio::IdleState && m_sink->error() == QAudio::UnderrunError)
            || playedMs() + 20 >= m_written / bytesPerMs))
        finish(true);
}

void ReadoutPlayer::finish(bool completed)
{
    m_job = 0;
    m_pump.stop();
    m_pending.clear();
    m_pendingAt = 0;
    if (m_sink && m_io)
        m_sink->stop();
    m_io = nullptr;
    setState(State::Idle);
    emit finished(completed);
}

} // namespace tongban
