#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tongban::package {

// How a CSV column is checked and stored (format v1, docs/content-package.md).
enum class Type { Id, Text, Int, Bool, Date, Enum, Ref, Url, City, List, Media, Days, Time };

struct Col
{
    QString key; // English header name and database column
    QString alias; // Chinese header name
    Type type = Type::Text;
    bool required = false;
    QStringList values; // Enum: allowed values; Ref/List: the referenced table
    QString dbColumn; // when it differs from key; "-" for columns stored elsewhere (lists)
    int maxLength = 2000;

    QString column() const { return dbColumn.isEmpty() ? key : dbColumn; }
    bool stored() const { return dbColumn != QLatin1String("-"); }
};

struct Table
{
    QString file;
    QString dbTable;
    QList<Col> cols;
    bool optional = false; // the file may be absent
    QString key() const; // the column that identifies a row ("id", or "item_id#seq")
};

// The tables of format v1, in load order (referenced tables first).
const QList<Table> &tables();
const Table *table(const QString &dbTable);
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
