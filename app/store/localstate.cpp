#include "localstate.h"

#include "clock.h"
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
    if (m_db.open(path, QStringLiteral("state")) != Database::Status::Ok)
        return false;
    // Usage counts are written on the UI thread as a person taps. In WAL with synchronous=NORMAL
    // a commit appends to the log without waiting for the disk: a power cut may lose the last
    // counts, never the file (the rollback journal waited for two fsyncs inside every tap).
    QSqlQuery pragma(m_db.db());
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        qCWarning(lcStore) << "state store: WAL not set:" << pragma.lastError().text();
    pruneEvents();
    return true;
}

void LocalState::pruneEvents()
{
    // ISO local times compare as text; the offset row is the first one past the newest MaxEvents.
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM events WHERE at < ? OR id <= "
                             "coalesce((SELECT id FROM events ORDER BY id DESC LIMIT 1 OFFSET ?), -1)"));
    q.addBindValue(QDateTime::currentDateTime().addDays(-MaxEventAgeDays).toString(Qt::ISODateWithMs));
    q.addBindValue(MaxEvents);
    if (!q.exec())
        qWarning() << "event log pruning failed:" << q.lastError().text();
}

int LocalState::eventCount() const
{
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<LocalState::ContentMark> LocalState::contentMark() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT content_version, built_at FROM content_mark WHERE id = 1")) || !q.next())
        return std::nullopt;
    return ContentMark{q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
}

bool LocalState::raiseContentMark(const QString &contentVersion, const QDateTime &builtAt)
{
    if (!m_db.isOpen())
        return false;
    const auto mark = contentMark();
    if (mark && mark->builtAt.isValid() && builtAt <= mark->builtAt)
        return true;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO content_mark (id, content_version, built_at, installed_at) VALUES (1, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET content_version = excluded.content_version, "
                             "built_at = excluded.built_at, installed_at = excluded.installed_at"));
    q.addBindValue(contentVersion);
    q.addBindValue(builtAt.toString(Qt::ISODateWithMs));
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        qWarning() << "content mark write failed:" << q.lastError().text();
        return false;
    }
    return true;
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
    pruneEvents();
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

void LocalState::countUsage(const QString &kind, const QString &target, int amount)
{
    if (!m_db.isOpen() || kind.isEmpty() || amount <= 0)
        return;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO usage (day, kind, target, count) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (day, kind, target) DO UPDATE SET count = count + excluded.count"));
    q.addBindValue(Clock::now().date().toString(Qt::ISODate));
    q.addBindValue(kind);
    q.addBindValue(text(target));
    q.addBindValue(amount);
    if (!q.exec())
        qCWarning(lcStore) << "usage count failed:" << q.lastError().text();
}

void LocalState::countSearch(const QString &normalisedQuery, bool found)
{
    const QString query = normalisedQuery.trimmed();
    if (query.isEmpty())
        return;
    if (found) {
        countUsage(QStringLiteral("search-found"), query);
        return;
    }
    countUsage(QStringLiteral("search-not-found"));
    const QDate today = Clock::now().date();
    if (today != m_pendingDay) {
        m_pending.clear();
        m_pendingDay = today;
    }
    auto it = m_pending.find(query);
    if (it == m_pending.end()) {
        if (m_pending.size() >= MaxPendingQueries)
            return; // never stored: privacy before completeness
        it = m_pending.insert(query, 0);
    }
    const int seen = ++*it;
    if (seen == NotFoundThreshold)
        countUsage(QStringLiteral("search-not-found-query"), query, NotFoundThreshold);
    else if (seen > NotFoundThreshold)
        countUsage(QStringLiteral("search-not-found-query"), query);
}

int LocalState::usage(const QString &kind, const QString &target) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT coalesce(sum(count), 0) FROM usage WHERE kind = ? AND target = ?"));
    q.addBindValue(kind);
    q.addBindValue(text(target));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<LocalState::UsageRow> LocalState::usageOn(const QDate &day) const
{
    QList<UsageRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT kind, target, count FROM usage WHERE day = ? ORDER BY kind, target"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

QList<QDate> LocalState::usageDays() const
{
    QList<QDate> out;
    QSqlQuery q(m_db.db());
    if (q.exec(QStringLiteral("SELECT DISTINCT day FROM usage ORDER BY day")))
        while (q.next())
            out.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return out;
}

} // namespace tongban
