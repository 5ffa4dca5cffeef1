#include "kiosk.h"

#include "itemdetail.h"

#include "dates.h"
#include "exporter.h"
#include "hiddennotices.h"
#include "kiosksettings.h"
#include "searchindex.h"
#include "services.h"
#include "terms.h"
#include "usagereport.h"
#include "visit.h"

#include <QSqlQuery>

namespace tongban {

namespace {
Kiosk *s_instance = nullptr;
}

Kiosk::Kiosk(Services *services, QObject *parent) : QObject(parent), m_services(services)
{
    connect(store(), &ContentStore::contentChanged, this, &Kiosk::contentChanged);
    connect(store(), &ContentStore::contentChanged, this, &Kiosk::reconcileHidden);
    // Only when staff hid something: the content may have changed while the kiosk was off.
    if (!HiddenNotices(m_services->state()).entries().isEmpty())
        reconcileHidden();
}

void Kiosk::loadHidden()
{
    QStringList ids;
    for (const HiddenNotices::Entry &e : HiddenNotices(m_services->state()).entries())
        ids.append(e.noticeId);
    if (ids == m_hiddenNoticeIds)
        return;
    m_hiddenNoticeIds = ids;
    emit hiddenNoticesChanged();
}

void Kiosk::reconcileHidden()
{
    HiddenNotices hidden(m_services->state());
    if (!hidden.entries().isEmpty())
        hidden.reconcile(ContentRows(store()->db()).fingerprints(QStringLiteral("notices")));
    loadHidden();
}

bool Kiosk::hideNotice(const QString &id)
{
    const QString fingerprint = ContentRows(store()->db()).fingerprints(QStringLiteral("notices")).value(id);
    const QString title = notice(id).value(QStringLiteral("noticeTitle")).toString();
    if (fingerprint.isEmpty() || !HiddenNotices(m_services->state()).hide(id, title.isEmpty() ? id : title, fingerprint))
        return false;
    loadHidden();
    return true;
}

bool Kiosk::unhideNotice(const QString &id)
{
    const bool ok = HiddenNotices(m_services->state()).unhide(id);
    loadHidden();
    return ok;
}

void Kiosk::setInstance(Kiosk *kiosk)
{
    s_instance = kiosk;
}

Kiosk *Kiosk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Kiosk::create", "main() must set up the services before QML loads");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

ContentStore *Kiosk::store() const
{
    return m_services->content();
}
QString Kiosk::hallName() const
{
    return m_services->settings().hallName;
}
QString Kiosk::cityCode() const
{
    return m_services->settings().cityCode;
}
QString Kiosk::cityName() const
{
    return tongban::term(tongban::cityName(cityCode()));
}
QString Kiosk::contentVersion() const
{
    return store()->contentVersion();
}
QString Kiosk::contentDate() const
{
    return displayDate(store()->builtAt().date());
}

QString Kiosk::term(const QString &value) const
{
    return tongban::term(value);
}

void Kiosk::countUsage(const QString &kind, const QString &target)
{
    m_services->state().countUsage(kind, target);
}

void Kiosk::countSearch(const QString &query, bool found)
{
    m_services->state().countSearch(SearchIndex::normalise(query), found);
}

bool Kiosk::rate(const QString &itemId, int score)
{
    if (itemId.isEmpty() || score < 1 || score > 5)
        return false;
    Visit *visit = Visit::instance();
    if (visit && !visit->markRated())
        return false;
    m_services->state().countUsage(QLatin1String(usage::Rating), ratingTarget(itemId, score));
    return true;
}

QVariantList Kiosk::halls() const
{
    QVariantList out;
    QSqlQuery q(store()->db());
    q.prepare(QStringLiteral("SELECT h.id, h.name, c.name, h.address, h.hours, h.phone FROM halls h "
                             "JOIN cities c ON c.code = h.city_code ORDER BY h.city_code != ?, c.sort, h.rowid"));
    q.addBindValue(cityCode());
    QSqlQuery w(store()->db());
    w.prepare(QStringLiteral("SELECT kind, name, location, hours, note FROM windows WHERE hall_id = ? ORDER BY rowid"));
    if (!q.exec())
        return out;
    while (q.next()) {
        QVariantList windows;
        w.addBindValue(q.value(0));
        if (w.exec())
            while (w.next())
                windows.append(QVariantMap{{"kind", w.value(0)}, {"name", w.value(1)}, {"location", w.value(2)},
                    {"hours", w.value(3)}, {"note", w.value(4)}});
        // The card shows what the content states and names the rest in one line.
        QStringList unknown;
        if (q.value(3).toString().isEmpty())
            unknown.append(tr("地址"));
        if (q.value(4).toString().isEmpty())
            unknown.append(tr("办公时间"));
        if (q.value(5).toString().isEmpty())
            unknown.append(tr("电话"));
        out.append(QVariantMap{{"name", q.value(1)}, {"city", q.value(2)}, {"address", q.value(3)}, {"hours", q.value(4)},
            {"phone", q.value(5)}, {"windows", windows}, {"unknown", ItemDetail::unknownLine(unknown)}});
    }
    return out;
}

QVariantMap Kiosk::staffWindow() const
{
    // Only this kiosk's own hall: sending a resident to another hall's window (or to a
    // door-to-door service) would be wrong; without one the panel points to the staff.
    QSqlQuery q(store()->db());
    q.prepare(QStringLiteral("SELECT h.name, w.name, w.location, w.hours FROM windows w JOIN halls h ON h.id = w.hall_id "
                             "WHERE w.kind = '帮办代办' AND h.city_code = ? AND h.name = ? ORDER BY w.rowid LIMIT 1"));
    q.addBindValue(cityCode());
    q.addBindValue(hallName());
    if (!q.exec() || !q.next())
        return {};
    return {{"hall", q.value(0)}, {"name", q.value(1)}, {"location", q.value(2)}, {"hours", q.value(3)}};
}

QVariantMap Kiosk::notice(const QString &id) const
{
    QSqlQuery q(store()->db());
    q.prepare(QStringLiteral("SELECT n.title, d.name, n.category, n.publish_from, n.expire_at, n.body, coalesce(s.title, '') "
                             "FROM notices n JOIN departments d ON d.id = n.department_id "
                             "LEFT JOIN sources s ON s.id = n.source WHERE n.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return {{"noticeId", id}, {"noticeTitle", q.value(0)}, {"department", q.value(1)}, {"category", q.value(2)},
        {"publishFrom", q.value(3)}, {"expireAt", q.value(4)}, {"body", q.value(5)}, {"source", q.value(6)}};
}

int Kiosk::itemCount() const
{
    QSqlQuery q(store()->db());
    return q.exec(QStringLiteral("SELECT count(*) FROM items")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace tongban
