#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tongban {

// Dates as residents read them ("2026年4月13日"; in English "4/13/2026"), the one place that
// formats them for the screen, the slip and the readout.
QString displayDate(const QDate &date);
// An ISO date or month from the content: 2026-04-13 → 2026年4月13日, 2025-12 → 2025年12月;
// anything else is returned as it is.
QString displayDate(const QString &isoDate);
// 2026年4月13日 14:05
QString displayDateTime(const QDateTime &at);

// Content dates are ISO text. A month-only date ("2026-05") means its first day when it opens
// something (publish_from) and its last day when it ends something (expire_at); imports store
// the day, so comparing strings compares dates.
QString monthStart(const QString &isoDate);
QString monthEnd(const QString &isoDate);

// The notice rule: shown from publish_from through expire_at (both days included; empty
// publish_from: at once, empty expire_at: never ends). `today` is an ISO date.
bool noticeShown(const QString &publishFrom, const QString &expireAt, const QString &today);
// The same rule as an SQL condition on columns publish_from / expire_at of `table` with the
// ISO day bound twice as a positional parameter.
QString noticeShownSql(const QString &table);

// The date the kiosk filters content by. A clock earlier than the content's build time is
// wrong (the kiosk has no time server, staff set it by hand): then the build date is used.
QDate contentDay(const QDateTime &now, const QDateTime &builtAt);
bool clockBehind(const QDateTime &now, const QDateTime &builtAt);

} // namespace tongban
