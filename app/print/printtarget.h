#pragma once

#include <QString>

#include <optional>

namespace tongban {

// The paper a slip is laid out for. Rolls are laid out in printer dots at 203 dpi (the usual
// thermal head: 384 dots on 58 mm paper, 576 on 80 mm); A4 at 300 dpi.
struct Paper
{
    enum class Kind { Roll58, Roll80, A4 };
    Kind kind = Kind::Roll80;

    static std::optional<Paper> parse(const QString &name); // "58mm", "80mm", "a4"
    QString name() const;
    bool isRoll() const { return kind != Kind::A4; }
    int dpi() const { return isRoll() ? 203 : 300; }
    double widthMm() const;
    // The printable width: the head's width on a roll, the area inside the margins on A4.
    int contentWidthDots() const;
    int marginDots() const; // left and right, up to the paper's edge
    int topMarginDots() const;
    double a4HeightMm() const { return 297.0; }
    int dotsFromMm(double mm) const;
};

// Where a slip goes. The kiosk settings' printer/name takes the same forms:
//   ""               no printer
//   "pdf:PATH"       a PDF file (also any value ending in .pdf or containing '/')
//   "escpos:DEVICE"  raw ESC/POS to a device (/dev/usb/lp0, a serial tty) or a file
//   "cups:NAME" or a bare NAME   a CUPS queue
struct PrintTarget
{
    enum class Kind { None, Pdf, EscPos, Cups };
    Kind kind = Kind::None;
    QString path; // file, device or CUPS queue name

    static PrintTarget parse(const QString &text);
    QString describe() const; // for staff and the event log
};

} // namespace tongban
