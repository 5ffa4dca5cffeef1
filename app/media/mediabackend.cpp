#include "mediabackend.h"

#include <QByteArray>
#include <QtGlobal>

namespace tongban {

void pinMediaBackend()
{
    qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("gstreamer"));
}

} // namespace tongban
