#include "touchdriver.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QtCore/qtestsupport_core.h>
#include <QtGui/qtestsupport_gui.h>

namespace tongban {

namespace {
// QTouchEventSequence's constructor is protected; this is the only way to build one
// without linking QtTest into the kiosk.
class Sequence : public QTest::QTouchEventSequence
{
public:
    Sequence(QWindow *window, QPointingDevice *device) : QTouchEventSequence(window, device, false) { }
};

QPointingDevice *touchScreen()
{
    static QPointingDevice *device = QTest::createTouchDevice();
    return device;
}
} // namespace

TouchDriver::TouchDriver(QQuickWindow *window) : m_window(window), m_device(touchScreen()) { }

bool TouchDriver::tap(QQuickItem *item, int holdMs)
{
    if (!item || !item->isVisible())
        return false;
    return tapAt(item->mapToScene(QPointF(item->width() / 2, item->height() / 2)), holdMs);
}

bool TouchDriver::tapAt(QPointF scenePos, int holdMs)
{
    const QPoint p = scenePos.toPoint();
    Sequence(m_window, m_device).press(0, p, m_window).commit();
    QTest::qWait(holdMs);
    Sequence(m_window, m_device).release(0, p, m_window).commit();
    return true;
}

bool TouchDriver::drag(QPointF from, QPointF to, int steps)
{
    Sequence(m_window, m_device).press(0, from.toPoint(), m_window).commit();
    for (int i = 1; i <= steps; ++i) {
        QTest::qWait(16);
        const QPointF p = from + (to - from) * (double(i) / steps);
        Sequence(m_window, m_device).move(0, p.toPoint(), m_window).commit();
    }
    Sequence(m_window, m_device).release(0, to.toPoint(), m_window).commit();
    return true;
}

} // namespace tongban
