#include "qrcodeimage.h"

#include "urlpolicy.h"

#include <QPainter>

#include <qrencode.h>

namespace tongban {

QrCodeImage::QrCodeImage(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

QImage QrCodeImage::encode(const QString &url, QString *error)
{
    const QString why = UrlPolicy::current().check(url);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    const QByteArray bytes = url.toUtf8();
    QRcode *code = QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M);
    if (!code) {
        if (error)
            *error = QStringLiteral("无法生成二维码");
        return {};
    }
    QImage image(code->width, code->width, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            image.setPixel(x, y, code->data[y * code->width + x] & 1);
    QRcode_free(code);
    return image;
}

void QrCodeImage::setUrl(const QString &url)
{
    if (url == m_url)
        return;
    m_url = url;
    m_error.clear();
    m_code = encode(url, &m_error);
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
