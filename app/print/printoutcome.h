#pragma once

#include <QString>

namespace tongban {

// Why a slip did not print, in words for residents (short, with what to do instead) and for
// staff (the event log, with the technical detail alongside).
enum class PrintProblem {
    None,
    NoPrinter, // nothing configured
    UnknownItem,
    BadPaper, // e.g. ESC/POS asked for A4
    NotFound, // no such CUPS queue
    ServiceDown, // no CUPS scheduler to talk to
    Offline,
    PaperOut,
    CoverOpen,
    PaperJam,
    SupplyEmpty,
    Paused,
    JobFailed, // aborted, cancelled or refused
    Timeout,
    Unwritable, // file or device cannot be written
};

struct PrintOutcome
{
    PrintProblem problem = PrintProblem::None;
    QString detail; // technical, for staff: queue, reasons, job id, errno text

    bool ok() const { return problem == PrintProblem::None; }
    static PrintOutcome failure(PrintProblem problem, const QString &detail) { return {problem, detail}; }

    // What the kiosk tells the resident.
    QString message() const;
    // What the event log says, e.g. "打印失败：打印机缺纸".
    QString staffMessage() const;
    static QString problemName(PrintProblem problem);
};

} // namespace tongban
