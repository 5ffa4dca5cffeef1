#include "admingesture.h"

#include <QMouseEvent>
#include <QQuickWindow>
#include <QTouchEvent>

namespace tongban {

namespace {
constexpr qreal kCornerFraction = 0.12; // of the shorter side: 130 px on a 1080 px screen
constexpr qreal kStillPx = 40; // a holding finger that moves further is not holding
} // namespace

AdminGesture::AdminGesture(QQuickWindow *window) : QObject(window), m_window(window)
{
    m_hold.setSingleShot(true);
    // A coarse timer may fire 5% late: staff holding for five seconds should not need 5.25.
    m_hold.setTimerType(Qt::PreciseTimer);
    m_hold.setInterval(HoldMs);
    connect(&m_hold, &QTimer::timeout, this, [this] {
        if (m_holding)
            setArmed(true);
    });
    m_armedTimer.setSingleShot(true);
    m_armedTimer.setInterval(ArmedMs);
    connect(&m_armedTimer, &QTimer::timeout, this, [this] { setArmed(false); });
    window->installEventFilter(this);
}

AdminGesture::Corner AdminGesture::cornerAt(const QPointF &p) const
{
    const qreal side = qMin(m_window->width(), m_window->height()) * kCornerFraction;
    if (p.y() > side)
        return Corner::None;
    if (p.x() <= side)
        return Corner::TopLeft;
    if (p.x() >= m_window->width() - side)
        return Corner::TopRight;
    return Corner::None;
}

void AdminGesture::setArmed(bool on)
{
    if (on)
        m_armedTimer.start();
    else
        m_armedTimer.stop();
    if (m_armed == on)
        return;
    m_armed = on;
    emit armedChanged(on);
}

void AdminGesture::press(const QPointF &p, int contacts)
{
    m_pressAt = p;
    m_rightPress = false;
    const Corner corner = contacts == 1 ? cornerAt(p) : Corner::None;
    if (corner == Corner::TopLeft) {
        m_holding = true;
        m_hold.start();
        setArmed(false);
    } else if (corner == Corner::TopRight && m_armed) {
        m_rightPress = true;
    } else {
        // Any other touch starts over: the gesture is these two presses and nothing between.
        m_holding = false;
        m_hold.stop();
        setArmed(false);
    }
}

void AdminGesture::move(const QPointF &p, int contacts)
{
    if (contacts != 1 || QLineF(p, m_pressAt).length() > kStillPx) {
        if (m_holding && !m_armed) {
            m_holding = false;
            m_hold.stop();
        }
        m_rightPress = false;
    }
}

bool AdminGesture::release(const QPointF &p)
{
    m_hold.stop();
    const bool wasHolding = m_holding;
    m_holding = false;
    if (wasHolding)
        return false; // armed (or not) by the hold; the tap on the right comes next
    if (m_rightPress && m_armed && cornerAt(p) == Corner::TopRight) {
        m_rightPress = false;
        setArmed(false);
        emit triggered();
        return true;
    }
    m_rightPress = false;
    return false;
}

bool AdminGesture::eventFilter(QObject *watched, QEvent *event)
{
    Q_UNUSED(watched);
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel: {
        auto *touch = static_cast<QTouchEvent *>(event);
        const int contacts = int(touch->points().size());
        if (contacts == 0)
            return false;
        const QPointF p = touch->points().first().scenePosition();
        if (event->type() == QEvent::TouchBegin) {
            press(p, contacts);
            return m_rightPress; // the completing tap presses nothing beneath
        }
        if (event->type() == QEvent::TouchUpdate) {
            move(p, contacts);
            return m_rightPress;
        }
        if (event->type() == QEvent::TouchCancel) {
            m_holding = false;
            m_hold.stop();
            m_rightPress = false;
            return false;
        }
        const bool swallowed = m_rightPress;
        return release(p) || swallowed;
    }
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->source() != Qt::MouseEventNotSynthesized)
            return false;
        press(mouse->scenePosition(), 1);
        return m_rightPress;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->source() != Qt::MouseEventNotSynthesized || !(mouse->buttons() & Qt::LeftButton))
            return false;
        move(mouse->scenePosition(), 1);
        return m_rightPress;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->source() != Qt::MouseEventNotSynthesized)
            return false;
        const bool swallowed = m_rightPress;
        return release(mouse->scenePosition()) || swallowed;
    }
    default:
        return false;
    }
}

} // namespace tongban
