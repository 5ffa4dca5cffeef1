// Qt Quick Test runner: services on a private data folder with the seed content, published
// as the Kiosk singleton before any QML loads.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include "kiosk.h"
#include "testsupport.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        testsupport::hermetic();
        m_dir = std::make_unique<QTemporaryDir>();
        m_services = std::make_unique<tongban::Services>(tongban::Paths{m_dir->path()});
        if (!m_services->start())
            qFatal("services did not start");
        m_kiosk = std::make_unique<tongban::Kiosk>(m_services.get());
        tongban::Kiosk::setInstance(m_kiosk.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase() { tongban::Kiosk::setInstance(nullptr); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<tongban::Services> m_services;
    std::unique_ptr<tongban::Kiosk> m_kiosk;
};

QUICK_TEST_MAIN_WITH_SETUP(tongban_quick, Setup)

#include "quick_main.moc"
