// tongban-kiosk: everything lives in the tongban library; this only starts it.
#include "kioskapp.h"
#include "startuptrace.h"

#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

int main(int argc, char *argv[])
{
    tongban::startup::mark("main");
    QGuiApplication app(argc, argv);
    tongban::startup::mark("app");
    QGuiApplication::setApplicationName(QStringLiteral("tongban-kiosk"));
    tongban::KioskApp kiosk;
    const int code = kiosk.start(QGuiApplication::arguments());
    return code >= 0 ? code : QGuiApplication::exec();
}
