#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tongban {

// The content of a database as package rows: what `export` writes and what `diff` compares.
// Lists (themes, cities, channels) are sorted, so the same content always gives the same rows.
class ContentRows
{
public:
    explicit ContentRows(const QSqlDatabase &db);

    // Header (English column names) and rows of one package table, ordered by key.
    QStringList header(const QString &dbTable) const;
    QList<QStringList> rows(const QString &dbTable) const;
    // Key → one string holding the whole row (for media: the file's hash, not its bytes).
    QHash<QString, QString> fingerprints(const QString &dbTable) const;
    QString meta(const QString &key) const;

private:
    QSqlDatabase m_db;
    QHash<QString, QHash<QString, QStringList>> m_lists; // list column → item id → sorted values
};

// `tongban-content export DIR`: the content back to a package (UTF-8 CSV with BOM, so Excel
// opens it as written) that imports to the same content.
// Media files are read from `mediaDir` (ContentStore::mediaDir()).
bool exportContent(const QSqlDatabase &db, const QString &mediaDir, const QString &dir, QString *error);

} // namespace tongban
