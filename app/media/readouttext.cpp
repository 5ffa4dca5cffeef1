#include "readouttext.h"

#include "itemdetail.h"

#include <QRegularExpression>

#include <functional>

namespace tongban::readout {

namespace {
constexpr char16_t kDigits[] = u"零一二三四五六七八九";

// Every match of `re` in `text` replaced by what `with` makes of it.
void replaceAll(QString &text, const QRegularExpression &re, const std::function<QString(const QRegularExpressionMatch &)> &with)
{
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += with(m);
        last = m.capturedEnd();
    }
    if (last == 0 && out.isEmpty())
        return;
    out += QStringView(text).mid(last);
    text = out;
}

// 1…9999 in the 千百十 units, with one 零 for a run of inner zeros.
QString group(int g)
{
    static const QString units[] = {QStringLiteral("千"), QStringLiteral("百"), QStringLiteral("十"), QString()};
    QString out;
    bool zero = false;
    int scale = 1000;
    for (int i = 0; i < 4; ++i, scale /= 10) {
        const int d = g / scale % 10;
        if (d == 0) {
            zero = !out.isEmpty();
            continue;
        }
        if (zero)
            out += QChar(kDigits[0]);
        zero = false;
        out += QChar(kDigits[d]) + units[i];
    }
    return out;
}

// 9 点, 9 点半, 9 点零五分, 17 点三十分.
QString timeOfDay(int h, int m)
{
    QString out = cardinal(h) + QStringLiteral("点");
    if (m == 30)
        return out + QStringLiteral("半");
    if (m > 0)
        out += (m < 10 ? QStringLiteral("零") : QString()) + cardinal(m) + QStringLiteral("分");
    return out;
}

QString decimal(const QString &whole, const QString &fraction)
{
    QString out = cardinal(whole.toLongLong());
    if (!fraction.isEmpty()) {
        out += QStringLiteral("点");
        for (QChar c : fraction)
            out += QChar(kDigits[c.digitValue()]);
    }
    return out;
}

// A number in running text: a cardinal, or digit by digit when too long to be a count.
QString number(const QString &ascii)
{
    return ascii.size() > 12 ? digits(ascii) : cardinal(ascii.toLongLong());
}
} // namespace

QString cardinal(qint64 n)
{
    if (n == 0)
        return QStringLiteral("零");
    if (n < 0)
        return QStringLiteral("负") + cardinal(-n);
    if (n >= 1000000000000LL)
        return digits(QString::number(n));
    const int groups[] = {int(n / 100000000), int(n / 10000 % 10000), int(n % 10000)};
    static const QString units[] = {QStringLiteral("亿"), QStringLiteral("万"), QString()};
    QString out;
    bool gap = false; // a zero group or a leading zero inside a group since the last part
    for (int i = 0; i < 3; ++i) {
        const int g = groups[i];
        if (g == 0) {
            gap = !out.isEmpty();
            continue;
        }
        if (!out.isEmpty() && (gap || g < 1000))
            out += QStringLiteral("零");
        gap = false;
        out += group(g) + units[i];
    }
    if (out.startsWith(QStringLiteral("一十")))
        out.remove(0, 1); // 十二, not 一十二
    for (const char16_t *unit : {u"千", u"万", u"亿"})
        if (out.startsWith(QStringLiteral("二") + QString::fromUtf16(unit)))
            out[0] = QChar(u'两'); // 两千, 两万
    return out;
}

QString digits(const QString &ascii, bool phone)
{
    QString out;
    for (QChar c : ascii) {
        const int d = c.digitValue();
        if (d < 0)
            continue;
        if (phone)
            out += d == 1 ? QChar(u'幺') : QChar(kDigits[d]);
        else
            out += d == 0 ? QChar(u'〇') : QChar(kDigits[d]);
    }
    return out;
}

QString speakable(const QString &input)
{
    QString t = input;
    // Full-width digits and colons as ASCII; the marks around names are not read.
    for (QChar &c : t) {
        if (c.unicode() >= u'０' && c.unicode() <= u'９')
            c = QChar(u'0' + (c.unicode() - u'０'));
    }
    static const QRegularExpression quotes(QStringLiteral("[「」『』]"));
    t.remove(quotes);

    static const QRegularExpression timeRange(
        QStringLiteral("(?<!\\d)(\\d{1,2})[:：](\\d{2})\\s*(?:-|—|–|~|～|至|到)\\s*(\\d{1,2})[:：](\\d{2})(?!\\d)"));
    replaceAll(t, timeRange, [](const QRegularExpressionMatch &m) {
        return timeOfDay(m.captured(1).toInt(), m.captured(2).toInt()) + QStringLiteral("到")
            + timeOfDay(m.captured(3).toInt(), m.captured(4).toInt());
    });
    static const QRegularExpression time(QStringLiteral("(?<!\\d)([01]?\\d|2[0-4])[:：]([0-5]\\d)(?!\\d)"));
    replaceAll(t, time, [](const QRegularExpressionMatch &m) { return timeOfDay(m.captured(1).toInt(), m.captured(2).toInt()); });
    static const QRegularExpression isoDate(QStringLiteral("(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])"));
    replaceAll(t, isoDate, [](const QRegularExpressionMatch &m) {
        return digits(m.captured(1)) + QStringLiteral("年") + cardinal(m.captured(2).toInt()) + QStringLiteral("月")
            + cardinal(m.captured(3).toInt()) + QStringLiteral("日");
    });
    static const QRegularExpression yearMonth(QStringLiteral("(?<![\\d.])((?:19|20)\\d{2})[-/](0?[1-9]|1[0-2])(?![\\d.])"));
    replaceAll(t, yearMonth, [](const QRegularExpressionMatch &m) {
        return digits(m.captured(1)) + QStringLiteral("年") + cardinal(m.captured(2).toInt()) + QStringLiteral("月");
    });
    static const QRegularExpression year(QStringLiteral("(?<![\\d.])(\\d{4})(?=\\s*年(?!代))"));
    replaceAll(t, year, [](const QRegularExpressionMatch &m) { return digits(m.captured(1)); });

    // Phone numbers: area code and number, mobile numbers, 7-8 digit local numbers, and any
    // number after a word that says it is one (拨打110).
    static const QRegularExpression landline(QStringLiteral("(?<![\\d.])(0\\d{2,3})-(\\d{7,8})(?![\\d.])"));
    replaceAll(t, landline, [](const QRegularExpressionMatch &m) {
        return digits(m.captured(1), true) + QStringLiteral("，") + digits(m.captured(2), true);
    });
    static const QRegularExpression calledNumber(QStringLiteral("(拨打|电话|热线|致电|号码)([：:\\s]*)(\\d{3,})"));
    replaceAll(t, calledNumber,
        [](const QRegularExpressionMatch &m) { return m.captured(1) + m.captured(2) + digits(m.captured(3), true); });
    static const QRegularExpression phone(QStringLiteral("(?<![\\d.])(1[3-9]\\d{9}|\\d{7,8})(?![\\d.])"));
    replaceAll(t, phone, [](const QRegularExpressionMatch &m) { return digits(m.captured(1), true); });

    static const QRegularExpression percent(QStringLiteral("(\\d+)(?:\\.(\\d+))?\\s*[%％]"));
    replaceAll(t, percent,
        [](const QRegularExpressionMatch &m) { return QStringLiteral("百分之") + decimal(m.captured(1), m.captured(2)); });
    static const QRegularExpression range(QStringLiteral("(?<![\\d.])(\\d+)\\s*(?:-|—|–|~|～)\\s*(\\d+)(?![\\d.])"));
    replaceAll(t, range,
        [](const QRegularExpressionMatch &m) { return number(m.captured(1)) + QStringLiteral("到") + number(m.captured(2)); });
    static const QRegularExpression two(QStringLiteral("(?<![\\d.])2(?=\\s*[个份次位名张项件])"));
    t.replace(two, QStringLiteral("两"));
    static const QRegularExpression dec(QStringLiteral("(\\d+)\\.(\\d+)"));
    replaceAll(t, dec, [](const QRegularExpressionMatch &m) { return decimal(m.captured(1), m.captured(2)); });
    static const QRegularExpression integer(QStringLiteral("\\d+"));
    replaceAll(t, integer, [](const QRegularExpressionMatch &m) { return number(m.captured(0)); });
    return t;
}

QString forItem(const ItemDetail &item, bool deepLink)
{
    QStringList parts{item.name};
    if (!item.cityNames.isEmpty())
        parts.append(QStringLiteral("可以在%1通办").arg(item.cityNames.join(QStringLiteral("、"))));
    if (!item.onlineChannels.isEmpty())
        parts.append(QStringLiteral("网上办理：%1").arg(item.onlineChannels.join(QStringLiteral("、"))));
    if (!item.offlineChannels.isEmpty())
        parts.append(QStringLiteral("窗口办理：%1").arg(item.offlineChannels.join(QStringLiteral("、"))));
    if (item.materials.isEmpty()) {
        parts.append(QStringLiteral("所需材料以吉事办页面或窗口告知为准"));
    } else {
        QStringList names;
        for (const Material &m : item.materials)
            names.append(m.name);
        parts.append(QStringLiteral("需要带：%1").arg(names.join(QStringLiteral("；"))));
    }
    // The QR card's hint, as ItemDetail::qrCaption() words it, always in Mandarin.
    parts.append(deepLink ? QStringLiteral("手机扫码，在吉事办办理") : QStringLiteral("扫码打开吉事办，搜索%1").arg(item.name));
    return parts.join(QStringLiteral("。")) + QStringLiteral("。");
}

QString forNotice(const QString &title, const QString &body)
{
    return body.isEmpty() ? title + QStringLiteral("。") : title + QStringLiteral("。") + body;
}

} // namespace tongban::readout
