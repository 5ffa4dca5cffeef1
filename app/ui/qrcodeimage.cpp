#include "qrcodeimage.h"

#include "qrimage.h"
#include "urlpolicy.h"

#include <QPainter>

namespace tongban {

QrCodeImage::QrCodeImage(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeImage::setUrl(const QString &url)
{
    if (url == m_url)
        return;
    m_url = url;
    m_error.clear();
    m_code = encodeQr(url, UrlPolicy::current(), &m_error);
    emit urlChanged();
    update();
}

void QrCodeImage::paint(QPainter *painter)
{
    if (m_code.isNull())
        return;
    constexpr int quiet = 4;
    const int total = m_code.width() + 2 * quiet;
    // Whole device pixels per module keep every module the same size, which scanners like.
    const int module = int(qMin(width(), height())) / total;
    if (module < 1)
        return;
    const int side = module * total;
    const QPoint origin((int(width()) - side) / 2, (int(height()) - side) / 2);
    painter->fillRect(QRect(origin, QSize(side, side)), Qt::white);
    for (int y = 0; y < m_code.height(); ++y)
        for (int x = 0; x < m_code.width(); ++x)
            if (m_code.pixelIndex(x, y))
                painter->fillRect(
                    origin.x() + (x + quiet) * module, origin.y() + (y + quiet) * module, module, module, Qt::black);
}

} // namespace tongban
