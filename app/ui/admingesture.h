#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointF>
#include <QTimer>

class QQuickWindow;

namespace tongban {

// The hidden way into the admin screen: hold the top-left corner still for 5 s, then, within
// 4 s, tap the top-right corner. A resident does not do that by chance: a tap, a swipe, a
// long press elsewhere, a finger that moves while holding, or a palm (refused earlier by the
// TouchGuard) never arms it, and the top-right tap that completes it is swallowed so that it
// presses nothing. Works with the mouse too (a developer's PC).
class AdminGesture : public QObject
{
    Q_OBJECT
public:
    static constexpr int HoldMs = 5000;
    static constexpr int ArmedMs = 4000;

    explicit AdminGesture(QQuickWindow *window);

    bool armed() const { return m_armed; }
    bool holding() const { return m_holding; }
    // Tests of the gesture's logic may shorten the hold; the tour and the app use HoldMs.
    void setHoldMs(int ms) { m_hold.setInterval(ms); }

signals:
    void armedChanged(bool armed);
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Corner { None, TopLeft, TopRight };
    Corner cornerAt(const QPointF &p) const;
    void press(const QPointF &p, int contacts);
    void move(const QPointF &p, int contacts);
    bool release(const QPointF &p);
    void setArmed(bool on);

    QQuickWindow *m_window;
    QTimer m_hold; // fires when the top-left press has been held still long enough
    QTimer m_armedTimer;
    bool m_armed = false;
    bool m_holding = false;
    bool m_rightPress = false; // the press that may complete the gesture
    QPointF m_pressAt;
};

} // namespace tongban
