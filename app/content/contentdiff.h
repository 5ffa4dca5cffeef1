#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tongban {

// What an import would change, table by table (`tongban-content diff PKG`).
struct TableDiff
{
    QString table; // database table, e.g. items
    QStringList added, changed, removed; // ids (materials: item_id#seq), sorted

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

QList<TableDiff> diffContent(const QSqlDatabase &from, const QSqlDatabase &to);

// What staff call one row of a diff: an item's or hall's name, a notice's title, "item: material"
// for a material; the id itself where a table has no name (links) or the row is not found.
QString diffEntryName(const QSqlDatabase &db, const QString &table, const QString &id);

} // namespace tongban
