#pragma once

#include <QObject>

class QTouchEvent;

namespace tongban {

// Touch as old hands do it: a resting palm or several fingers at once press nothing. A
// sequence that starts with (or grows to) more than one contact, or with a contact larger
// than a fingertip, is swallowed; a press already under way is cancelled.
class TouchGuard : public QObject
{
    Q_OBJECT
public:
    // maxContactPx: the widest contact still taken for a fingertip.
    explicit TouchGuard(QObject *parent = nullptr, qreal maxContactPx = 120);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isPalm(const QTouchEvent *event) const;

    qreal m_maxContact;
    bool m_rejecting = false;
};

} // namespace tongban
