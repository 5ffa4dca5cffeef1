#include "attractloop.h"

#include "clock.h"
#include "contentstore.h"
#include "localstate.h"
#include "mediabackend.h"

#include <QFileInfo>
#include <QImageReader>
#include <QVideoFrame>
#include <QVideoSink>

namespace tongban {

AttractLoop::AttractLoop(ContentStore *store, LocalState *log, QObject *parent) : QObject(parent), m_store(store), m_log(log)
{
    pinMediaBackend();
    m_imageTimer.setSingleShot(true);
    connect(&m_imageTimer, &QTimer::timeout, this, &AttractLoop::next);
    m_watchdog.setInterval(1000);
    connect(&m_watchdog, &QTimer::timeout, this, &AttractLoop::watch);
    // With nothing playable, look again each minute: a time window may open.
    m_retry.setInterval(60 * 1000);
    connect(&m_retry, &QTimer::timeout, this, &AttractLoop::restart);
    connect(m_store, &ContentStore::contentChanged, this, [this] {
        m_bad.clear();
        if (m_running)
            restart();
    });
}

AttractLoop::~AttractLoop()
{
    disconnect(m_frameConnection);
    if (m_player)
        m_player->stop();
}

void AttractLoop::makePlayer()
{
    disconnect(m_frameConnection);
    delete m_player;
    m_player = new QMediaPlayer(this);
    // The attract loop is silent: no audio output.
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &AttractLoop::onStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &AttractLoop::onError);
    if (m_output)
        m_player->setVideoOutput(m_output.data());
    else
        m_player->setVideoSink(ownSink());
    connectSink();
}

QVideoSink *AttractLoop::ownSink()
{
    if (!m_fallbackSink)
        m_fallbackSink = new QVideoSink(this);
    return m_fallbackSink;
}

void AttractLoop::connectSink()
{
    disconnect(m_frameConnection);
    m_sink = m_player->videoSink();
    if (m_sink)
        m_frameConnection = connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            if (!frame.isValid())
                return; // the empty frame a stop or flush sends
            ++m_frames;
            m_sinceFrame.start();
        });
}

void AttractLoop::setVideoOutput(QObject *output)
{
    if (output == m_output)
        return;
    m_output = output;
    if (!m_player)
        return;
    if (output)
        m_player->setVideoOutput(output);
    else
        m_player->setVideoSink(ownSink());
    connectSink();
}

void AttractLoop::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    if (running) {
        if (!m_player)
            makePlayer(); // on first use: start-up does not wait for GStreamer
        restart();
    } else {
        m_imageTimer.stop();
        m_watchdog.stop();
        m_retry.stop();
        m_player->stop();
    }
}

void AttractLoop::reload()
{
    const QList<AttractEntry> all = attractschedule::load(m_store->db());
    m_playlist.clear();
    for (const AttractEntry &e : attractschedule::playing(all, m_store->today(), Clock::now().time()))
        if (!m_bad.contains(e.id + e.sha256))
            m_playlist.append(e);
}

void AttractLoop::restart()
{
    m_retry.stop();
    m_imageTimer.stop();
    reload();
    show(0);
}

void AttractLoop::setShowing(const QString &kind, const AttractEntry &entry, const QUrl &url)
{
    const bool differs = kind != m_kind || url != m_url || entry.caption != m_current.caption;
    m_kind = kind;
    m_current = entry;
    m_url = url;
    if (differs)
        emit changed();
}

void AttractLoop::show(int index)
{
    if (!m_running)
        return;
    m_index = index;
    if (m_playlist.isEmpty()) {
        m_player->stop();
        m_watchdog.stop();
        setShowing(QString(), AttractEntry(), QUrl());
        m_retry.start();
        return;
    }
    const AttractEntry &e = m_playlist.at(index);
    QString why;
    const QString path = MediaResolver::path(*m_store, e, &why);
    if (path.isEmpty()) {
        m_current = e;
        skip(why);
        return;
    }
    const QUrl url = QUrl::fromLocalFile(path);
    if (!e.isVideo()) {
        QImageReader reader(path);
        if (!reader.canRead() || !reader.size().isValid()) {
            m_current = e;
            skip(QStringLiteral("图片无法解码（%1）").arg(reader.errorString()));
            return;
        }
        m_player->stop();
        m_watchdog.stop();
        setShowing(QStringLiteral("image"), e, url);
        const int seconds = e.durationS > 0 ? e.durationS : attractschedule::DefaultImageSeconds;
        m_imageTimer.start(m_imageMs > 0 ? m_imageMs : seconds * 1000);
        return;
    }
    setShowing(QStringLiteral("video"), e, url);
    if (m_player->source() == url) {
        m_player->setPosition(0); // the same file again: GStreamer loops by seeking to 0
    } else {
        m_player->stop(); // the old pipeline down first, then the new file
        m_player->setSource(url);
    }
    m_player->play();
    m_sinceFrame.start();
    m_framesAtStart = m_frames;
    m_watchdog.start();
}

void AttractLoop::next()
{
    if (!m_running)
        return;
    m_imageTimer.stop();
    int index = m_index + 1;
    if (index >= m_playlist.size()) {
        // The end of a pass: count it, and decide again what plays now.
        ++m_loops;
        emit loopCompleted(m_loops);
        reload();
        index = 0;
    }
    show(index);
}

void AttractLoop::skip(const QString &why)
{
    ++m_skipped;
    const QString key = m_current.id + m_current.sha256;
    if (!m_bad.contains(key)) {
        m_bad.insert(key);
        if (m_log)
            m_log->logEvent(QStringLiteral("media"), QStringLiteral("待机轮播跳过了「%1」").arg(m_current.id),
                QStringLiteral("%1：%2").arg(m_current.file, why));
        emit entrySkipped(m_current.id, why);
    }
    // Out of this pass too; the loop goes on with the next entry (after the event loop
    // turns, so that a playlist of broken files does not recurse).
    if (m_index >= 0 && m_index < m_playlist.size())
        m_playlist.removeAt(m_index);
    --m_index;
    m_player->stop();
    m_watchdog.stop();
    QTimer::singleShot(0, this, [this] {
        if (m_playlist.isEmpty())
            show(0);
        else
            next();
    });
}

void AttractLoop::onStatus(QMediaPlayer::MediaStatus status)
{
    if (!m_running || m_kind != QLatin1String("video"))
        return;
    // Never change the source inside the player's own signal: Qt 6.4's GStreamer player can
    // deadlock there (setSource from mediaStatusChanged against a streaming thread adding its
    // pads; seen in bench_attract after 30 passes). The next entry starts once the bus
    // message has been handled.
    const QString id = m_current.id;
    if (status == QMediaPlayer::EndOfMedia)
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                if (isCurrent(id))
                    next();
            },
            Qt::QueuedConnection);
    else if (status == QMediaPlayer::InvalidMedia)
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                if (isCurrent(id))
                    skip(QStringLiteral("视频无法播放（文件损坏或格式不受支持）"));
            },
            Qt::QueuedConnection);
}

void AttractLoop::onError(QMediaPlayer::Error error, const QString &text)
{
    if (!m_running || error == QMediaPlayer::NoError || m_kind != QLatin1String("video"))
        return;
    const QString id = m_current.id;
    QMetaObject::invokeMethod(
        this,
        [this, id, text] {
            if (isCurrent(id))
                skip(QStringLiteral("视频无法播放：%1").arg(text));
        },
        Qt::QueuedConnection);
}

bool AttractLoop::isCurrent(const QString &id) const
{
    // Still the video that sent the news (a second message about it finds it gone).
    return m_running && m_kind == QLatin1String("video") && m_index >= 0 && m_index < m_playlist.size()
        && m_playlist.at(m_index).id == id;
}

void AttractLoop::watch()
{
    // A signage player's known failure: the picture freezes while the player says it plays.
    if (m_kind != QLatin1String("video") || m_player->playbackState() != QMediaPlayer::PlayingState)
        return;
    if (m_sinceFrame.elapsed() < m_stallMs)
        return;
    if (m_frames == m_framesAtStart) {
        // Not one picture: GStreamer took the file but cannot show it.
        makePlayer();
        skip(QStringLiteral("视频没有画面（%1 秒内没有解出一帧）").arg(m_stallMs / 1000));
        return;
    }
    ++m_stalls;
    if (m_log)
        m_log->logEvent(QStringLiteral("media"), QStringLiteral("待机视频「%1」画面停止，已重新开始").arg(m_current.id),
            QStringLiteral("%1 秒没有新画面").arg(m_stallMs / 1000));
    makePlayer(); // a fresh pipeline
    m_sinceFrame.start();
    next();
}

} // namespace tongban
