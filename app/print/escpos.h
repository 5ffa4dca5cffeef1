#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include "printoutcome.h"

namespace tongban::escpos {

// Raw ESC/POS for thermal receipt printers without a CUPS driver (Debian packages none):
//   ESC @                     initialise
//   GS v 0 0 xL xH yL yH d…   1-bit raster band, MSB = leftmost dot, 1 = black
//   ESC d n                   feed n lines
//   GS V 66 0                 feed to the cutter and cut (partial)
// Bands are at most kBandRows high: many printers have small receive buffers.
constexpr int kBandRows = 256;

// Thresholds `image` at 50 % grey (text is drawn anti-aliased; the QR code is exact).
QByteArray encode(const QImage &image, int feedLines = 4);

// The printer's answer to DLE EOT n (real-time status, n = 1 printer, 2 offline cause,
// 4 roll paper sensor), read into one verdict.
enum class Status { Ready, PaperOut, CoverOpen, Offline, Error, Unknown };
struct StatusBytes
{
    int printer = -1; // -1: no answer
    int offlineCause = -1;
    int paperSensor = -1;
};
Status interpret(const StatusBytes &bytes);
QString statusName(Status status);
PrintProblem problemFor(Status status);

// Writes `bytes` to a device (character device: status asked before and after, tty set to
// raw) or a file (created or truncated; status unknown). `status` gets the last verdict.
PrintOutcome send(const QString &path, const QByteArray &bytes, Status *status = nullptr, int answerTimeoutMs = 500);

} // namespace tongban::escpos
