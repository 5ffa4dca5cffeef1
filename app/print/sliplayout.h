#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>

#include "printtarget.h"
#include "slip.h"

class QIODevice;
class QImage;
class QPagedPaintDevice;
class QPainter;

namespace tongban {

// The slip laid out for one paper as a column of rows in printer dots (paper.dpi()). Rows are
// whole text lines, tick boxes, rules or the QR code, so a page break never cuts through
// anything: on a roll the page grows to fit (and continues on a further page beyond 1 m), on
// A4 the rows flow onto more pages.
class SlipLayout
{
public:
    SlipLayout(const Slip &slip, const Paper &paper);

    const Paper &paper() const { return m_paper; }
    int width() const { return m_paper.contentWidthDots(); }
    int height() const; // all rows, no margins
    int qrModuleDots() const { return m_qrModule; } // 0: no QR code printed

    struct Page
    {
        int first = 0; // rows [first, end)
        int end = 0;
        int height = 0; // of those rows
    };
    QList<Page> paginate(int pageHeight) const;
    void paint(QPainter *painter, const Page &page, QPointF origin) const;

    // Pages for `device`, sized for this paper; false (with `error`) when painting fails.
    bool paintPages(QPagedPaintDevice *device, QString *error) const;
    bool writePdf(QIODevice *out, const QString &title, QString *error) const;
    // The whole slip as one image of the head's width (for raw thermal printers).
    QImage raster() const;

    // The font used on paper: WenQuanYi Micro Hei, whose PDF text extracts as the same
    // characters (Noto CJK's extracts as radicals, see PLATFORM-NOTES.md).
    static QString fontFamily() { return QStringLiteral("WenQuanYi Micro Hei"); }

private:
    struct Row
    {
        int height = 0;
        bool keepWithNext = false;
        std::function<void(QPainter *, QPointF)> paint;
    };
    enum class Style { Title, Heading, Body, Small };

    QFont font(Style style) const;
    void addText(const QString &text, Style style, Qt::Alignment align = Qt::AlignLeft, int indent = 0, bool keepWithNext = false,
        bool tickBox = false);
    void addRule();
    void addSpace(int dots);
    void addQr(const Slip &slip);

    Paper m_paper;
    QList<Row> m_rows;
    int m_qrModule = 0;
};

} // namespace tongban
