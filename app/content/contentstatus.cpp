#include "contentstatus.h"

#include "contentstore.h"
#include "itemdetail.h"
#include "services.h"

#include <QSqlQuery>
#include <QStorageInfo>

namespace tongban {

QList<LinkRow> itemLinks(Services &services)
{
    QList<LinkRow> rows;
    ContentStore *store = services.content();
    const UrlPolicy policy = services.settings().urlPolicy();
    const QDate today = store->today();
    QSqlQuery q(store->db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM items ORDER BY id"));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    for (const QString &id : ids)
        if (const std::optional<ItemDetail> item = ItemDetail::load(store->db(), id))
            rows.append({item->id, item->name, item->resolveLink(services.settings().cityCode, today, policy)});
    return rows;
}

namespace {
int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

ContentStatus contentStatus(Services &services, int eventCount)
{
    ContentStatus s;
    ContentStore *content = services.content();
    const QSqlDatabase db = content->db();
    s.dataDir = services.paths().root;
    s.origin = content->originName();
    s.file = db.databaseName();
    s.contentVersion = content->contentVersion();
    s.builtAt = content->meta(QStringLiteral("built_at"));
    s.loadedAt = content->meta(QStringLiteral("loaded_at"));
    s.now = QDateTime::currentDateTime();
    s.clockBeforeBuild = content->builtAt().isValid() && s.now < content->builtAt();
    for (const char *table : {"departments", "themes", "items", "materials", "notices", "halls", "windows", "media"})
        s.counts.append({QLatin1String(table), count(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))});

    for (const LinkRow &r : itemLinks(services))
        if (!r.link.deepUrl.isEmpty() && !r.link.deep())
            s.unverifiedLinks.append(r);

    QSqlQuery q(db);
    const QDate day = content->today();
    q.prepare(
        QStringLiteral("SELECT id, title, expire_at FROM notices WHERE expire_at != '' AND expire_at >= ? AND expire_at <= ? "
                       "ORDER BY expire_at, id"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(day.addDays(ContentStatus::ExpiringDays).toString(Qt::ISODate));
    q.exec();
    while (q.next())
        s.expiringNotices.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});

    // The failures come from the same log, further back than the last few events.
    for (const LocalState::Event &e : services.state().recentEvents(500)) {
        if (e.kind == QLatin1String("media") || e.kind == QLatin1String("media-check-failed")
            || e.kind == QLatin1String("audio")) {
            if (s.mediaFailures.size() < 20)
                s.mediaFailures.append(e);
        } else if (e.kind == QLatin1String("print-failed") && s.printFailures.size() < 20) {
            s.printFailures.append(e);
        }
    }
    const QStorageInfo storage(s.dataDir);
    if (storage.isValid())
        s.diskFreeBytes = storage.bytesAvailable();
    s.events = services.state().recentEvents(eventCount);
    return s;
}

} // namespace tongban
