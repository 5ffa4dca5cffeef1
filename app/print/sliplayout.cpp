#include "sliplayout.h"

#include "itemdetail.h"

#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <cmath>
#include <memory>

namespace tongban {

namespace {
// A roll page longer than this continues on a further page: PDF readers and CUPS filters
// handle pages up to 5 m, but a metre is a long enough strip for anyone.
constexpr double kMaxRollPageMm = 1000.0;
constexpr int kQuietModules = 4;
} // namespace

SlipLayout::SlipLayout(const Slip &slip, const Paper &paper) : m_paper(paper)
{
    const int gap = m_paper.dotsFromMm(1.5);
    addText(slip.hallName, Style::Heading, Qt::AlignHCenter);
    addText(QStringLiteral("办事指南"), Style::Small, Qt::AlignHCenter);
    addRule();
    addText(slip.itemName, Style::Title);
    addText(slip.departmentName, Style::Body);
    addRule();

    if (!slip.materials.isEmpty()) {
        addText(QStringLiteral("所需材料（共 %1 项，备好一项勾一项）").arg(slip.materials.size()), Style::Heading, Qt::AlignLeft,
            0, true);
        const int indent = QFontMetrics(font(Style::Body)).height() + m_paper.dotsFromMm(1.0);
        for (const Slip::Material &m : slip.materials) {
            addSpace(gap / 2);
            addText(m.name, Style::Body, Qt::AlignLeft, indent, !m.detail.isEmpty(), true);
            if (!m.detail.isEmpty())
                addText(m.detail, Style::Small, Qt::AlignLeft, indent);
        }
        addRule();
    }

    if (!slip.where.isEmpty() || !slip.hours.isEmpty() || !slip.promised.isEmpty()) {
        addText(QStringLiteral("办理地点和时间"), Style::Heading, Qt::AlignLeft, 0, true);
        for (const QString &line : slip.where)
            addText(line, Style::Body);
        if (!slip.hours.isEmpty())
            addText(QStringLiteral("办公时间：%1").arg(slip.hours), Style::Body);
        if (!slip.promised.isEmpty())
            addText(QStringLiteral("承诺办结时限：%1").arg(slip.promised), Style::Body);
    }
    // What the content does not state, named once instead of "ask" under every heading.
    if (!slip.unknown.isEmpty())
        addText(slip.unknownLine(), Style::Body);
    addRule();

    addQr(slip);
    addRule();
    if (!slip.contentDate.isEmpty())
        addText(QStringLiteral("信息更新于 %1").arg(slip.contentDate), Style::Small);
    addText(QStringLiteral("内容版本 %1").arg(slip.contentVersion), Style::Small);
    addText(QStringLiteral("打印时间 %1").arg(slip.printedAtText()), Style::Small);
}

QFont SlipLayout::font(Style style) const
{
    // Sizes in points, as on paper; rolls a little smaller than A4.
    double pt = 0;
    switch (style) {
    case Style::Title:
        pt = m_paper.isRoll() ? 12.5 : 18;
        break;
    case Style::Heading:
        pt = m_paper.isRoll() ? 10 : 13;
        break;
    case Style::Body:
        pt = m_paper.isRoll() ? 9 : 11;
        break;
    case Style::Small:
        pt = m_paper.isRoll() ? 7.5 : 9;
        break;
    }
    QFont f(fontFamily());
    f.setPixelSize(int(std::lround(pt * m_paper.dpi() / 72.0)));
    f.setBold(style == Style::Title || style == Style::Heading);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void SlipLayout::addText(const QString &text, Style style, Qt::Alignment align, int indent, bool keepWithNext, bool tickBox)
{
    const QFont f = font(style);
    const int lineGap = m_paper.dotsFromMm(0.4);
    // Each line of the content is its own paragraph; each laid-out line its own row.
    const QStringList paragraphs = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(u'\n');
    for (int p = 0; p < paragraphs.size(); ++p) {
        auto layout = std::make_shared<QTextLayout>(paragraphs[p], f);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        qreal y = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width() - indent);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const bool box = tickBox && p == 0 && i == 0;
            const bool last = p == paragraphs.size() - 1 && i == layout->lineCount() - 1;
            Row row;
            row.height = int(std::ceil(line.height())) + lineGap;
            row.keepWithNext = keepWithNext && last;
            row.paint = [layout, i, indent, box](QPainter *painter, QPointF at) {
                const QTextLine l = layout->lineAt(i);
                l.draw(painter, QPointF(at.x() + indent, at.y() - l.y()));
                if (box) {
                    const qreal side = l.ascent() * 0.9;
                    const qreal pen = std::max<qreal>(2, side / 10);
                    painter->save();
                    painter->setPen(QPen(Qt::black, pen));
                    painter->setBrush(Qt::NoBrush);
                    painter->drawRect(QRectF(at.x() + pen / 2, at.y() + l.ascent() - side + pen / 2, side - pen, side - pen));
                    painter->restore();
                }
            };
            m_rows.append(row);
        }
    }
}

void SlipLayout::addRule()
{
    const int space = m_paper.dotsFromMm(1.5);
    const int pen = std::max(2, m_paper.dotsFromMm(0.25));
    Row row;
    row.height = 2 * space + pen;
    row.paint = [w = width(), space, pen](
                    QPainter *painter, QPointF at) { painter->fillRect(QRectF(at.x(), at.y() + space, w, pen), Qt::black); };
    m_rows.append(row);
}

void SlipLayout::addSpace(int dots)
{
    m_rows.append({dots, false, [](QPainter *, QPointF) {}});
}

void SlipLayout::addQr(const Slip &slip)
{
    if (slip.qr.isNull()) {
        addText(QStringLiteral("无法打印二维码：%1").arg(slip.qrError), Style::Body);
        return;
    }
    const int modules = slip.qr.width();
    // Modules of at least 0.5 mm (4 dots at 203 dpi), as large as fits the preferred size;
    // the quiet zone may reach into the paper's blank margin beyond the head.
    const int minModule = std::max(4, m_paper.dotsFromMm(0.5));
    const int preferred = m_paper.dotsFromMm(m_paper.kind == Paper::Kind::Roll58 ? 40 : m_paper.isRoll() ? 46 : 50);
    int module = std::max(minModule, preferred / (modules + 2 * kQuietModules));
    module = std::min(module, width() / modules);
    module = std::min(module, (width() + 2 * m_paper.marginDots()) / (modules + 2 * kQuietModules));
    if (module < minModule) {
        addText(QStringLiteral("网址太长，二维码在 %1 纸上无法清晰打印，请扫描屏幕上的二维码").arg(m_paper.name()), Style::Body);
        return;
    }
    m_qrModule = module;
    const QImage code = slip.qr;
    const int quiet = kQuietModules * module;
    Row row;
    row.height = modules * module + 2 * quiet;
    row.paint = [w = width(), code, module, quiet](QPainter *painter, QPointF at) {
        const int side = code.width() * module;
        const qreal x0 = at.x() + std::floor((w - side) / 2.0);
        const qreal y0 = at.y() + quiet;
        // One rectangle per horizontal run keeps the PDF small and free of seams.
        for (int y = 0; y < code.height(); ++y) {
            for (int x = 0; x < code.width();) {
                if (!code.pixelIndex(x, y)) {
                    ++x;
                    continue;
                }
                int end = x;
                while (end < code.width() && code.pixelIndex(end, y))
                    ++end;
                painter->fillRect(QRectF(x0 + x * module, y0 + y * module, (end - x) * module, module), Qt::black);
                x = end;
            }
        }
    };
    m_rows.append(row);
    addText(slip.qrCaption, Style::Body, Qt::AlignHCenter);
    addText(slip.urlHost, Style::Small, Qt::AlignHCenter);
}

int SlipLayout::height() const
{
    int h = 0;
    for (const Row &row : m_rows)
        h += row.height;
    return h;
}

QList<SlipLayout::Page> SlipLayout::paginate(int pageHeight) const
{
    QList<Page> pages;
    Page page;
    for (int i = 0; i < m_rows.size(); ++i) {
        // A heading moves to the next page with the row it introduces.
        int need = m_rows[i].height;
        if (m_rows[i].keepWithNext && i + 1 < m_rows.size())
            need += m_rows[i + 1].height;
        if (page.height > 0 && page.height + need > pageHeight) {
            pages.append(page);
            page = {i, i, 0};
        }
        page.end = i + 1;
        page.height += m_rows[i].height;
    }
    if (page.end > page.first)
        pages.append(page);
    return pages;
}

void SlipLayout::paint(QPainter *painter, const Page &page, QPointF origin) const
{
    painter->setPen(Qt::black);
    for (int i = page.first; i < page.end; ++i) {
        m_rows[i].paint(painter, origin);
        origin.ry() += m_rows[i].height;
    }
}

bool SlipLayout::paintPages(QPagedPaintDevice *device, QString *error) const
{
    const int top = m_paper.topMarginDots();
    const double mmPerDot = 25.4 / m_paper.dpi();
    const int footer = m_paper.isRoll() ? 0 : m_paper.dotsFromMm(8);
    const int pageRows = m_paper.isRoll() ? m_paper.dotsFromMm(kMaxRollPageMm) : m_paper.dotsFromMm(297) - 2 * top - footer;
    const QList<Page> pages = paginate(pageRows);
    QPainter painter;
    for (int i = 0; i < pages.size(); ++i) {
        const double heightMm = m_paper.isRoll() ? (pages[i].height + 2 * top) * mmPerDot : m_paper.a4HeightMm();
        const QPageSize size(QSizeF(m_paper.widthMm(), heightMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
        device->setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF()));
        if (i == 0 ? !painter.begin(device) : !device->newPage()) {
            if (error)
                *error = QStringLiteral("无法在打印设备上开始第 %1 页").arg(i + 1);
            return false;
        }
        painter.resetTransform();
        painter.scale(device->logicalDpiX() / double(m_paper.dpi()), device->logicalDpiY() / double(m_paper.dpi()));
        paint(&painter, pages[i], QPointF(m_paper.marginDots(), top));
        if (pages.size() > 1 && !m_paper.isRoll()) {
            painter.setFont(font(Style::Small));
            const QRectF footerRect(m_paper.marginDots(), m_paper.dotsFromMm(297) - top - footer, width(), footer);
            painter.drawText(footerRect, Qt::AlignCenter, QStringLiteral("第 %1 页，共 %2 页").arg(i + 1).arg(pages.size()));
        }
    }
    if (!painter.end()) {
        if (error)
            *error = QStringLiteral("打印设备没有完成输出");
        return false;
    }
    return true;
}

bool SlipLayout::writePdf(QIODevice *out, const QString &title, QString *error) const
{
    QPdfWriter writer(out);
    writer.setResolution(m_paper.dpi());
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Tongban Kiosk"));
    return paintPages(&writer, error);
}

QImage SlipLayout::raster() const
{
    const int feed = m_paper.topMarginDots();
    QImage image(width(), height() + 2 * feed, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, {0, int(m_rows.size()), height()}, QPointF(0, feed));
    painter.end();
    return image;
}

} // namespace tongban
