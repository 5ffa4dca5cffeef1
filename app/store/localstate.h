#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

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

    LocalState();
    bool open(const QString &path);
    QString errorString() const { return m_db.errorString(); }

    void logEvent(const QString &kind, const QString &message, const QString &detail = {});
    QList<Event> recentEvents(int limit = 20) const;
    void countUsage(const QString &kind, const QString &target = {});
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

private:
    Database m_db;
};

} // namespace tongban
