#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tongban::package {

// How a CSV column is checked and stored (format v1 and v2, docs/content-package.md).
// Code: an item code (实施编码, 业务办理项编码): letters, digits and `-`, at most 64.
enum class Type { Id, Text, Int, Bool, Date, Enum, Ref, Url, City, List, Media, Code, Days, Time };

// The package formats this program reads; exports are written in the newest.
constexpr int MinFormat = 1;
constexpr int CurrentFormat = 2;

struct Col
{
    QString key; // English header name and database column
    QString alias; // Chinese header name
    Type type = Type::Text;
    bool required = false;
    QStringList values; // Enum: allowed values; Ref/List: the referenced table
    QString dbColumn; // when it differs from key; "-" for columns stored elsewhere (lists)
    int maxLength = 2000;
    int minFormat = MinFormat; // the column exists from this format on…
    int maxFormat = CurrentFormat; // …up to this one (url_verified: v1 only)

    bool inFormat(int format) const { return format >= minFormat && format <= maxFormat; }
    QString column() const { return dbColumn.isEmpty() ? key : dbColumn; }
    bool stored() const { return dbColumn != QLatin1String("-"); }
};

struct Table
{
    QString file;
    QString dbTable;
    QList<Col> cols;
    bool optional = false; // the file may be absent
    int minFormat = MinFormat; // links.csv: v2 on
    QString key() const; // the column that identifies a row ("id", or "item_id#seq")
};

// The tables of every format, in load order (referenced tables first).
const QList<Table> &tables();
const Table *table(const QString &dbTable);
// Field checks, written out by hand (a regular expression per field costs more than the rest of
// the check); each does exactly what the pattern in its comment does.
// ^[A-Za-z0-9][A-Za-z0-9._-]*$
bool isId(QStringView v);
// ^[A-Za-z0-9-]{1,64}$
bool isCode(QStringView v);
// ^(\d{1,9})(\.0+)?$ (Excel writes whole numbers of a "number" cell as 15 or 15.0), the value in `out`.
bool toCount(QStringView v, int *out);
// Any control character but newline and tab: text is shown as plain text, but control
// characters would still be invisible surprises.
bool hasControl(QStringView s);
// A list field: `;`, `；`, `、`, `,`, `，` separate entries.
QStringList splitList(const QString &value);
// Accepts 2026-01-05, 2026/1/5, 2026年1月5日, 2026-01, Excel serial numbers, and a trailing
// time as Excel writes it for date cells (2026/1/5 0:00). Empty when not a date.
QString normalizeDate(const QString &text);
// Days of the week: 周一;周三, 星期一, 一, 1-5 (ranges), 工作日, 周末, 每天 → "1,3" (ISO weekdays,
// sorted); empty for an empty field (every day); a null string when not days of the week.
QString normalizeDays(const QString &text);
// A time of day: 8:00, 08:30, 8点, 8点30, 8时30分 → "08:00" / "08:30"; 24:00 is the end of the
// day. Empty for an empty field; a null string when not a time.
QString normalizeTime(const QString &text);

} // namespace tongban::package
