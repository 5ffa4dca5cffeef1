#include "attractplayer.h"

#include "attractloop.h"

namespace tongban {

namespace {
QPointer<AttractLoop> s_loop;
AttractPlayer *s_active = nullptr; // the player the loop draws for
} // namespace

void AttractPlayer::setLoop(AttractLoop *loop)
{
    s_loop = loop;
}

AttractLoop *AttractPlayer::loop()
{
    return s_loop;
}

AttractPlayer::AttractPlayer(QObject *parent) : QObject(parent)
{
    if (s_loop) {
        connect(s_loop, &AttractLoop::changed, this, &AttractPlayer::changed);
        connect(s_loop, &AttractLoop::loopCompleted, this, &AttractPlayer::loopsChanged);
    }
}

AttractPlayer::~AttractPlayer()
{
    if (s_active == this && s_loop) {
        s_loop->setRunning(false);
        s_loop->setVideoOutput(nullptr);
        s_active = nullptr;
    }
}

void AttractPlayer::setVideoOutput(QObject *output)
{
    if (output == m_output)
        return;
    m_output = output;
    apply();
    emit videoOutputChanged();
}

void AttractPlayer::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    apply();
    emit runningChanged();
    emit changed();
}

void AttractPlayer::apply()
{
    if (!s_loop)
        return;
    if (m_running) {
        s_active = this;
        s_loop->setVideoOutput(m_output);
        s_loop->setRunning(true);
    } else if (s_active == this) {
        s_loop->setRunning(false);
        s_active = nullptr;
    }
}

QString AttractPlayer::kind() const
{
    return s_loop && m_running ? s_loop->kind() : QString();
}
QUrl AttractPlayer::imageSource() const
{
    return s_loop && m_running ? s_loop->imageSource() : QUrl();
}
QString AttractPlayer::caption() const
{
    return s_loop && m_running ? s_loop->caption() : QString();
}
int AttractPlayer::loops() const
{
    return s_loop ? s_loop->loops() : 0;
}
double AttractPlayer::videoFrames() const
{
    return s_loop ? double(s_loop->videoFrames()) : 0;
}

} // namespace tongban
