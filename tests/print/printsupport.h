#pragma once

// Shared by the print tests: services on a private data folder with the print fixture
// package installed, and readers that look at printed output from the outside (poppler's
// pdftoppm / pdftotext / pdfinfo, zbarimg, and an ESC/POS raster parser).
#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

#include "contentstore.h"
#include "kiosksettings.h"
#include "services.h"
#include "testsupport.h"

namespace printsupport {

inline QString fixturePackage()
{
    return testsupport::sourceDir() + QStringLiteral("/tests/print/data/slip");
}

// The fixture's items and the (distinct) URLs their QR codes open: the verified deep links, and
// for item-2 (not verified) the portal.
inline QString urlOf(const QString &itemId)
{
    if (itemId == QLatin1String("item-1"))
        return QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/item/1001?area=220100");
    if (itemId == QLatin1String("item-2")) // not verified: the portal of the kiosk's city
        return QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/?area=220100");
    if (itemId == QLatin1String("item-3"))
        return QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/?area=220400&q=%E6%B5%8B%E8%AF%95");
    return QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/item/3030?area=220100&from=print-test-long-checklist");
}

// Services whose settings name the fixture's hall and `printer`, with the fixture content.
inline std::unique_ptr<tongban::Services> services(const QTemporaryDir &dir, const QString &printer = {})
{
    tongban::KioskSettings settings;
    settings.hallName = QStringLiteral("测试大厅");
    settings.printer = printer;
    settings.paper = QStringLiteral("80mm");
    settings.verifiedMaxAgeDays = 36500; // the fixture's links were verified when it was built, 2026-03-01
    const tongban::Paths paths{dir.path()};
    if (!settings.save(paths.settingsFile()))
        return nullptr;
    auto services = std::make_unique<tongban::Services>(paths);
    QList<tongban::Diagnostic> diagnostics;
    if (!services->start() || !testsupport::install(*services, fixturePackage(), &diagnostics))
        return nullptr;
    return services;
}

// Each page of a PDF as a PNG at `dpi` (pdftoppm), in page order.
inline QStringList renderPages(const QString &pdf, const QString &outDir, int dpi = 200)
{
    QDir().mkpath(outDir);
    const QString prefix = QDir(outDir).filePath(QStringLiteral("page"));
    if (testsupport::run(
            QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf, prefix})
        != 0)
        return {};
    QStringList pages;
    for (const QString &name : QDir(outDir).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name))
        pages.append(QDir(outDir).filePath(name));
    return pages;
}

inline QString pdfText(const QString &pdf, const QStringList &options = {})
{
    QByteArray out;
    testsupport::run(QStringLiteral("pdftotext"), options + QStringList{pdf, QStringLiteral("-")}, &out);
    return QString::fromUtf8(out);
}

// Text with every kind of white space removed: lines wrap wherever the paper ends.
inline QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

inline QString pdfInfo(const QString &pdf, const QString &key)
{
    QByteArray out;
    testsupport::run(QStringLiteral("pdfinfo"), {pdf}, &out);
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(key.toUtf8() + ':'))
            return QString::fromUtf8(line.mid(key.size() + 1)).trimmed();
    return {};
}

// Reads an ESC/POS job back into the image it prints: ESC @, GS v 0 bands, ESC d n and
// GS V 66 0. Any other byte is an error (an empty image).
inline QImage parseEscPos(const QByteArray &bytes, QString *error, int *bands = nullptr, bool *cut = nullptr)
{
    QImage image;
    int at = 0;
    int maxBand = 0;
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("%1 at byte %2").arg(why).arg(at);
        return QImage();
    };
    if (bands)
        *bands = 0;
    if (cut)
        *cut = false;
    while (at < bytes.size()) {
        const auto b = [&](int i) { return uchar(bytes.at(at + i)); };
        const int left = int(bytes.size()) - at;
        if (left >= 2 && b(0) == 0x1b && b(1) == 0x40) {
            at += 2;
        } else if (left >= 8 && b(0) == 0x1d && b(1) == 0x76 && b(2) == 0x30) {
            if (b(3) != 0)
                return fail(QStringLiteral("raster mode %1").arg(b(3)));
            const int bytesPerRow = b(4) | b(5) << 8;
            const int rows = b(6) | b(7) << 8;
            at += 8;
            if (left - 8 < bytesPerRow * rows)
                return fail(QStringLiteral("band shorter than its header"));
            if (!image.isNull() && image.width() != bytesPerRow * 8)
                return fail(QStringLiteral("band width changes"));
            QImage band(bytesPerRow * 8, rows, QImage::Format_Grayscale8);
            for (int y = 0; y < rows; ++y)
                for (int x = 0; x < bytesPerRow * 8; ++x) {
                    const uchar byte = uchar(bytes.at(at + y * bytesPerRow + x / 8));
                    band.scanLine(y)[x] = (byte & (0x80 >> (x % 8))) ? 0 : 255;
                }
            at += bytesPerRow * rows;
            maxBand = std::max(maxBand, rows);
            if (bands)
                ++*bands;
            if (image.isNull()) {
                image = band;
            } else {
                QImage joined(image.width(), image.height() + rows, QImage::Format_Grayscale8);
                for (int y = 0; y < image.height(); ++y)
                    std::copy_n(image.constScanLine(y), image.width(), joined.scanLine(y));
                for (int y = 0; y < rows; ++y)
                    std::copy_n(band.constScanLine(y), band.width(), joined.scanLine(image.height() + y));
                image = joined;
            }
        } else if (left >= 3 && b(0) == 0x1b && b(1) == 0x64) {
            at += 3;
        } else if (left >= 4 && b(0) == 0x1d && b(1) == 0x56 && b(2) == 0x42) {
            at += 4;
            if (cut)
                *cut = true;
        } else {
            return fail(QStringLiteral("unknown command 0x%1").arg(b(0), 2, 16, QLatin1Char('0')));
        }
    }
    return image;
}

// The printed strip as it leaves the printer: the head's image on paper `paperDots` wide.
inline QImage onPaper(const QImage &head, int paperDots)
{
    QImage paper(paperDots, head.height(), QImage::Format_Grayscale8);
    paper.fill(255);
    const int left = (paperDots - head.width()) / 2;
    for (int y = 0; y < head.height(); ++y)
        std::copy_n(head.constScanLine(y), head.width(), paper.scanLine(y) + left);
    return paper;
}

} // namespace printsupport
