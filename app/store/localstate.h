#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

#include "database.h"

namespace tongban {

// The local-state store: the event log staff read and the usage figures. It lives in its own
// file and survives every content import.
class LocalState
{
public:
    struct Event
    {
        QDateTime at;
        QString kind;
        QString message;
        QString detail;
    };

    // The newest content ever installed here (the downgrade check's high-water mark).
    struct ContentMark
    {
        QString contentVersion;
        QDateTime builtAt;
    };

    // The event log keeps the newest MaxEvents rows, and none older than MaxEventAgeDays:
    // whichever leaves fewer. Older rows go on every write.
    static constexpr int MaxEvents = 10000;
    static constexpr int MaxEventAgeDays = 180;

    LocalState();
    bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_db.errorString(); }

    void logEvent(const QString &kind, const QString &message, const QString &detail = {});
    int eventCount() const;

    std::optional<ContentMark> contentMark() const;
    // Raises the mark to this package when it is newer (by built_at) than the mark, or sets it
    // when there is none. Never lowers it. False when the state store cannot be written.
    bool raiseContentMark(const QString &contentVersion, const QDateTime &builtAt);
    QList<Event> recentEvents(int limit = 20) const;
    // Adds `amount` to one usage count of today (the Clock's day). Usage rows hold the day
    // only: never a time, never anything that ties one count to another (docs/usage-figures.md).
    void countUsage(const QString &kind, const QString &target = {}, int amount = 1);
    // A search the resident finished, its query normalised by the caller. A query that found
    // something is counted by query ("search-found"). One that found nothing may hold a name:
    // every such search adds to "search-not-found" (no query), and the query itself is kept in
    // memory only, for today, until it has been seen NotFoundThreshold times; from then on it
    // is counted as "search-not-found-query" (the first sightings included).
    void countSearch(const QString &normalisedQuery, bool found);
    static constexpr int NotFoundThreshold = 3;
    // Not-found queries held in memory for today at most (beyond them new ones are never stored).
    static constexpr int MaxPendingQueries = 5000;
    int usage(const QString &kind, const QString &target = {}) const;
    struct UsageRow
    {
        QString kind;
        QString target;
        int count = 0;
    };
    // Every usage count of one day, by kind then target.
    QList<UsageRow> usageOn(const QDate &day) const;
    // The days that have any usage, oldest first.
    QList<QDate> usageDays() const;

    // For the stores kept beside the log in the same file (hidden notices).
    QSqlDatabase db() const { return m_db.db(); }

private:
    void pruneEvents();

    Database m_db;
    // Today's not-found queries and how often each was seen: memory only, cleared each day.
    QDate m_pendingDay;
    QHash<QString, int> m_pending;
};

} // namespace tongban
