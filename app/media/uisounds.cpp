#include "uisounds.h"

#include "clock.h"
#include "mediabackend.h"
#include "speechsynth.h"

#include <QAudio>
#include <QDebug>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QtMath>

namespace tongban {

namespace {
// A soft tone: `ms` long, from `f0` to `f1` Hz, with a quick rise and an exponential fall.
QByteArray tone(int ms, double f0, double f1, double level)
{
    constexpr int rate = SpeechSynth::SampleRate;
    const int n = rate * ms / 1000;
    QByteArray pcm(qsizetype(n) * 2, Qt::Uninitialized);
    auto *out = reinterpret_cast<qint16 *>(pcm.data());
    double phase = 0;
    for (int i = 0; i < n; ++i) {
        const double t = double(i) / n;
        const double f = f0 + (f1 - f0) * t;
        phase += 2 * M_PI * f / rate;
        const double envelope = qMin(1.0, i / (rate * 0.004)) * qExp(-5 * t);
        out[i] = qint16(qSin(phase) * envelope * level * 32767);
    }
    return pcm;
}
} // namespace

UiSounds::UiSounds(QObject *parent) : QObject(parent)
{
    pinMediaBackend();
    QTimer::singleShot(2000, this, &UiSounds::load);
}

void UiSounds::load()
{
    if (m_touch)
        return;
    m_touch = std::make_unique<QSoundEffect>();
    m_page = std::make_unique<QSoundEffect>();
    const QString touch = m_dir.filePath(QStringLiteral("touch.wav"));
    const QString page = m_dir.filePath(QStringLiteral("page.wav"));
    if (writeWav(touch, tone(45, 880, 820, 0.35)))
        m_touch->setSource(QUrl::fromLocalFile(touch));
    if (writeWav(page, tone(90, 620, 930, 0.3)))
        m_page->setSource(QUrl::fromLocalFile(page));
    applyVolume();
}

bool UiSounds::parseQuietHours(const QString &text, QTime *from, QTime *until)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,2}:\\d{2})\\s*[-–~至到]\\s*(\\d{1,2}:\\d{2})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    *from = QTime::fromString(m.captured(1), QStringLiteral("H:mm"));
    *until = QTime::fromString(m.captured(2), QStringLiteral("H:mm"));
    return from->isValid() && until->isValid();
}

void UiSounds::configure(bool enabled, int volumePercent, const QString &quietHours)
{
    m_enabled = enabled;
    m_volume = qBound(0, volumePercent, 100);
    m_quietFrom = m_quietUntil = QTime();
    if (!quietHours.trimmed().isEmpty() && !parseQuietHours(quietHours, &m_quietFrom, &m_quietUntil))
        qWarning().noquote() << "kiosk.ini: quiet_hours is not like 22:00-07:00:" << quietHours;
    applyVolume();
}

void UiSounds::applyVolume()
{
    if (!m_touch)
        return;
    // Touch sounds sit below the readout: half its loudness.
    const float linear
        = float(QAudio::convertVolume(m_volume / 200.0, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
    m_touch->setVolume(linear);
    m_page->setVolume(linear);
}

bool UiSounds::audibleAt(const QTime &time) const
{
    if (!m_enabled || m_volume == 0)
        return false;
    if (!m_quietFrom.isValid())
        return true;
    if (m_quietFrom <= m_quietUntil)
        return !(time >= m_quietFrom && time < m_quietUntil);
    return !(time >= m_quietFrom || time < m_quietUntil); // over midnight
}

void UiSounds::play(QSoundEffect *effect)
{
    if (!effect || !audibleAt(Clock::now().time()) || effect->status() == QSoundEffect::Error)
        return;
    ++m_played;
    effect->play();
}

void UiSounds::touch()
{
    play(m_touch.get());
}

void UiSounds::page()
{
    play(m_page.get());
}

} // namespace tongban
