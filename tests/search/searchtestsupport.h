#pragma once

// Shared by the search tests: a content package built into a temporary database and indexed.
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include "contentpackage.h"
#include "database.h"
#include "searchindex.h"
#include "testsupport.h"

namespace searchtest {

inline QString fixturePackage()
{
    return testsupport::sourceDir() + QStringLiteral("/tests/search/data/ranking");
}

// Builds `package` into `dir`/content.sqlite, opens it in `db` and indexes it.
inline bool buildIndex(const QString &package, const QTemporaryDir &dir, tongban::Database &db, tongban::SearchIndex *index)
{
    tongban::ContentPackage builder(testsupport::defaultPolicy());
    const QString path = dir.filePath(QStringLiteral("content.sqlite"));
    if (!builder.build(package, path)) {
        for (const auto &d : builder.diagnostics())
            qWarning().noquote() << d.toString();
        return false;
    }
    if (db.open(path, QStringLiteral("content")) != tongban::Database::Status::Ok)
        return false;
    QString error;
    *index = tongban::SearchIndex::build(db.db(), &error);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return error.isEmpty() && !index->isEmpty();
}

inline QStringList ids(const QList<tongban::SearchResult> &results)
{
    QStringList out;
    for (const auto &r : results)
        out.append(r.id);
    return out;
}

inline const tongban::SearchResult *find(const QList<tongban::SearchResult> &results, const QString &id)
{
    for (const auto &r : results)
        if (r.id == id)
            return &r;
    return nullptr;
}

inline qsizetype position(const QList<tongban::SearchResult> &results, const QString &id)
{
    return ids(results).indexOf(id);
}

} // namespace searchtest
