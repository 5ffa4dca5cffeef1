#include "printer.h"

#include "printjob.h"
#include "services.h"
#include "slip.h"
#include "visit.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace tongban {

namespace {
Printer *s_instance = nullptr;
}

Printer::Printer(Services *services, QObject *parent)
    : QObject(parent),
      m_services(services),
      m_target(PrintTarget::parse(services->settings().printer)),
      m_paper(Paper::parse(services->settings().paper))
{
}

Printer::~Printer()
{
    m_cancel = true; // a CUPS job being followed is cancelled rather than waited out
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    if (s_instance == this)
        s_instance = nullptr;
}

Printer *Printer::instance()
{
    return s_instance;
}
void Printer::setInstance(Printer *printer)
{
    s_instance = printer;
}

Printer *Printer::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Printer::create", "main() must set up the services before QML loads");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Printer::setTarget(const PrintTarget &target)
{
    m_target = target;
    emit stateChanged();
}

void Printer::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    emit stateChanged();
}

bool Printer::printItem(const QString &itemId)
{
    if (busy())
        return false;
    QString error;
    const std::optional<Slip> slip = Slip::forItem(*m_services, itemId, &error);
    PrintOutcome early;
    if (!slip)
        early = PrintOutcome::failure(PrintProblem::UnknownItem, error);
    else if (!configured())
        early = PrintOutcome::failure(PrintProblem::NoPrinter, QStringLiteral("kiosk.ini [printer] name 为空"));
    else if (!m_paper)
        early = PrintOutcome::failure(PrintProblem::BadPaper,
            QStringLiteral("kiosk.ini [printer] paper=%1 无效，应为 58mm、80mm 或 a4").arg(m_services->settings().paper));
    if (!early.ok()) {
        complete(early, itemId);
        return true;
    }

    setState(Printing, tr("正在打印，请稍候…"));
    // The idle reset waits while a slip prints: the resident is standing at the printer.
    m_heldVisit = Visit::instance();
    if (m_heldVisit)
        m_heldVisit->hold();
    emit started(itemId);
    auto outcome = std::make_shared<PrintOutcome>();
    m_thread = QThread::create([outcome, slip = *slip, paper = *m_paper, target = m_target, cancel = &m_cancel] {
        *outcome = printSlip(slip, paper, target, cancel);
    });
    connect(m_thread, &QThread::finished, this, [this, outcome, itemId] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_heldVisit)
            m_heldVisit->release();
        m_heldVisit = nullptr;
        complete(*outcome, itemId);
    });
    m_thread->start();
    return true;
}

void Printer::complete(const PrintOutcome &outcome, const QString &itemId)
{
    m_outcome = outcome;
    if (outcome.ok())
        m_services->state().countUsage(QStringLiteral("print"), itemId);
    else {
        m_services->state().countUsage(QStringLiteral("print-failed"), itemId);
        logPrintFailure(*m_services, outcome, m_target, itemId);
    }
    setState(outcome.ok() ? Done : Failed, outcome.message());
    emit finished(outcome.ok());
}

void Printer::reset()
{
    if (!busy())
        setState(Idle, {});
}

bool Printer::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (busy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return !busy();
}

} // namespace tongban
