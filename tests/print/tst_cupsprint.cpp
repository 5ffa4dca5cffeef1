// Printing through CUPS, against a private scheduler (the real cupsd and its backends): a
// completed job delivers the slip that decodes; an aborted job, a paused or refusing
// printer, an unknown queue and a missing scheduler each give their message, an event-log
// entry and no crash, while the kiosk's event loop keeps running.
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cups/cups.h>

#include "cupsprint.h"
#include "printer.h"
#include "printjob.h"
#include "printsupport.h"
#include "privatecups.h"
#include "sliplayout.h"

using namespace tongban;

class TestCupsPrint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<PrivateCups> m_cups;

    Slip slip(const QString &item) { return *Slip::forItem(*m_services, item); }
    PrintOutcome printTo(const QString &queue)
    {
        return printSlip(slip(QStringLiteral("item-1")), *Paper::parse("80mm"), PrintTarget::parse("cups:" + queue));
    }
    QString lastEvent(const QString &field)
    {
        const QList<LocalState::Event> events = m_services->state().recentEvents(1);
        if (events.isEmpty())
            return {};
        return field == QLatin1String("kind")   ? events.first().kind
            : field == QLatin1String("message") ? events.first().message
                                                : events.first().detail;
    }

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        m_services = printsupport::services(m_dir);
        QVERIFY(m_services);
        if (!PrivateCups::available())
            TONGBAN_SKIP("cups-daemon and cups-client are not installed (tools/kiosk installs them)");
        m_cups = std::make_unique<PrivateCups>();
        QString error;
        QVERIFY2(m_cups->start(&error), qPrintable(error));
        // Every thread's libcups reads CUPS_SERVER when it first needs the server.
        qputenv("CUPS_SERVER", m_cups->socket().toLocal8Bit());
        cupsSetServer(nullptr);

        QByteArray out;
        QCOMPARE(m_cups->admin("lpadmin", {"-p", "slip", "-v", "file:///dev/null", "-E"}, &out), 0);
        // CUPS's own ipp backend gives up on a printer that does not answer after contimeout
        // seconds; with the abort-job policy the scheduler then aborts the job.
        QCOMPARE(
            m_cups->admin("lpadmin",
                {"-p", "broken", "-v", "ipp://127.0.0.1:1/ipp/print?contimeout=1", "-o", "printer-error-policy=abort-job", "-E"},
                &out),
            0);
        // Without contimeout the backend keeps trying to reach the printer: one that is off.
        QCOMPARE(m_cups->admin("lpadmin", {"-p", "off", "-v", "ipp://127.0.0.1:1/ipp/print", "-E"}, &out), 0);
        QCOMPARE(m_cups->admin("lpadmin", {"-p", "paused", "-v", "file:///dev/null", "-E"}, &out), 0);
        QCOMPARE(m_cups->admin("cupsdisable", {"-r", "maintenance", "paused"}, &out), 0);
        QCOMPARE(m_cups->admin("lpadmin", {"-p", "closed", "-v", "file:///dev/null", "-E"}, &out), 0);
        QCOMPARE(m_cups->admin("cupsreject", {"closed"}, &out), 0);
    }

    void completedJobCarriesTheSlip()
    {
        const PrintOutcome outcome = printTo(QStringLiteral("slip"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail + u'\n' + m_cups->errorLog()));
        cups_job_t *jobs = nullptr;
        const int count = cupsGetJobs(&jobs, "slip", 0, CUPS_WHICHJOBS_COMPLETED);
        const int id = count == 1 ? jobs[0].id : 0;
        const QString title = count == 1 ? QString::fromUtf8(jobs[0].title) : QString();
        cupsFreeJobs(count, jobs);
        QCOMPARE(count, 1);
        QVERIFY(title.startsWith(QStringLiteral("tongban-slip-item-1-")));
        // The document the scheduler received is the slip: it decodes and extracts.
        const QString document = m_cups->path(QStringLiteral("job.pdf"));
        QVERIFY(testsupport::writeFile(document, m_cups->jobDocument(id)));
        QVERIFY(testsupport::readFile(document).startsWith("%PDF"));
        const QStringList pages = printsupport::renderPages(document, m_dir.path());
        QCOMPARE(pages.size(), 1);
        QCOMPARE(testsupport::zbar(pages.first()), QStringList{printsupport::urlOf(QStringLiteral("item-1"))});
        QVERIFY(printsupport::squeezed(printsupport::pdfText(document)).contains(QStringLiteral("居民身份证")));
    }

    // CUPS's ipp backend keeps retrying a printer that is off and reports only a message;
    // the kiosk gives up after its timeout, cancels the job and keeps CUPS's words for staff.
    void printerThatDoesNotAnswerIsGivenUp()
    {
        cups::Options options;
        options.timeoutMs = 3000;
        const SlipLayout layout(slip(QStringLiteral("item-2")), *Paper::parse("58mm"));
        const PrintOutcome outcome = cups::print(layout, QStringLiteral("off"), QStringLiteral("tongban-off-test"), options);
        QVERIFY2(outcome.problem == PrintProblem::Timeout, qPrintable(outcome.detail));
        QVERIFY2(
            outcome.detail.contains(QStringLiteral("The printer may not exist or is unavailable")), qPrintable(outcome.detail));
        QVERIFY(outcome.message().contains(QStringLiteral("打印机暂时无法使用")));
        cups_job_t *jobs = nullptr;
        const int active = cupsGetJobs(&jobs, "off", 0, CUPS_WHICHJOBS_ACTIVE);
        cupsFreeJobs(active, jobs);
        QCOMPARE(active, 0); // cancelled: it will not come out later for somebody else
    }

    void printerStateIsRead()
    {
        const cups::PrinterState ready = cups::printerState(QStringLiteral("slip"));
        QCOMPARE(ready.problem, PrintProblem::None);
        QCOMPARE(ready.state, int(IPP_PSTATE_IDLE));
        const cups::PrinterState paused = cups::printerState(QStringLiteral("paused"));
        QCOMPARE(paused.state, int(IPP_PSTATE_STOPPED));
        QVERIFY2(paused.reasons.contains(QStringLiteral("paused")), qPrintable(paused.detail()));
        QCOMPARE(paused.message, QStringLiteral("maintenance"));
        QCOMPARE(paused.problem, PrintProblem::Paused);
        QCOMPARE(cups::printerState(QStringLiteral("closed")).accepting, false);
    }

    void reasonsBecomeProblems()
    {
        using cups::problemFromReasons;
        QCOMPARE(problemFromReasons({"media-empty-error"}, IPP_PSTATE_STOPPED), PrintProblem::PaperOut);
        QCOMPARE(problemFromReasons({"media-needed"}, IPP_PSTATE_PROCESSING), PrintProblem::PaperOut);
        QCOMPARE(problemFromReasons({"media-low-warning"}, IPP_PSTATE_IDLE), PrintProblem::None);
        QCOMPARE(problemFromReasons({"cover-open-error"}, IPP_PSTATE_STOPPED), PrintProblem::CoverOpen);
        QCOMPARE(problemFromReasons({"media-jam-error"}, IPP_PSTATE_STOPPED), PrintProblem::PaperJam);
        QCOMPARE(problemFromReasons({"offline-report"}, IPP_PSTATE_IDLE), PrintProblem::Offline);
        QCOMPARE(problemFromReasons({"toner-empty-error"}, IPP_PSTATE_STOPPED), PrintProblem::SupplyEmpty);
        QCOMPARE(problemFromReasons({"paused"}, IPP_PSTATE_STOPPED), PrintProblem::Paused);
        QCOMPARE(problemFromReasons({"connecting-to-device"}, IPP_PSTATE_PROCESSING), PrintProblem::None);
    }

    void pausedOrRefusingPrinterGetsNoJob()
    {
        for (const QString &queue : {QStringLiteral("paused"), QStringLiteral("closed")}) {
            const PrintOutcome outcome = printTo(queue);
            QCOMPARE(outcome.problem, PrintProblem::Paused);
            QVERIFY(outcome.message().contains(QStringLiteral("打印机暂时无法使用")));
            cups_job_t *jobs = nullptr;
            const int count = cupsGetJobs(&jobs, queue.toUtf8().constData(), 0, CUPS_WHICHJOBS_ALL);
            cupsFreeJobs(count, jobs);
            QCOMPARE(count, 0);
        }
    }

    void unknownQueueIsNamedForStaff()
    {
        const PrintOutcome outcome = printTo(QStringLiteral("no_such_queue"));
        QCOMPARE(outcome.problem, PrintProblem::NotFound);
        QVERIFY(outcome.detail.contains(QStringLiteral("no_such_queue")));
    }

    // The kiosk's own path: Printer on its worker thread, the aborted job in the event log,
    // the event loop running all along.
    void abortedJobIsLoggedWithoutBlocking()
    {
        Printer printer(m_services.get());
        printer.setTarget(PrintTarget::parse(QStringLiteral("cups:broken")));
        QSignalSpy finished(&printer, &Printer::finished);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&] { ticks += printer.busy() ? 1 : 0; });
        timer.start(20);

        QVERIFY(printer.printItem(QStringLiteral("item-1")));
        QVERIFY(printer.busy());
        QCOMPARE(printer.message(), QStringLiteral("正在打印，请稍候…"));
        QVERIFY(!printer.printItem(QStringLiteral("item-1"))); // a second tap does not print twice
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(ticks > 5, "the event loop ran while the job was followed");

        QCOMPARE(printer.state(), Printer::Failed);
        QCOMPARE(printer.lastOutcome().problem, PrintProblem::JobFailed);
        QVERIFY2(printer.lastOutcome().detail.contains(QStringLiteral("job-state %1").arg(int(IPP_JSTATE_ABORTED))),
            qPrintable(printer.lastOutcome().detail));
        QVERIFY(printer.message().contains(QStringLiteral("请用手机扫描屏幕上的二维码")));
        QCOMPARE(lastEvent("kind"), QStringLiteral("print-failed"));
        QVERIFY2(lastEvent("message").contains(QStringLiteral("打印没有完成")), qPrintable(lastEvent("message")));
        QVERIFY(lastEvent("message").contains(QStringLiteral("CUPS 打印机 broken")));
        QVERIFY(m_cups->errorLog().contains(QStringLiteral("Job aborted")));
    }

    // Without a scheduler libcups's cupsGetNamedDest says "printer does not exist"; the kiosk
    // tells that apart and says the print service is down.
    void missingSchedulerIsReported()
    {
        const QByteArray saved = qgetenv("CUPS_SERVER");
        qputenv("CUPS_SERVER", QByteArray("/nonexistent/cups.sock"));
        cupsSetServer(nullptr);
        const PrintOutcome outcome = printTo(QStringLiteral("slip"));
        qputenv("CUPS_SERVER", saved);
        cupsSetServer(nullptr);
        QCOMPARE(outcome.problem, PrintProblem::ServiceDown);
        QVERIFY(outcome.detail.contains(QStringLiteral("/nonexistent/cups.sock")));
        QVERIFY(outcome.message().contains(QStringLiteral("打印机暂时无法使用")));
    }
};

QTEST_MAIN(TestCupsPrint)
#include "tst_cupsprint.moc"
