#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tongban {

struct AttractEntry;

// The seam between the content's media and the players, which want a file on disk.
//
// For now the files are kept inside the content database (005_media.sql): the first time an
// entry is asked for, its blob is streamed in 64 KB pieces straight from SQLite's incremental
// blob API into <cacheDir>/<sha256>.<ext> (never the whole video in memory), and later calls
// return that file. Once media are stored as files next to the content (content v2), this
// becomes a path look-up and the cache goes away.
class MediaResolver
{
public:
    explicit MediaResolver(QString cacheDir);

    QString cacheDir() const { return m_dir; }
    // A local file holding the entry's bytes; empty (and `error` set) when it cannot.
    QString path(const QSqlDatabase &db, const AttractEntry &entry, QString *error = nullptr);
    // Removes cached files no entry of `keep` (sha256 values) refers to: after an import, the
    // old content's files go.
    void prune(const QStringList &keepSha256);

private:
    QString m_dir;
};

} // namespace tongban
