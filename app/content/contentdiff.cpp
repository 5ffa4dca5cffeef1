#include "contentdiff.h"

#include "exporter.h"
#include "packagetables.h"

#include <QSqlQuery>

namespace tongban {

QList<TableDiff> diffContent(const QSqlDatabase &from, const QSqlDatabase &to)
{
    QList<TableDiff> out;
    const ContentRows before(from);
    const ContentRows after(to);
    for (const package::Table &t : package::tables()) {
        const QHash<QString, QString> a = before.fingerprints(t.dbTable);
        const QHash<QString, QString> b = after.fingerprints(t.dbTable);
        TableDiff d{t.dbTable, {}, {}, {}};
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            const auto old = a.constFind(it.key());
            if (old == a.cend())
                d.added.append(it.key());
            else if (*old != it.value())
                d.changed.append(it.key());
        }
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            if (!b.contains(it.key()))
                d.removed.append(it.key());
        d.added.sort();
        d.changed.sort();
        d.removed.sort();
        out.append(d);
    }
    return out;
}

QString diffEntryName(const QSqlDatabase &db, const QString &table, const QString &id)
{
    QSqlQuery q(db);
    if (table == QLatin1String("materials")) {
        q.prepare(QStringLiteral("SELECT i.name || '：' || m.name FROM materials m JOIN items i ON i.id = m.item_id "
                                 "WHERE m.item_id = ? AND m.seq = ?"));
        q.addBindValue(id.section(u'#', 0, 0));
        q.addBindValue(id.section(u'#', 1).toInt());
    } else {
        static const QHash<QString, QString> column{{"items", "name"}, {"departments", "name"}, {"themes", "name"},
            {"halls", "name"}, {"windows", "name"}, {"notices", "title"}, {"media", "file"}, {"aliases", "alias"}};
        const QString c = column.value(table);
        if (c.isEmpty())
            return id;
        // Table and column come from the list above, never from input.
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(c, table));
        q.addBindValue(id);
    }
    return q.exec() && q.next() && !q.value(0).toString().isEmpty() ? q.value(0).toString() : id;
}

} // namespace tongban
