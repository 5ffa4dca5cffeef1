#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace tongban {

class ContentStore;
class LocalState;

// The usage figures of local state over a span of days, as staff read them: by day, by item,
// by rating, and the searches. The kinds counted (LocalState::countUsage) and what is never
// stored: docs/usage-figures.md.
namespace usage {
inline constexpr auto ItemOpened = "item-opened"; // target: item id
inline constexpr auto QrKept = "qr-kept"; // item id; the QR card on screen ≥ 3 s
inline constexpr auto Printed = "print"; // item id
inline constexpr auto PrintFailed = "print-failed"; // item id
inline constexpr auto Rating = "rating"; // "<item id>:<1..5>", 5 非常满意 … 1 非常不满意
inline constexpr auto NoticeOpened = "notice-opened"; // notice id
inline constexpr auto HallsOpened = "halls-opened";
inline constexpr auto LargeText = "large-text"; // 大字 switched on
inline constexpr auto English = "english"; // EN switched on
inline constexpr auto StaffHelp = "staff-help"; // 找工作人员 opened
inline constexpr auto SearchFound = "search-found"; // normalised query
inline constexpr auto SearchNotFound = "search-not-found"; // no target: every search that found nothing
inline constexpr auto SearchNotFoundQuery = "search-not-found-query"; // query seen ≥ 3 times that day
} // namespace usage

// Display names of what the counts are about; empty where unknown (content changed since).
struct UsageNames
{
    QHash<QString, QString> items; // item id → name
    QHash<QString, QString> notices; // notice id → title
};

struct UsageReport
{
    QDate from, to; // inclusive

    // One day that has any count: each kind's total (all targets).
    struct Day
    {
        QDate day;
        QMap<QString, int> kinds;
    };
    QList<Day> days; // oldest first; days with nothing counted are left out

    struct Item
    {
        QString id;
        QString name; // from UsageNames; empty when the item is gone from the content
        int opened = 0;
        int qrKept = 0;
        int printed = 0;
        int printFailed = 0;
        std::array<int, 5> ratings{}; // [0] = 1 非常不满意 … [4] = 5 非常满意
        int ratingCount() const;
    };
    QList<Item> items; // most opened first, then by id

    struct Target
    {
        QString id; // notice id or query
        QString name; // notice title; for queries the query itself
        int count = 0;
    };
    QList<Target> notices; // notice-opened, most first
    QList<Target> searchesFound; // by normalised query, most first
    QList<Target> searchesNotFound; // queries seen ≥ 3 times on a day, most first

    // Every stored count of the span, as the CSV lists it: day, kind, target, the target's
    // name (item or notice; the item's for ratings), count. By day, then kind, then target.
    struct Row
    {
        QDate day;
        QString kind;
        QString target;
        QString name;
        int count = 0;
    };
    QList<Row> rows;

    QMap<QString, int> totals; // every kind over the span
    std::array<int, 5> ratings{}; // all items, as Item::ratings

    int total(const char *kind) const { return totals.value(QLatin1String(kind)); }
};

// Reads the usage rows of local state between `from` and `to` (inclusive).
UsageReport usageReport(const LocalState &state, const QDate &from, const QDate &to, const UsageNames &names = {});

// The names of the content's items and notices (for usageReport).
UsageNames usageNames(const ContentStore &content);

// The span's figures as one flat CSV table, UTF-8 with BOM (WPS and Excel then open it as
// Chinese), CRLF, Chinese headers: 日期,统计项,编号,名称,评价,次数 — one row per day and count
// (统计项 is usageKindLabel, 评价 ratingLabel for rating rows), so a spreadsheet can pivot it
// by day, by item or by rating.
QByteArray usageCsv(const UsageReport &report);

// "使用统计_<hall>_2026-11-01_2026-11-30.csv": one file per export, named by hall and dates;
// characters a FAT stick or Windows refuses in a name become "_".
QString usageCsvFileName(const QString &hallName, const QDate &from, const QDate &to);

// What a kind is called for staff (事项指南打开, 二维码查看, …); the kind itself when unknown.
QString usageKindLabel(const QString &kind);
// 1 非常不满意 … 5 非常满意; empty outside 1..5.
QString ratingLabel(int score);
// "<item id>:<score>" and back (score 0 when the target is not one).
QString ratingTarget(const QString &itemId, int score);
std::pair<QString, int> parseRatingTarget(const QString &target);

} // namespace tongban
