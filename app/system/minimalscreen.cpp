#include "minimalscreen.h"

#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace tongban {

MinimalScreen::MinimalScreen(const QString &hallName) : m_hallName(hallName)
{
    setTitle(message());
    resize(1080, 1920);
}

QString MinimalScreen::message()
{
    return tr("暂停服务，请到窗口办理");
}

void MinimalScreen::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r(QPoint(0, 0), size());
    p.fillRect(r, QColor(0xf4, 0xf1, 0xea));
    QFont font = p.font();
    const int side = std::min(width(), height());
    font.setPixelSize(std::max(24, side / 14));
    font.setBold(true);
    p.setFont(font);
    p.setPen(QColor(0x1f, 0x2a, 0x44));
    QRect upper = r;
    upper.setBottom(r.height() / 2);
    p.drawText(upper.adjusted(side / 20, 0, -side / 20, 0), Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, message());
    font.setPixelSize(std::max(18, side / 24));
    font.setBold(false);
    p.setFont(font);
    QRect lower = r;
    lower.setTop(r.height() / 2 + side / 20);
    p.drawText(lower.adjusted(side / 20, 0, -side / 20, 0), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_hallName);
    if (!std::exchange(m_painted, true))
        QTimer::singleShot(0, this, &MinimalScreen::firstFramePainted); // after the flush
}

} // namespace tongban
