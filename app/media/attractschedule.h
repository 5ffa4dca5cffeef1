#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTime>

namespace tongban {

// One entry of the attract loop's playlist (the content's media.csv).
struct AttractEntry
{
    QString id;
    QString file; // path in the package, e.g. media/circle.ogv
    QString kind; // image | video
    QString caption;
    int durationS = 0; // images: seconds on screen; 0: the default
    QString publishFrom; // ISO dates, '' = open
    QString expireAt;
    QString days; // ISO weekdays "1,2,3,4,5"; '' = every day
    QString timeFrom; // "HH:MM"; '' = from midnight
    QString timeUntil; // "HH:MM" (excluded); '' = until midnight; before timeFrom: over midnight
    QString sha256;

    bool isVideo() const { return kind == QLatin1String("video"); }
};

// Which entries play at a given moment: the date range (the notice rule, dates.h), the days
// of the week and the time-of-day window, in the order of `sort` then id.
namespace attractschedule {

constexpr int DefaultImageSeconds = 8;

QList<AttractEntry> load(const QSqlDatabase &db);
bool plays(const AttractEntry &entry, const QDate &day, const QTime &time);
QList<AttractEntry> playing(const QList<AttractEntry> &entries, const QDate &day, const QTime &time);

} // namespace attractschedule
} // namespace tongban
