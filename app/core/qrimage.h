#pragma once

#include <QImage>
#include <QString>

namespace tongban {

class UrlPolicy;

// The QR code of a URL as a 1-module-per-pixel image without quiet zone, or null with a plain
// reason in `error` when the policy refuses the URL. The screen and the slip both draw this.
QImage encodeQr(const QString &url, const UrlPolicy &policy, QString *error = nullptr);

} // namespace tongban
