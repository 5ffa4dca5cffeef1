#include "dates.h"

#include <QCoreApplication>
#include <QStringList>

namespace tongban {

QString displayDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QCoreApplication::translate("tongban::Dates", "%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString displayDate(const QString &isoDate)
{
    const QStringList parts = isoDate.split(u'-');
    if (parts.size() == 3) {
        const QDate d(parts[0].toInt(), parts[1].toInt(), parts[2].toInt());
        return d.isValid() ? displayDate(d) : isoDate;
    }
    if (parts.size() == 2 && parts[0].size() == 4)
        return QCoreApplication::translate("tongban::Dates", "%1年%2月").arg(parts[0]).arg(parts[1].toInt());
    return isoDate;
}

QString displayDateTime(const QDateTime &at)
{
    return QStringLiteral("%1 %2").arg(displayDate(at.date()), at.time().toString(QStringLiteral("HH:mm")));
}

namespace {
QDate monthOf(const QString &isoDate)
{
    if (isoDate.size() != 7 || isoDate.at(4) != u'-')
        return {};
    return QDate(isoDate.left(4).toInt(), isoDate.mid(5).toInt(), 1);
}
} // namespace

QString monthStart(const QString &isoDate)
{
    const QDate first = monthOf(isoDate);
    return first.isValid() ? first.toString(Qt::ISODate) : isoDate;
}

QString monthEnd(const QString &isoDate)
{
    const QDate first = monthOf(isoDate);
    return first.isValid() ? first.addMonths(1).addDays(-1).toString(Qt::ISODate) : isoDate;
}

bool noticeShown(const QString &publishFrom, const QString &expireAt, const QString &today)
{
    return publishFrom <= today && (expireAt.isEmpty() || expireAt >= today);
}

QString noticeShownSql(const QString &table)
{
    return QStringLiteral("(%1.publish_from <= ? AND (%1.expire_at = '' OR %1.expire_at >= ?))").arg(table);
}

bool clockBehind(const QDateTime &now, const QDateTime &builtAt)
{
    return builtAt.isValid() && now < builtAt;
}

QDate contentDay(const QDateTime &now, const QDateTime &builtAt)
{
    return clockBehind(now, builtAt) ? builtAt.date() : now.date();
}

} // namespace tongban
