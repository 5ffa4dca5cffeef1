#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

#include "contentstore.h"

namespace tongban {

// Base for list models read from the content store: rows are loaded by one query, kept as
// plain values, and reloaded when the content changes (an import or a fallback). The store is
// handed in (QML: `store: Kiosk.store`), never looked up, so a test builds any model on a store.
class ContentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(tongban::ContentStore *store READ store WRITE setStore NOTIFY storeChanged REQUIRED)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit ContentListModel(QObject *parent = nullptr);

    ContentStore *store() const { return m_store; }
    void setStore(ContentStore *store);
    int count() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Q_INVOKABLE QVariantMap get(int row) const;

    void reload();

signals:
    void storeChanged();
    void countChanged();

protected:
    using Row = QVariantList;
    virtual QList<Row> query() const = 0;

private:
    ContentStore *m_store = nullptr;
    QList<Row> m_rows;
};

// The groups residents browse by, with their item counts: the departments that have items or
// notices, or the life topics that have items, in content order. Base classes are written
// namespace-qualified so qmltyperegistrar links the QML types to ContentListModel.
class GroupModel : public tongban::ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
public:
    enum Kind { Departments, Themes };
    Q_ENUM(Kind)
    // Roles are the columns of query(), in order.
    // groupKind is "department" or "theme", the same on every row (delegates read it there).
    enum Role { IdRole = Qt::UserRole + 1, NameRole, ItemCountRole, GroupKindRole };
    Q_ENUM(Role)
    using ContentListModel::ContentListModel;
    QHash<int, QByteArray> roleNames() const override;

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);

signals:
    void kindChanged();

protected:
    QList<Row> query() const override;

private:
    Kind m_kind = Departments;
};

// The items of one department or theme (or all, when both are empty): in service first,
// then by name in pinyin order (A–Z, as a resident reads a Chinese index).
class ItemListModel : public tongban::ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString departmentId READ departmentId WRITE setDepartmentId NOTIFY filterChanged)
    Q_PROPERTY(QString themeId READ themeId WRITE setThemeId NOTIFY filterChanged)
    Q_PROPERTY(bool alphabetical READ alphabetical WRITE setAlphabetical NOTIFY filterChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, DepartmentRole, StatusRole, CitiesRole };
    Q_ENUM(Role)
    using ContentListModel::ContentListModel;
    QHash<int, QByteArray> roleNames() const override;

    QString departmentId() const { return m_departmentId; }
    void setDepartmentId(const QString &id);
    QString themeId() const { return m_themeId; }
    void setThemeId(const QString &id);
    // Pure A–Z by name, ignoring status (the "all items" index).
    bool alphabetical() const { return m_alphabetical; }
    void setAlphabetical(bool on);

signals:
    void filterChanged();

protected:
    QList<Row> query() const override;

private:
    QString m_departmentId;
    QString m_themeId;
    bool m_alphabetical = false;
};

// Notices a resident may see now: published, not expired (by the store's day, see
// ContentStore::today()); by department, and within one pinned first, then newest.
class NoticeModel : public tongban::ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString departmentId READ departmentId WRITE setDepartmentId NOTIFY departmentIdChanged)
    // Notices staff hid on this kiosk (Kiosk.hiddenNoticeIds): left out.
    Q_PROPERTY(QStringList hiddenIds READ hiddenIds WRITE setHiddenIds NOTIFY hiddenIdsChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DepartmentRole,
        CategoryRole,
        PublishFromRole,
        ExpireAtRole,
        PinnedRole,
        BodyRole,
        SourceRole
    };
    Q_ENUM(Role)
    using ContentListModel::ContentListModel;
    QHash<int, QByteArray> roleNames() const override;

    QString departmentId() const { return m_departmentId; }
    void setDepartmentId(const QString &id);
    QStringList hiddenIds() const { return m_hiddenIds; }
    void setHiddenIds(const QStringList &ids);

signals:
    void departmentIdChanged();
    void hiddenIdsChanged();

protected:
    QList<Row> query() const override;

private:
    QString m_departmentId;
    QStringList m_hiddenIds;
};

} // namespace tongban
