#include "attractschedule.h"

#include "dates.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace tongban::attractschedule {

QList<AttractEntry> load(const QSqlDatabase &db)
{
    QList<AttractEntry> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The content migrations before 011 have no schedule columns: a store still on them plays
    // every entry of its date range.
    const bool scheduled = db.record(QStringLiteral("media")).contains(QStringLiteral("days"));
    const QString sql = QStringLiteral("SELECT id, file, kind, caption, COALESCE(duration_s, 0), publish_from, expire_at, %1, "
                                       "sha256 FROM media ORDER BY sort, id")
                            .arg(scheduled ? QStringLiteral("days, time_from, time_until") : QStringLiteral("'', '', ''"));
    if (!q.exec(sql))
        return out;
    while (q.next()) {
        AttractEntry e;
        e.id = q.value(0).toString();
        e.file = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.caption = q.value(3).toString();
        e.durationS = q.value(4).toInt();
        e.publishFrom = q.value(5).toString();
        e.expireAt = q.value(6).toString();
        e.days = q.value(7).toString();
        e.timeFrom = q.value(8).toString();
        e.timeUntil = q.value(9).toString();
        e.sha256 = q.value(10).toString();
        out.append(e);
    }
    return out;
}

bool plays(const AttractEntry &e, const QDate &day, const QTime &time)
{
    if (!noticeShown(e.publishFrom, e.expireAt, day.toString(Qt::ISODate)))
        return false;
    if (!e.days.isEmpty() && !e.days.split(u',').contains(QString::number(day.dayOfWeek())))
        return false;
    if (e.timeFrom.isEmpty() && e.timeUntil.isEmpty())
        return true;
    // "HH:MM" strings compare as times; '' and 24:00 are the day's ends.
    const QString now = time.toString(QStringLiteral("HH:mm"));
    const QString from = e.timeFrom.isEmpty() ? QStringLiteral("00:00") : e.timeFrom;
    const QString until = e.timeUntil.isEmpty() ? QStringLiteral("24:00") : e.timeUntil;
    if (from <= until)
        return now >= from && now < until;
    return now >= from || now < until; // over midnight
}

QList<AttractEntry> playing(const QList<AttractEntry> &entries, const QDate &day, const QTime &time)
{
    QList<AttractEntry> out;
    for (const AttractEntry &e : entries)
        if (plays(e, day, time))
            out.append(e);
    return out;
}

} // namespace tongban::attractschedule
