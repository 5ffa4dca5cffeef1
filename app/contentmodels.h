#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

namespace tongban {

class ContentStore;

// Base for list models read from the content store: rows are loaded by one query, kept as
// plain values, and reloaded when the content changes (an import or a fallback).
class ContentListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit ContentListModel(QObject *parent = nullptr);

    // Null: the store of the Kiosk singleton.
    void setStore(ContentStore *store);
    int count() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Q_INVOKABLE QVariantMap get(int row) const;

    void classBegin() override { }
    void componentComplete() override;
    void reload();

signals:
    void countChanged();

protected:
    using Row = QVariantList;
    virtual QList<Row> query() const = 0;
    ContentStore *store() const { return m_store; }

private:
    ContentStore *m_store = nullptr;
    QList<Row> m_rows;
    bool m_complete = true;
};

// The departments that have items or notices, in content order, with their item counts.
// Base classes are written namespace-qualified so qmltyperegistrar links the QML types to
// ContentListModel (and qmllint sees `count`).
class DepartmentModel : public tongban::ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    // Roles are the columns of query(), in order.
    enum Role { IdRole = Qt::UserRole + 1, NameRole, NameEnRole, ItemCountRole };
    Q_ENUM(Role)
    using ContentListModel::ContentListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<Row> query() const override;
};

// The life topics that have items, with their item counts.
class ThemeModel : public tongban::ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, NameEnRole, ItemCountRole };
    Q_ENUM(Role)
    using ContentListModel::ContentListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<Row> query() const override;
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

// Notices a resident may see now: published, not expired (by the kiosk's date, see
// Kiosk::today()); by department, and within one pinned first, then newest.
class NoticeModel : public tongban::ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString departmentId READ departmentId WRITE setDepartmentId NOTIFY departmentIdChanged)
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

signals:
    void departmentIdChanged();

protected:
    QList<Row> query() const override;

private:
    QString m_departmentId;
};

} // namespace tongban
