#pragma once

#include <QString>

#include <atomic>

#include "printoutcome.h"
#include "printtarget.h"
#include "slip.h"

namespace tongban {

class Services;

// One slip to one target, start to finish, on whatever thread calls it (the kiosk runs it
// on a worker thread; the command line on the main thread). Touches no database.
PrintOutcome printSlip(const Slip &slip, const Paper &paper, const PrintTarget &target, const std::atomic_bool *cancel = nullptr);

// Writes a failure to the local-state event log for staff (main thread: the log's
// connection lives there).
void logPrintFailure(Services &services, const PrintOutcome &outcome, const PrintTarget &target, const QString &itemId);

// `tongban-kiosk --print-item ITEM --to TARGET --paper PAPER`: prints one slip and returns
// the exit code (0 printed; 1 with a message on stderr otherwise). An empty `to` or `paper`
// means the kiosk settings' printer or paper.
int runPrintCommand(Services &services, const QString &itemId, const QString &to, const QString &paper);

} // namespace tongban
