#include "printtarget.h"

#include <cmath>

namespace tongban {

std::optional<Paper> Paper::parse(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("58mm") || n == QLatin1String("58"))
        return Paper{Kind::Roll58};
    if (n == QLatin1String("80mm") || n == QLatin1String("80"))
        return Paper{Kind::Roll80};
    if (n == QLatin1String("a4"))
        return Paper{Kind::A4};
    return std::nullopt;
}

QString Paper::name() const
{
    switch (kind) {
    case Kind::Roll58:
        return QStringLiteral("58mm");
    case Kind::Roll80:
        return QStringLiteral("80mm");
    case Kind::A4:
        break;
    }
    return QStringLiteral("a4");
}

double Paper::widthMm() const
{
    switch (kind) {
    case Kind::Roll58:
        return 58.0;
    case Kind::Roll80:
        return 80.0;
    case Kind::A4:
        break;
    }
    return 210.0;
}

int Paper::dotsFromMm(double mm) const
{
    return int(std::lround(mm * dpi() / 25.4));
}

int Paper::contentWidthDots() const
{
    switch (kind) {
    case Kind::Roll58:
        return 384; // 48 mm head
    case Kind::Roll80:
        return 576; // 72 mm head
    case Kind::A4:
        break;
    }
    return dotsFromMm(210.0 - 2 * 18.0);
}

int Paper::marginDots() const
{
    return (dotsFromMm(widthMm()) - contentWidthDots()) / 2;
}

int Paper::topMarginDots() const
{
    return dotsFromMm(isRoll() ? 4.0 : 18.0);
}

PrintTarget PrintTarget::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    auto after = [&](QLatin1String prefix) { return t.mid(prefix.size()).trimmed(); };
    if (t.startsWith(QLatin1String("pdf:")))
        return {Kind::Pdf, after(QLatin1String("pdf:"))};
    if (t.startsWith(QLatin1String("escpos:")))
        return {Kind::EscPos, after(QLatin1String("escpos:"))};
    if (t.startsWith(QLatin1String("cups:")))
        return {Kind::Cups, after(QLatin1String("cups:"))};
    // CUPS queue names cannot contain '/', so a path is never mistaken for a queue.
    if (t.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) || t.contains(u'/'))
        return {Kind::Pdf, t};
    return {Kind::Cups, t};
}

QString PrintTarget::describe() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("未设置打印机");
    case Kind::Pdf:
        return QStringLiteral("PDF 文件 %1").arg(path);
    case Kind::EscPos:
        return QStringLiteral("ESC/POS 打印机 %1").arg(path);
    case Kind::Cups:
        break;
    }
    return QStringLiteral("CUPS 打印机 %1").arg(path);
}

} // namespace tongban
