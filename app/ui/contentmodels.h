#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

#include "contentstore.h"

namespace tongban {

// Base for list models read from the content store: rows are loaded by one query, kept as
// plain values, and reloaded when the content changes (an import or a fallback). The store is
// handed in (QML: `store: Kiosk.store`), never looked up, so a test builds any model on a store.
// Made from QML, a model loads once, when all its properties are set (QQmlParserStatus): each
// setter reloading on its own ran the query once per property on every page push.
class ContentListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    Q_PROPERTY(tongban::ContentStore *store READ store WRITE setStore NOTIFY storeChanged REQUIRED)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // False: no rows and no query (a page made ahead of the tap has nothing to show yet).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
public:
    explicit ContentListModel(QObject *parent = nullptr);

    ContentStore *store() const { return m_store; }
    void setStore(ContentStore *store);
    int count() const { return int(m_rows.size()); }
    bool active() const { return m_active; }
    void setActive(bool active);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Q_INVOKABLE QVariantMap get(int row) const;

    void reload();
    void classBegin() override { m_complete = false; }
    void componentComplete() override;

signals:
    void storeChanged();
    void countChanged();
    void activeChanged();

protected:
    using Row = QVariantList;
    virtual QList<Row> query() const = 0;

private:
    ContentStore *m_store = nullptr;
    QList<Row> m_rows;
    bool m_complete = true; // made in C++: every setter loads at once
    bool m_active = true;
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
    // Reads again if the store's day is no longer the one the list was read for: a page made
    // ahead of the tap (PagePool) may have been read before midnight or before the clock moved.
    Q_INVOKABLE void refreshIfStale();

signals:
    void departmentIdChanged();
    void hiddenIdsChanged();

protected:
    QList<Row> query() const override;

private:
    QString m_departmentId;
    QStringList m_hiddenIds;
    mutable QDate m_day; // the day query() last read for
};

} // namespace tongban
