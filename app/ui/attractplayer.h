#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tongban {

class AttractLoop;

// The attract screen's view of the process's one AttractLoop (so one media player serves
// every attract spell for months): the VideoOutput to draw into, whether it runs, and what to
// show. Its properties are all its own (qmllint checks them).
class AttractPlayer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *videoOutput READ videoOutput WRITE setVideoOutput NOTIFY videoOutputChanged)
    Q_PROPERTY(bool running READ running WRITE setRunning NOTIFY runningChanged)
    // "video", "image", or "" when nothing in the content can play now (the text card).
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(QUrl imageSource READ imageSource NOTIFY changed)
    Q_PROPERTY(QString caption READ caption NOTIFY changed)
    Q_PROPERTY(int loops READ loops NOTIFY loopsChanged)
    // Frames that reached the video output since start (read by the tour; not for binding).
    Q_PROPERTY(double videoFrames READ videoFrames)

public:
    explicit AttractPlayer(QObject *parent = nullptr);
    ~AttractPlayer() override;

    // The loop every AttractPlayer shows, set up with the services before QML loads.
    static void setLoop(AttractLoop *loop);
    static AttractLoop *loop();

    QObject *videoOutput() const { return m_output; }
    void setVideoOutput(QObject *output);
    bool running() const { return m_running; }
    void setRunning(bool running);
    QString kind() const;
    QUrl imageSource() const;
    QString caption() const;
    int loops() const;
    double videoFrames() const;

signals:
    void videoOutputChanged();
    void runningChanged();
    void changed();
    void loopsChanged();

private:
    void apply();

    QPointer<QObject> m_output;
    bool m_running = false;
};

} // namespace tongban
