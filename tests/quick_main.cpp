// Qt Quick Test runner: services on a private data folder with the seed content, published
// as the Kiosk singleton before any QML loads.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include "singletons.h"
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
        m_singletons = std::make_unique<tongban::Singletons>(m_services.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase() { m_singletons.reset(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<tongban::Services> m_services;
    std::unique_ptr<tongban::Singletons> m_singletons;
};

QUICK_TEST_MAIN_WITH_SETUP(tongban_quick, Setup)

#include "quick_main.moc"
