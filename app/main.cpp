// tongban-kiosk: everything lives in the tongban library; this only starts it.
#include "kioskapp.h"

#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("tongban-kiosk"));
    tongban::KioskApp kiosk;
    const int code = kiosk.start(QGuiApplication::arguments());
    return code >= 0 ? code : QGuiApplication::exec();
}
