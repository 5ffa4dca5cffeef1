#pragma once

#include <QString>
#include <QStringList>

#include <atomic>

#include "printoutcome.h"

namespace tongban {

class SlipLayout;

// Printing through CUPS: the slip is painted into a QPrinter for the queue named in the
// settings; libcups reads the printer's state before and follows the job after.
namespace cups {

struct PrinterState
{
    PrintProblem problem = PrintProblem::None; // NotFound, ServiceDown, or what the reasons say
    int state = 0; // 3 idle, 4 processing, 5 stopped
    QStringList reasons; // printer-state-reasons, e.g. media-empty-error
    bool accepting = true;
    QString message; // printer-state-message
    QString detail() const;
};

// Asks the scheduler (CUPS_SERVER / client.conf) about `queue` with Get-Printer-Attributes.
// The scheduler is connected to first: libcups's cupsGetNamedDest reports a missing
// scheduler as "printer does not exist" (IPP 0x406), and cupsPrintFile as an internal error
// (0x500, "No such file or directory"), so only the connection tells the two apart.
PrinterState printerState(const QString &queue);

// The blocking problem among printer-state-reasons (…-warning is not one), else None;
// a stopped printer without a known reason counts as Paused.
PrintProblem problemFromReasons(const QStringList &reasons, int state);

struct Options
{
    int timeoutMs = 30000; // a slip not done by then: the printer does not answer; cancelled
    int pollMs = 250;
    int offlineGraceMs = 8000; // a backend still connecting to the device (usb) after this: offline
    const std::atomic_bool *cancel = nullptr;
};

// Checks the printer, prints the slip, and follows the job until CUPS reports it
// completed or failed. A job given up on is cancelled, so it cannot come out later for
// the next person at the kiosk.
PrintOutcome print(const SlipLayout &layout, const QString &queue, const QString &title, const Options &options = {});

} // namespace cups
} // namespace tongban
