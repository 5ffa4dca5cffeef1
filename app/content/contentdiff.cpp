#include "contentdiff.h"

#include "exporter.h"
#include "packagetables.h"

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

} // namespace tongban
