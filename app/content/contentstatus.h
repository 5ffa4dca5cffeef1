#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "itemlink.h"
#include "localstate.h"

namespace tongban {

class Services;

// One item's link as the kiosk of these settings resolves it today (clock rule).
struct LinkRow
{
    QString id;
    QString name;
    ItemLink link;
};
QList<LinkRow> itemLinks(Services &services);

// What `tongban-content status` prints and the admin screen shows: one computation for both.
struct ContentStatus
{
    struct Count
    {
        QString table;
        int rows = 0;
    };
    struct Notice
    {
        QString id;
        QString title;
        QString expireAt; // ISO date
    };

    QString dataDir;
    QString origin; // the content's origin name (imported, previous, default)
    QString file;
    QString contentVersion;
    QString builtAt;
    QString loadedAt;
    bool clockBeforeBuild = false; // the clock reads earlier than the package's build time
    QDateTime now;
    QList<Count> counts;
    QList<LinkRow> unverifiedLinks; // a deep link the kiosk does not draw today
    QList<Notice> expiringNotices; // ending within 7 days
    QList<LocalState::Event> mediaFailures; // events "media", "media-check-failed", "audio"
    QList<LocalState::Event> printFailures; // events "print-failed"
    qint64 diskFreeBytes = -1; // in the data folder's file system; -1 unknown
    QList<LocalState::Event> events; // the newest, newest first

    static constexpr int ExpiringDays = 7;
};

ContentStatus contentStatus(Services &services, int eventCount = 10);

} // namespace tongban
