#include "packagetables.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace tongban::package {

namespace {
Col col(const QString &key, const QString &alias, Type type, bool required = false, const QStringList &values = {},
    const QString &dbColumn = {}, int maxLength = 2000)
{
    return {key, alias, type, required, values, dbColumn, maxLength};
}
Col id(const QString &alias)
{
    return {QStringLiteral("id"), alias, Type::Id, true, {}, {}, 64};
}
Col text(const QString &key, const QString &alias, bool required = false, int max = 2000)
{
    return {key, alias, Type::Text, required, {}, {}, max};
}
Col ref(const QString &key, const QString &alias, const QString &table, bool required = true)
{
    return {key, alias, Type::Ref, required, {table}, {}, 64};
}
Col since2(Col c)
{
    c.minFormat = 2;
    return c;
}
Col source()
{
    return ref(QStringLiteral("source"), QStringLiteral("来源"), QStringLiteral("sources"));
}
} // namespace

QString Table::key() const
{
    return dbTable == QLatin1String("materials") ? QStringLiteral("item_id#seq") : QStringLiteral("id");
}

const QList<Table> &tables()
{
    static const QStringList units = {"工作日", "自然日", "即办"};
    static const QList<Table> t = {
        {"sources.csv", "sources",
            {id("来源编号"), text("file", "文件", false, 500), text("title", "标题", false, 500),
                col("published", "发布日期", Type::Date), text("publisher", "发布者", false, 200), text("note", "备注")}},
        {"departments.csv", "departments",
            {id("部门编号"), text("name", "部门名称", true, 100), text("name_en", "英文名称", false, 200),
                col("sort", "排序", Type::Int), source()}},
        {"themes.csv", "themes",
            {id("主题编号"), text("name", "主题名称", true, 100), text("name_en", "英文名称", false, 200),
                col("sort", "排序", Type::Int), source()}},
        {"links.csv", "links", {id("模板编号"), text("pattern", "网址模板", true, 512), text("note", "备注", false, 500)}, true,
            2},
        {"items.csv", "items",
            {id("事项编号"), text("name", "事项名称", true, 200), ref("department_id", "部门编号", "departments"),
                col("theme_ids", "主题编号", Type::List, false, {"themes"}, "-"),
                col("cities", "通办城市", Type::List, true, {"cities"}, "-"),
                col("mode", "通办模式", Type::Enum, false, {"全程网办", "异地受理、属地审批", "代收代办", "多地联办"}),
                text("approver", "审批单位", false, 200), col("online_channel", "线上渠道", Type::List, false, {"online"}, "-"),
                col("offline_channel", "线下渠道", Type::List, false, {"offline"}, "-"), text("conditions", "受理条件"),
                col("statutory_limit", "法定办结时限", Type::Int),
                col("statutory_unit", "法定时限单位", Type::Enum, false, units), col("promised_limit", "承诺办结时限", Type::Int),
                col("promised_unit", "承诺时限单位", Type::Enum, false, units), col("fee_charged", "是否收费", Type::Bool),
                text("fee", "收费标准", false, 500), col("visits", "到现场次数", Type::Int),
                col("status", "状态", Type::Enum, true, {"在办", "即将开通", "已停办"}), text("batch", "批次", false, 50),
                col("start_date", "开通日期", Type::Date), text("planned", "计划", false, 200),
                col("statement_date", "表述日期", Type::Date), ref("statement_source", "表述来源", "sources", false),
                text("phone", "咨询电话", false, 100), since2(col("task_code", "实施编码", Type::Code, false, {}, {}, 64)),
                since2(col("handle_code", "业务办理项编码", Type::Code, false, {}, {}, 64)),
                since2(ref("url_template", "网址模板", "links", false)), col("url", "吉事办网址", Type::Url, false),
                {"url_verified", "网址已核实", Type::Bool, false, {}, {}, 2000, 1, 1},
                since2(col("url_verified_at", "网址核实日期", Type::Date)),
                since2(text("url_verified_by", "网址核实人", false, 100)), text("keywords", "关键词", false, 500),
                text("readings", "读音", false, 500), source(), text("note", "备注")}},
        {"materials.csv", "materials",
            {ref("item_id", "事项编号", "items"), col("seq", "序号", Type::Int, true), text("name", "材料名称", true, 200),
                col("required", "是否必需", Type::Bool), text("form", "材料形式", false, 50), col("copies", "份数", Type::Int),
                text("note", "备注", false, 500), source()},
            true},
        {"notices.csv", "notices",
            {id("公告编号"), ref("department_id", "部门编号", "departments"), text("title", "标题", true, 200),
                text("body", "正文", false, 5000),
                col("category", "类别", Type::Enum, true, {"公告", "政策解读", "典型案例", "便民提示"}),
                col("publish_from", "发布日期", Type::Date, true), col("expire_at", "截止日期", Type::Date),
                col("pinned", "置顶", Type::Bool), text("readings", "读音", false, 500), source()}},
        {"halls.csv", "halls",
            {id("大厅编号"), col("city", "城市", Type::City, true, {}, "city_code"), text("name", "大厅名称", true, 100),
                text("address", "地址", false, 200), text("hours", "办公时间", false, 200), text("phone", "电话", false, 100),
                text("note", "备注", false, 500), source()}},
        {"windows.csv", "windows",
            {id("窗口编号"), ref("hall_id", "大厅编号", "halls"),
                col("kind", "窗口类型", Type::Enum, true,
                    {"通办窗口", "帮办代办", "跨省通办", "24小时自助区", "法律援助", "其他"}),
                text("name", "窗口名称", true, 100), text("location", "位置", false, 200), text("hours", "办公时间", false, 200),
                text("note", "备注", false, 500), source()}},
        // Everyday words for an item (search only): wording aids of the content office.
        {"aliases.csv", "aliases",
            {id("别名编号"), ref("item_id", "事项编号", "items"), text("alias", "常用说法", true, 50),
                text("note", "备注", false, 500), source()},
            true},
        {"media.csv", "media",
            {id("媒体编号"), col("file", "文件", Type::Media, true, {}, {}, 200),
                col("kind", "类型", Type::Enum, false, {"image", "video"}), text("caption", "说明", false, 200),
                col("duration_s", "显示秒数", Type::Int), col("sort", "排序", Type::Int),
                col("publish_from", "开始日期", Type::Date), col("expire_at", "截止日期", Type::Date),
                col("days", "星期", Type::Days, false, {}, {}, 100), col("time_from", "开始时间", Type::Time, false, {}, {}, 20),
                col("time_until", "结束时间", Type::Time, false, {}, {}, 20), source()},
            true},
    };
    return t;
}

const Table *table(const QString &dbTable)
{
    for (const Table &t : tables())
        if (t.dbTable == dbTable)
            return &t;
    return nullptr;
}

namespace {
bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isAsciiAlnum(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}
// What \s matches in a QRegularExpression without UseUnicodePropertiesOption.
bool isRegexSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}
bool isListSeparator(char16_t c)
{
    return c == u';' || c == u'；' || c == u'、' || c == u',' || c == u'，';
}

// Reads the digits at `i`: at least `min`, at most `max`, and then no further digit (a regex
// \d{min,max} followed by something else). -1 when there are not so many.
int digitsAt(QStringView s, qsizetype &i, int min, int max)
{
    int n = 0, value = 0;
    while (n < max && i < s.size() && isAsciiDigit(s[i].unicode())) {
        value = value * 10 + (s[i].unicode() - u'0');
        ++i;
        ++n;
    }
    if (n < min || (i < s.size() && isAsciiDigit(s[i].unicode())))
        return -1;
    return value;
}
void skipSpaces(QStringView s, qsizetype &i)
{
    while (i < s.size() && isRegexSpace(s[i].unicode()))
        ++i;
}
bool skipOne(QStringView s, qsizetype &i, QStringView set)
{
    if (i < s.size() && set.contains(s[i])) {
        ++i;
        return true;
    }
    return false;
}
bool atZeroFraction(QStringView s, qsizetype i) // (\.0+)?$
{
    if (i == s.size())
        return true;
    if (s[i] != u'.' || i + 1 == s.size())
        return false;
    for (++i; i < s.size(); ++i)
        if (s[i] != u'0')
            return false;
    return true;
}

// Where a trailing time as Excel writes it (\s+\d{1,2}:\d{2}(:\d{2})?$) starts; -1: none.
qsizetype trailingTime(QStringView s)
{
    static constexpr const char *shapes[] = {"9:99", "99:99", "9:99:99", "99:99:99"};
    for (const char *shape : shapes) {
        const qsizetype n = qsizetype(std::strlen(shape)), start = s.size() - n;
        if (start < 1 || !isRegexSpace(s[start - 1].unicode()))
            continue;
        bool fits = true;
        for (qsizetype k = 0; fits && k < n; ++k)
            fits = shape[k] == ':' ? s[start + k] == u':' : isAsciiDigit(s[start + k].unicode());
        if (!fits)
            continue;
        qsizetype from = start - 1;
        while (from > 0 && isRegexSpace(s[from - 1].unicode()))
            --from;
        return from;
    }
    return -1;
}

QString isoDate(int y, int m, int d)
{
    const char16_t out[]
        = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10), u'-',
            char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-', char16_t(u'0' + d / 10), char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(out), 10);
}

// A regular expression's $ also matches before a final newline: the checks below do the same.
QStringView withoutFinalNewline(QStringView v)
{
    return v.endsWith(u'\n') ? v.chopped(1) : v;
}
} // namespace

bool isId(QStringView v)
{
    v = withoutFinalNewline(v);
    if (v.isEmpty() || !isAsciiAlnum(v.front().unicode()))
        return false;
    return std::all_of(v.begin(), v.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return isAsciiAlnum(u) || u == u'.' || u == u'_' || u == u'-';
    });
}

bool isCode(QStringView v)
{
    v = withoutFinalNewline(v);
    return !v.isEmpty() && v.size() <= 64
        && std::all_of(v.begin(), v.end(), [](QChar c) { return isAsciiAlnum(c.unicode()) || c == u'-'; });
}

bool toCount(QStringView v, int *out)
{
    v = withoutFinalNewline(v);
    qsizetype i = 0;
    const int n = digitsAt(v, i, 1, 9);
    if (n < 0 || !atZeroFraction(v, i))
        return false;
    *out = n;
    return true;
}

bool hasControl(QStringView s)
{
    // Unicode's control characters (Cc) are exactly U+0000–U+001F and U+007F–U+009F.
    return std::any_of(s.begin(), s.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F);
    });
}

QStringList splitList(const QString &value)
{
    QStringList out;
    if (!QStringView(value).isValidUtf16()) {
        // A regular expression matches nothing in broken UTF-16: the field stays one entry.
        if (!value.trimmed().isEmpty())
            out.append(value.trimmed());
        return out;
    }
    const QChar *d = value.constData();
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size() && !isListSeparator(d[i].unicode()))
            continue;
        const QStringView part = QStringView(d + start, i - start).trimmed();
        if (!part.isEmpty())
            out.append(part.toString());
        start = i + 1;
    }
    return out;
}

QString normalizeDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    QStringView s = trimmed;
    if (s.isEmpty())
        return {};
    if (const qsizetype time = trailingTime(s); time >= 0)
        s.truncate(time);
    // 2026-01-05, 2026/1/5, 2026年1月5日, 2026-01, 2026年1月: four digits, a separator, one or two
    // digits, and perhaps another separator and one or two digits; spaces around each.
    qsizetype i = 0;
    const int year = digitsAt(s, i, 4, 4);
    if (year >= 0) {
        skipSpaces(s, i);
        if (!skipOne(s, i, u"-/.年"))
            return {};
        skipSpaces(s, i);
        const int month = digitsAt(s, i, 1, 2);
        if (month < 0)
            return {};
        skipSpaces(s, i);
        const qsizetype afterMonth = i;
        if (skipOne(s, i, u"-/.月")) {
            skipSpaces(s, i);
            if (const int day = digitsAt(s, i, 1, 2); day >= 0) {
                skipSpaces(s, i);
                skipOne(s, i, u"日");
                if (i == s.size())
                    return QDate::isValid(year, month, day) ? isoDate(year, month, day) : QString();
            }
        }
        // Year and month only, perhaps with 月.
        i = afterMonth;
        skipOne(s, i, u"月");
        if (i != s.size())
            return {};
        return (month >= 1 && month <= 12) ? isoDate(year, month, 1).left(7) : QString();
    }
    i = 0;
    const int serial = digitsAt(s, i, 5, 5);
    if (serial >= 0 && atZeroFraction(s, i)) // Excel's day count (1900 system, with its leap-year bug)
        return QDate(1899, 12, 30).addDays(serial).toString(Qt::ISODate);
    return {};
}

QString normalizeDays(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty() || s == QStringLiteral("每天") || s == QStringLiteral("每日"))
        return QStringLiteral("");
    static const QString names = QStringLiteral("一二三四五六日");
    auto dayOf = [](QString d) {
        d.remove(QRegularExpression(QStringLiteral("^(周|星期|礼拜)")));
        if (d == QStringLiteral("天") || d == QStringLiteral("七") || d == QStringLiteral("7"))
            return 7;
        if (d.size() == 1 && names.indexOf(d) >= 0)
            return int(names.indexOf(d)) + 1;
        bool ok = false;
        const int n = d.toInt(&ok);
        return ok && n >= 1 && n <= 7 ? n : 0;
    };
    QList<bool> on(8, false);
    for (const QString &part : splitList(s)) {
        if (part == QStringLiteral("工作日")) {
            for (int d = 1; d <= 5; ++d)
                on[d] = true;
            continue;
        }
        if (part == QStringLiteral("周末")) {
            on[6] = on[7] = true;
            continue;
        }
        const QStringList range = part.split(QRegularExpression(QStringLiteral("\\s*[-~～—至到]\\s*")));
        if (range.size() > 2)
            return {};
        const int from = dayOf(range.first()), to = dayOf(range.last());
        if (!from || !to || to < from)
            return {};
        for (int d = from; d <= to; ++d)
            on[d] = true;
    }
    QStringList out;
    for (int d = 1; d <= 7; ++d)
        if (on[d])
            out.append(QString::number(d));
    return out.isEmpty() ? QString() : out.join(u',');
}

QString normalizeTime(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return QStringLiteral("");
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})(?:\\s*[:：点时]\\s*(\\d{1,2})?\\s*分?)?$"));
    const auto m = pattern.match(s);
    if (!m.hasMatch() || (!m.capturedLength(2) && !s.contains(QRegularExpression(QStringLiteral("[点时]")))))
        return {};
    const int h = m.captured(1).toInt(), min = m.capturedLength(2) ? m.captured(2).toInt() : 0;
    if (h > 24 || min > 59 || (h == 24 && min != 0))
        return {};
    return QStringLiteral("%1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(min, 2, 10, QLatin1Char('0'));
}

} // namespace tongban::package
