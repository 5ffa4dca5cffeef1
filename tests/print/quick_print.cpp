// Qt Quick Test runner for the print button: services with the print fixture, the app's
// singletons, and a Printer whose target is a named pipe the test drains when it chooses
// (PrintTest.Fifo), so "printing…" lasts as long as the test needs.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include "fifoprinter.h"
#include "printer.h"
#include "printsupport.h"
#include "singletons.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

class FifoControl : public QObject
{
    Q_OBJECT
public:
    FifoControl(FifoPrinter *fifo, const QString &pngDir) : m_fifo(fifo), m_pngDir(pngDir) { }
    Q_INVOKABLE void drain() { m_fifo->drain(); }
    // What came out of the printer, decoded from the ESC/POS bytes: one entry per QR code.
    Q_INVOKABLE QStringList decoded()
    {
        QString error;
        const QImage head = printsupport::parseEscPos(m_fifo->bytes(), &error);
        const QString png = m_pngDir + QStringLiteral("/printed.png");
        if (head.isNull() || !printsupport::onPaper(head, head.width() + 2 * 44).save(png))
            return {QStringLiteral("unreadable: ") + error};
        return testsupport::zbar(png);
    }

private:
    FifoPrinter *m_fifo;
    QString m_pngDir;
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        testsupport::hermetic();
        m_fifo = std::make_unique<FifoPrinter>(m_dir.filePath(QStringLiteral("printer.fifo")));
        m_services = printsupport::services(m_dir, QStringLiteral("escpos:") + m_fifo->path());
        if (!m_fifo->isValid() || !m_services)
            qFatal("print test set-up failed");
        m_singletons = std::make_unique<tongban::Singletons>(m_services.get());
        m_printer = std::make_unique<tongban::Printer>(m_services.get());
        tongban::Printer::setInstance(m_printer.get());
        m_control = std::make_unique<FifoControl>(m_fifo.get(), m_dir.path());
        qmlRegisterSingletonInstance("PrintTest", 1, 0, "Fifo", m_control.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase()
    {
        m_printer->waitForIdle(30000);
        m_printer.reset();
        m_singletons.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FifoPrinter> m_fifo;
    std::unique_ptr<tongban::Services> m_services;
    std::unique_ptr<tongban::Singletons> m_singletons;
    std::unique_ptr<tongban::Printer> m_printer;
    std::unique_ptr<FifoControl> m_control;
};

QUICK_TEST_MAIN_WITH_SETUP(tongban_quick_print, Setup)

#include "quick_print.moc"
