#include "touchguard.h"

#include <QCoreApplication>
#include <QTouchEvent>

namespace tongban {

TouchGuard::TouchGuard(QObject *parent, qreal maxContactPx) : QObject(parent), m_maxContact(maxContactPx) { }

bool TouchGuard::isPalm(const QTouchEvent *event) const
{
    int down = 0;
    for (const QEventPoint &p : event->points()) {
        if (p.state() != QEventPoint::Released)
            ++down;
        const QSizeF contact = p.ellipseDiameters();
        if (contact.width() > m_maxContact || contact.height() > m_maxContact)
            return true;
    }
    return down > 1;
}

bool TouchGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
        m_rejecting = isPalm(static_cast<QTouchEvent *>(event));
        return m_rejecting;
    case QEvent::TouchUpdate: {
        if (m_rejecting)
            return true;
        auto *touch = static_cast<QTouchEvent *>(event);
        if (!isPalm(touch))
            return false;
        m_rejecting = true;
        // Whatever the first finger pressed must not fire when the palm lifts.
        QTouchEvent cancel(QEvent::TouchCancel, touch->pointingDevice(), touch->modifiers());
        QCoreApplication::sendEvent(watched, &cancel);
        return true;
    }
    case QEvent::TouchEnd:
        if (m_rejecting) {
            m_rejecting = false;
            return true;
        }
        return false;
    case QEvent::TouchCancel:
        return false;
    default:
        return false;
    }
}

} // namespace tongban
