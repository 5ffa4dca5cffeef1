#include "qrimage.h"

#include "urlpolicy.h"

#include <QCoreApplication>

#include <qrencode.h>

namespace tongban {

QImage encodeQr(const QString &url, const UrlPolicy &policy, QString *error)
{
    const QString why = policy.check(url);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    const QByteArray bytes = url.toUtf8();
    QRcode *code = QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M);
    if (!code) {
        if (error)
            *error = QCoreApplication::translate("tongban::Qr", "无法生成二维码");
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

} // namespace tongban
