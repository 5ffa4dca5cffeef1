#pragma once

#include <QObject>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QTime>

#include <memory>

namespace tongban {

// The soft touch sound and the page-change sound. Both are made here (short sine tones written
// once to WAV files) and played by QSoundEffect, which returns at once: a sound never delays
// a page. Off when switched off in kiosk.ini, during its quiet hours, or at volume 0. The
// effects are made two seconds after start-up (a QSoundEffect connects to the sound server):
// the first screen does not wait for them.
class UiSounds : public QObject
{
    Q_OBJECT
public:
    explicit UiSounds(QObject *parent = nullptr);

    // From kiosk.ini: [sound] touch_sounds, quiet_hours ("22:00-07:00"), [kiosk] volume.
    void configure(bool enabled, int volumePercent, const QString &quietHours);
    bool enabled() const { return m_enabled; }
    // Whether a sound would play now (on, outside quiet hours, loud enough).
    bool audibleAt(const QTime &time) const;

    void touch();
    void page();
    int played() const { return m_played; } // sounds started (for tests)

    // "22:00-07:00" → from/until; false when not two times.
    static bool parseQuietHours(const QString &text, QTime *from, QTime *until);

private:
    void play(QSoundEffect *effect);
    void load();
    void applyVolume();

    QTemporaryDir m_dir;
    std::unique_ptr<QSoundEffect> m_touch;
    std::unique_ptr<QSoundEffect> m_page;
    bool m_enabled = true;
    int m_volume = 70;
    QTime m_quietFrom;
    QTime m_quietUntil;
    int m_played = 0;
};

} // namespace tongban
