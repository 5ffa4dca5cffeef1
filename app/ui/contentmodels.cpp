#include "contentmodels.h"

#include "dates.h"
#include "logging.h"

#include <QCollator>
#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>

namespace tongban {

namespace {
QList<QVariantList> rowsOf(QSqlQuery &q, int columns)
{
    QList<QVariantList> out;
    if (!q.exec()) {
        qCWarning(lcUi) << "content query failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(q.value(c));
        out.append(row);
    }
    return out;
}
} // namespace

ContentListModel::ContentListModel(QObject *parent) : QAbstractListModel(parent) { }

void ContentListModel::setStore(ContentStore *store)
{
    if (!followStore(m_store, store, this, &ContentListModel::reload))
        return;
    emit storeChanged();
    reload();
}

int ContentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ContentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role - (Qt::UserRole + 1);
    if (role == Qt::DisplayRole)
        return m_rows.at(index.row()).value(1);
    return m_rows.at(index.row()).value(column);
}

QVariantMap ContentListModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= count())
        return out;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        if (it.key() > Qt::UserRole)
            out.insert(QString::fromUtf8(it.value()), m_rows.at(row).value(it.key() - Qt::UserRole - 1));
    return out;
}

void ContentListModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
    reload();
}

void ContentListModel::componentComplete()
{
    m_complete = true;
    reload();
}

void ContentListModel::reload()
{
    if (!m_complete)
        return;
    const int before = count();
    beginResetModel();
    m_rows = m_active && m_store && m_store->db().isOpen() ? query() : QList<Row>{};
    endResetModel();
    if (before != count())
        emit countChanged();
}

QHash<int, QByteArray> GroupModel::roleNames() const
{
    return {{IdRole, "groupId"}, {NameRole, "name"}, {ItemCountRole, "itemCount"}, {GroupKindRole, "groupKind"}};
}

void GroupModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    emit kindChanged();
    reload();
}

QList<ContentListModel::Row> GroupModel::query() const
{
    QSqlQuery q(store()->db());
    if (m_kind == Departments)
        q.prepare(
            QStringLiteral("SELECT d.id, d.name, (SELECT count(*) FROM items i WHERE i.department_id = d.id) AS n, 'department' "
                           "FROM departments d WHERE EXISTS (SELECT 1 FROM items i WHERE i.department_id = d.id) "
                           "OR EXISTS (SELECT 1 FROM notices n WHERE n.department_id = d.id) ORDER BY d.sort, d.name"));
    else
        q.prepare(QStringLiteral("SELECT t.id, t.name, count(it.item_id) AS n, 'theme' FROM themes t "
                                 "JOIN item_themes it ON it.theme_id = t.id GROUP BY t.id ORDER BY t.sort, t.name"));
    return rowsOf(q, 4);
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    return {
        {IdRole, "itemId"}, {NameRole, "name"}, {DepartmentRole, "department"}, {StatusRole, "status"}, {CitiesRole, "cities"}};
}

void ItemListModel::setDepartmentId(const QString &id)
{
    if (id == m_departmentId)
        return;
    m_departmentId = id;
    emit filterChanged();
    reload();
}

void ItemListModel::setThemeId(const QString &id)
{
    if (id == m_themeId)
        return;
    m_themeId = id;
    emit filterChanged();
    reload();
}

void ItemListModel::setAlphabetical(bool on)
{
    if (on == m_alphabetical)
        return;
    m_alphabetical = on;
    emit filterChanged();
    reload();
}

QList<ContentListModel::Row> ItemListModel::query() const
{
    QSqlQuery q(store()->db());
    q.prepare(QStringLiteral(
        "SELECT i.id, i.name, d.name, i.status, "
        " (SELECT group_concat(c.name, '、') FROM (SELECT c.name FROM item_cities ic JOIN cities c ON c.code = ic.city_code "
        "   WHERE ic.item_id = i.id ORDER BY c.sort) c) "
        "FROM items i JOIN departments d ON d.id = i.department_id "
        "WHERE (? = '' OR i.department_id = ?) "
        "AND (? = '' OR EXISTS (SELECT 1 FROM item_themes t WHERE t.item_id = i.id AND t.theme_id = ?))"));
    // Qt's SQLite binding counts every placeholder, so each is bound; and a null QString
    // binds as NULL, which matches nothing: '' stands for "any".
    const QString department = m_departmentId.isNull() ? QStringLiteral("") : m_departmentId;
    const QString theme = m_themeId.isNull() ? QStringLiteral("") : m_themeId;
    for (const QString &v : {department, department, theme, theme})
        q.addBindValue(v);
    QList<Row> rows = rowsOf(q, 5);
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    const auto statusRank = [](const QString &s) {
        return s == QStringLiteral("在办") ? 0 : s == QStringLiteral("即将开通") ? 1 : 2;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (!m_alphabetical) {
            const int ra = statusRank(a[3].toString()), rb = statusRank(b[3].toString());
            if (ra != rb)
                return ra < rb;
        }
        return pinyin.compare(a[1].toString(), b[1].toString()) < 0;
    });
    return rows;
}

QHash<int, QByteArray> NoticeModel::roleNames() const
{
    return {{IdRole, "noticeId"}, {TitleRole, "title"}, {DepartmentRole, "department"}, {CategoryRole, "category"},
        {PublishFromRole, "publishFrom"}, {ExpireAtRole, "expireAt"}, {PinnedRole, "pinned"}, {BodyRole, "body"},
        {SourceRole, "source"}};
}

void NoticeModel::setDepartmentId(const QString &id)
{
    if (id == m_departmentId)
        return;
    m_departmentId = id;
    emit departmentIdChanged();
    reload();
}

void NoticeModel::setHiddenIds(const QStringList &ids)
{
    if (ids == m_hiddenIds)
        return;
    m_hiddenIds = ids;
    emit hiddenIdsChanged();
    reload();
}

void NoticeModel::refreshIfStale()
{
    if (store() && store()->today() != m_day)
        reload();
}

QList<ContentListModel::Row> NoticeModel::query() const
{
    m_day = store()->today();
    const QString today = m_day.toString(Qt::ISODate);
    QSqlQuery q(store()->db());
    q.prepare(QStringLiteral("SELECT n.id, n.title, d.name, n.category, n.publish_from, n.expire_at, n.pinned, n.body, "
                             "coalesce(s.title, '') FROM notices n JOIN departments d ON d.id = n.department_id "
                             "LEFT JOIN sources s ON s.id = n.source WHERE ")
        + noticeShownSql(QStringLiteral("n"))
        + QStringLiteral(" AND (? = '' OR n.department_id = ?) "
                         "ORDER BY d.sort, d.name, n.pinned DESC, n.publish_from DESC, n.id"));
    const QString department = m_departmentId.isNull() ? QStringLiteral("") : m_departmentId;
    for (const QString &v : {today, today, department, department})
        q.addBindValue(v);
    QList<Row> rows = rowsOf(q, 9);
    if (!m_hiddenIds.isEmpty())
        rows.removeIf([this](const Row &r) { return m_hiddenIds.contains(r.value(0).toString()); });
    return rows;
}

} // namespace tongban
