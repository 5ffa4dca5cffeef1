#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMediaPlayer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include "attractschedule.h"
#include "mediaresolver.h"

class QVideoSink;

namespace tongban {

class ContentStore;
class LocalState;

// The attract loop: the content's playlist, played for months. Videos go through one
// QMediaPlayer (GStreamer backend), made once and reused for every entry and pass, into the
// video output it is handed; images are shown by the view (`imageSource`) for their seconds.
// Which entries play is decided again at the start of every pass. A file that is missing,
// undecodable or unplayable, or a video whose picture stops, is skipped and logged (once per
// content version), and the loop goes on; with nothing playable `kind` is empty and the view
// shows its text card.
class AttractLoop : public QObject
{
    Q_OBJECT
public:
    AttractLoop(ContentStore *store, LocalState *log, QObject *parent = nullptr);
    ~AttractLoop() override;

    // A QVideoSink or a QML VideoOutput; null: none (frames are still decoded and counted).
    void setVideoOutput(QObject *output);
    QObject *videoOutput() const { return m_output; }
    void setRunning(bool running);
    bool running() const { return m_running; }

    QString kind() const { return m_kind; } // "video", "image", or "" (nothing playable)
    QUrl imageSource() const { return m_kind == QLatin1String("image") ? m_url : QUrl(); }
    QString caption() const { return m_current.caption; }
    QString currentId() const { return m_current.id; }
    int loops() const { return m_loops; } // passes through the playlist completed since made
    qint64 videoFrames() const { return m_frames; } // frames that reached the video output
    int skipped() const { return m_skipped; }
    int stalls() const { return m_stalls; }
    QMediaPlayer *player() const { return m_player; }

    // For tests and benches: images shown this long instead of their seconds (0: as set), and
    // how long a playing video may go without a new frame before it counts as stopped.
    void setImageMs(int ms) { m_imageMs = ms; }
    void setStallMs(int ms) { m_stallMs = ms; }

signals:
    void changed(); // kind, imageSource, caption
    void loopCompleted(int loops);
    void entrySkipped(const QString &id, const QString &why);

private:
    void restart();
    void reload();
    void show(int index);
    void next();
    void skip(const QString &why);
    void onStatus(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString &text);
    void watch();
    bool isCurrent(const QString &id) const;
    void makePlayer();
    void connectSink();
    void setShowing(const QString &kind, const AttractEntry &entry, const QUrl &url);
    QVideoSink *ownSink();

    ContentStore *m_store;
    LocalState *m_log;
    QMediaPlayer *m_player = nullptr;
    QPointer<QObject> m_output;
    QPointer<QVideoSink> m_sink;
    QVideoSink *m_fallbackSink = nullptr; // frames go somewhere when no view is attached
    QMetaObject::Connection m_frameConnection;
    QList<AttractEntry> m_playlist;
    QSet<QString> m_bad; // id + sha256 of entries skipped in this content version
    AttractEntry m_current;
    QString m_kind;
    QUrl m_url;
    int m_index = -1;
    bool m_running = false;
    int m_loops = 0;
    qint64 m_frames = 0;
    qint64 m_framesAtStart = 0; // m_frames when the current video started
    int m_skipped = 0;
    int m_stalls = 0;
    int m_imageMs = 0;
    int m_stallMs = 10000;
    QTimer m_imageTimer;
    QTimer m_watchdog;
    QTimer m_retry;
    QElapsedTimer m_sinceFrame;
};

} // namespace tongban
