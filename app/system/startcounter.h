#pragma once

#include <QList>
#include <QString>

namespace tongban {

// The kiosk counts its own starts, because cage hides its exit code from systemd. The starts
// live in /run/tongban/starts (the unit's RuntimeDirectory, kept across restarts by
// RuntimeDirectoryPreserve=restart, gone after a stop or a reboot), one line per start with
// the seconds since boot (CLOCK_BOOTTIME, which a wrong wall clock cannot move).
//
// A crash loop is kLoopStarts starts within kWindowSeconds: that start uses the embedded
// default content only; any further start inside the window shows the minimal screen, which
// loads nothing but the hall's name.
class StartCounter
{
public:
    enum class Mode { Normal, DefaultContent, Minimal };
    static constexpr int kLoopStarts = 5;
    static constexpr qint64 kWindowSeconds = 10 * 60;

    explicit StartCounter(const QString &dir = defaultDir());

    // $TONGBAN_RUNTIME_DIR, else $RUNTIME_DIRECTORY (systemd: /run/tongban), else
    // $XDG_RUNTIME_DIR/tongban, else <temp>/tongban-<uid>.
    static QString defaultDir();
    static qint64 secondsSinceBoot();

    // Records a start at `now` (seconds since boot), forgets starts older than the window and
    // says how this start should run. A folder that cannot be written gives Normal.
    Mode recordStart(qint64 now = secondsSinceBoot());
    // Starts inside the window, this one included (after recordStart()).
    int recentStarts() const { return int(m_starts.size()); }
    QString file() const;
    QString error() const { return m_error; }

    static const char *modeName(Mode mode);

private:
    QString m_dir;
    QList<qint64> m_starts;
    QString m_error;
};

} // namespace tongban
