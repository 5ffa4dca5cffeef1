#include "contentmodels.h"

#include "contentstore.h"
#include "kiosk.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>

namespace tongban {

namespace {
QList<QVariantList> rowsOf(QSqlQuery &q, int columns)
{
    QList<QVariantList> out;
    if (!q.exec()) {
        qWarning() << "content query failed:" << q.lastError().text();
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
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &ContentStore::contentChanged, this, &ContentListModel::reload);
    reload();
}

void ContentListModel::componentComplete()
{
    if (!m_store && Kiosk::instance())
        setStore(Kiosk::instance()->store());
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

void ContentListModel::reload()
{
    const int before = count();
    beginResetModel();
    m_rows = m_store && m_store->db().isOpen() ? query() : QList<Row>{};
    endResetModel();
    if (before != count())
        emit countChanged();
}

QHash<int, QByteArray> DepartmentModel::roleNames() const
{
    return {{IdRole, "departmentId"}, {NameRole, "name"}, {NameEnRole, "nameEn"}, {ItemCountRole, "itemCount"}};
}

QList<ContentListModel::Row> DepartmentModel::query() const
{
    QSqlQuery q(store()->db());
    q.prepare(QStringLiteral("SELECT d.id, d.name, d.name_en, (SELECT count(*) FROM items i WHERE i.department_id = d.id) AS n "
                             "FROM departments d WHERE EXISTS (SELECT 1 FROM items i WHERE i.department_id = d.id) "
                             "OR EXISTS (SELECT 1 FROM notices n WHERE n.department_id = d.id) ORDER BY d.sort, d.name"));
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
    emit departmentIdChanged();
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
        "ORDER BY CASE i.status WHEN '在办' THEN 0 WHEN '即将开通' THEN 1 ELSE 2 END, i.name"));
    const QString department = m_departmentId.isNull() ? QStringLiteral("") : m_departmentId; // null binds as NULL
    q.addBindValue(department);
    q.addBindValue(department);
    return rowsOf(q, 5);
}

} // namespace tongban
