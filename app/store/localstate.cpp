#include "localstate.h"

#include "logging.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>

namespace tongban {

namespace {
// A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

LocalState::LocalState() : m_db(QStringLiteral("state")) { }

bool LocalState::open(const QString &path)
{
    return m_db.open(path, QStringLiteral("state")) == Database::Status::Ok;
}

void LocalState::logEvent(const QString &kind, const QString &message, const QString &detail)
{
    // The log also goes to stderr/journald, so it is not lost when the state file is unusable.
    qCWarning(lcStore).noquote() << QStringLiteral("[%1] %2 %3").arg(kind, message, detail).trimmed();
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO events (at, kind, message, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    q.addBindValue(kind);
    q.addBindValue(message);
    q.addBindValue(text(detail));
    if (!q.exec())
        qCWarning(lcStore) << "event log write failed:" << q.lastError().text();
}

QList<LocalState::Event> LocalState::recentEvents(int limit) const
{
    QList<Event> out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT at, kind, message, detail FROM events ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        out.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString()});
    return out;
}

void LocalState::countUsage(const QString &kind, const QString &target)
{
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO usage (day, kind, target, count) VALUES (?, ?, ?, 1) "
                             "ON CONFLICT (day, kind, target) DO UPDATE SET count = count + 1"));
    q.addBindValue(QDate::currentDate().toString(Qt::ISODate));
    q.addBindValue(kind);
    q.addBindValue(text(target));
    q.exec();
}

int LocalState::usage(const QString &kind, const QString &target) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT coalesce(sum(count), 0) FROM usage WHERE kind = ? AND target = ?"));
    q.addBindValue(kind);
    q.addBindValue(text(target));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace tongban
