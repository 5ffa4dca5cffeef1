#include "cupsprint.h"

#include "sliplayout.h"

#include <QDeadlineTimer>
#include <QPrinter>
#include <QThread>

#include <cups/cups.h>

#include <memory>

namespace tongban::cups {

namespace {

QString lastError()
{
    return QStringLiteral("%1 (IPP 0x%2)").arg(QString::fromUtf8(cupsLastErrorString())).arg(int(cupsLastError()), 0, 16);
}

struct HttpCloser
{
    void operator()(http_t *http) const { httpClose(http); }
};
using Http = std::unique_ptr<http_t, HttpCloser>;

Http connectScheduler(QString *error)
{
    Http http(httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1, 5000, nullptr));
    if (!http && error)
        *error = QStringLiteral("无法连接 CUPS 调度程序 %1：%2").arg(QString::fromUtf8(cupsServer()), lastError());
    return http;
}

QString stripSeverity(QString reason)
{
    for (const QLatin1String suffix : {QLatin1String("-error"), QLatin1String("-report")})
        if (reason.endsWith(suffix))
            return reason.chopped(suffix.size());
    return reason;
}

struct JobState
{
    int state = 0; // ipp_jstate_t; 0: unknown
    QString reasons;
    QString message;
};

JobState jobState(http_t *http, int jobId)
{
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    const QByteArray uri = "ipp://localhost/jobs/" + QByteArray::number(jobId);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    static const char *const wanted[] = {"job-state", "job-state-reasons", "job-printer-state-message"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, wanted);
    JobState job;
    ipp_t *response = cupsDoRequest(http, request, "/");
    if (!response)
        return job;
    if (ipp_attribute_t *a = ippFindAttribute(response, "job-state", IPP_TAG_ENUM))
        job.state = ippGetInteger(a, 0);
    if (ipp_attribute_t *a = ippFindAttribute(response, "job-state-reasons", IPP_TAG_KEYWORD)) {
        QStringList reasons;
        for (int i = 0; i < ippGetCount(a); ++i)
            reasons.append(QString::fromUtf8(ippGetString(a, i, nullptr)));
        job.reasons = reasons.join(u',');
    }
    if (ipp_attribute_t *a = ippFindAttribute(response, "job-printer-state-message", IPP_TAG_TEXT))
        job.message = QString::fromUtf8(ippGetString(a, 0, nullptr));
    ippDelete(response);
    return job;
}

// QPrinter hands the job to CUPS without telling us its id; its title, unique per slip,
// finds it again.
int findJob(http_t *http, const QString &queue, const QString &title)
{
    cups_job_t *jobs = nullptr;
    const int count = cupsGetJobs2(http, &jobs, queue.toUtf8().constData(), 1, CUPS_WHICHJOBS_ALL);
    int id = 0;
    for (int i = 0; i < count; ++i)
        if (QString::fromUtf8(jobs[i].title) == title)
            id = std::max(id, jobs[i].id);
    cupsFreeJobs(count, jobs);
    return id;
}

PrintOutcome failed(PrintProblem problem, const QString &queue, const QString &what)
{
    return PrintOutcome::failure(problem, QStringLiteral("CUPS %1: %2").arg(queue, what));
}

} // namespace

QString PrinterState::detail() const
{
    QString text = QStringLiteral("printer-state %1, reasons %2").arg(state).arg(reasons.join(u','));
    if (!accepting)
        text += QStringLiteral(", not accepting jobs");
    if (!message.isEmpty())
        text += QStringLiteral(", \"%1\"").arg(message);
    return text;
}

PrintProblem problemFromReasons(const QStringList &reasons, int state)
{
    for (const QString &raw : reasons) {
        if (raw.endsWith(QLatin1String("-warning")))
            continue;
        const QString r = stripSeverity(raw);
        if (r == QLatin1String("media-empty") || r == QLatin1String("media-needed"))
            return PrintProblem::PaperOut;
        if (r == QLatin1String("door-open") || r == QLatin1String("cover-open") || r == QLatin1String("interlock-open"))
            return PrintProblem::CoverOpen;
        if (r == QLatin1String("media-jam"))
            return PrintProblem::PaperJam;
        if (r == QLatin1String("marker-supply-empty") || r == QLatin1String("toner-empty"))
            return PrintProblem::SupplyEmpty;
        if (r == QLatin1String("offline") || r == QLatin1String("shutdown") || r == QLatin1String("timed-out"))
            return PrintProblem::Offline;
    }
    if (state == IPP_PSTATE_STOPPED)
        return PrintProblem::Paused;
    return PrintProblem::None;
}

PrinterState printerState(const QString &queue)
{
    PrinterState s;
    QString error;
    const Http http = connectScheduler(&error);
    if (!http) {
        s.problem = PrintProblem::ServiceDown;
        s.message = error;
        return s;
    }
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(
        HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(), "/printers/%s", queue.toUtf8().constData());
    ipp_t *request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    static const char *const wanted[]
        = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs", "printer-state-message"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr, wanted);
    ipp_t *response = cupsDoRequest(http.get(), request, "/");
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE) {
        const bool missing = cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND;
        s.problem = missing ? PrintProblem::NotFound : PrintProblem::ServiceDown;
        s.message = missing ? QStringLiteral("CUPS 中没有名为「%1」的打印机：%2").arg(queue, lastError())
                            : QStringLiteral("无法读取打印机「%1」的状态：%2").arg(queue, lastError());
        ippDelete(response);
        return s;
    }
    if (ipp_attribute_t *a = ippFindAttribute(response, "printer-state", IPP_TAG_ENUM))
        s.state = ippGetInteger(a, 0);
    if (ipp_attribute_t *a = ippFindAttribute(response, "printer-state-reasons", IPP_TAG_KEYWORD))
        for (int i = 0; i < ippGetCount(a); ++i)
            if (const QString r = QString::fromUtf8(ippGetString(a, i, nullptr)); r != QLatin1String("none"))
                s.reasons.append(r);
    if (ipp_attribute_t *a = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        s.accepting = ippGetBoolean(a, 0);
    if (ipp_attribute_t *a = ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT))
        s.message = QString::fromUtf8(ippGetString(a, 0, nullptr));
    ippDelete(response);
    s.problem = problemFromReasons(s.reasons, s.state);
    if (s.problem == PrintProblem::None && !s.accepting)
        s.problem = PrintProblem::Paused;
    return s;
}

PrintOutcome print(const SlipLayout &layout, const QString &queue, const QString &title, const Options &options)
{
    const PrinterState before = printerState(queue);
    if (before.problem != PrintProblem::None)
        return failed(before.problem, queue,
            before.problem == PrintProblem::NotFound || before.problem == PrintProblem::ServiceDown ? before.message
                                                                                                    : before.detail());

    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(queue);
        // An unknown name makes QPrinter fall back to a PDF file without a name.
        if (printer.outputFormat() != QPrinter::NativeFormat || printer.printerName() != queue)
            return failed(PrintProblem::NotFound, queue, QStringLiteral("QPrinter 找不到这台打印机"));
        printer.setDocName(title);
        printer.setFullPage(true);
        QString error;
        if (!layout.paintPages(&printer, &error))
            return failed(PrintProblem::JobFailed, queue, error);
    }
    // QPrinter submitted the job from this thread; libcups keeps the last error per thread.
    if (cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
        return failed(PrintProblem::JobFailed, queue, QStringLiteral("提交打印任务失败：%1").arg(lastError()));

    QString error;
    const Http http = connectScheduler(&error);
    const int jobId = http ? findJob(http.get(), queue, title) : 0;
    if (!jobId)
        return failed(http ? PrintProblem::JobFailed : PrintProblem::ServiceDown, queue,
            http ? QStringLiteral("打印任务没有进入队列") : error);

    const QDeadlineTimer deadline(options.timeoutMs);
    QDeadlineTimer offlineSince(QDeadlineTimer::Forever);
    auto giveUp = [&](PrintProblem problem, const QString &why) {
        cupsCancelJob2(http.get(), queue.toUtf8().constData(), jobId, 0);
        return failed(problem, queue, QStringLiteral("job %1: %2").arg(jobId).arg(why));
    };
    for (;;) {
        const JobState job = jobState(http.get(), jobId);
        const QString jobText = QStringLiteral("job-state %1, reasons %2 %3").arg(job.state).arg(job.reasons, job.message);
        if (job.state == IPP_JSTATE_COMPLETED)
            return {};
        if (job.state == IPP_JSTATE_ABORTED || job.state == IPP_JSTATE_CANCELED) {
            const PrinterState now = printerState(queue);
            const PrintProblem why = now.problem != PrintProblem::None && now.problem != PrintProblem::Paused
                ? now.problem
                : PrintProblem::JobFailed;
            return failed(why, queue, QStringLiteral("job %1: %2; %3").arg(jobId).arg(jobText, now.detail()));
        }
        const PrinterState now = printerState(queue);
        if (now.problem != PrintProblem::None || job.state == IPP_JSTATE_STOPPED || job.state == IPP_JSTATE_HELD)
            return giveUp(now.problem != PrintProblem::None ? now.problem : PrintProblem::JobFailed,
                QStringLiteral("%1; %2").arg(jobText, now.detail()));
        // A backend that keeps trying to reach the printer: the printer is off or unplugged.
        if (now.reasons.contains(QLatin1String("connecting-to-device"))) {
            if (offlineSince.isForever())
                offlineSince.setRemainingTime(options.offlineGraceMs);
            else if (offlineSince.hasExpired())
                return giveUp(PrintProblem::Offline, QStringLiteral("%1; %2").arg(jobText, now.detail()));
        } else {
            offlineSince = QDeadlineTimer(QDeadlineTimer::Forever);
        }
        if (deadline.hasExpired())
            return giveUp(PrintProblem::Timeout, QStringLiteral("%1; %2").arg(jobText, now.detail()));
        if (options.cancel && options.cancel->load())
            return giveUp(PrintProblem::JobFailed, QStringLiteral("kiosk shutting down"));
        QThread::msleep(options.pollMs);
    }
}

} // namespace tongban::cups
