#pragma once

#include <QPointF>

class QPointingDevice;
class QQuickItem;
class QQuickWindow;

namespace tongban {

// Presses the screen the way a finger does: through Qt's window-system touch path, so the
// tour and the tests hit the same code as the kiosk's touchscreen.
class TouchDriver
{
public:
    explicit TouchDriver(QQuickWindow *window);

    bool tap(QQuickItem *item, int holdMs = 60);
    bool tapAt(QPointF scenePos, int holdMs = 60);
    bool drag(QPointF from, QPointF to, int steps = 8);

private:
    QQuickWindow *m_window;
    QPointingDevice *m_device;
};

} // namespace tongban
