#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace tongban {

// One prepared INSERT run many times on the connection's own sqlite3 handle. Loading 10 000
// items means ~80 000 rows; Qt's bind layer costs more than SQLite's insert for each.
//
// The handle belongs to the SQLite inside Qt's QSQLITE plugin, and we call the libsqlite3 this
// program links. On Debian both are the system libsqlite3.so.0, but a plugin built with its
// own SQLite would hand us a handle of another library copy, which must never be touched:
// sameSqlite() checks that the plugin resolves sqlite3_* to the very object we call. If it
// does not, inserts go through Qt's own QSqlQuery instead (slower, always correct).
class BulkInsert
{
public:
    // True when Qt's SQLite plugin and this program use one and the same loaded libsqlite3;
    // `why` says what differs otherwise. Checked once per process.
    static bool sameSqlite(QString *why = nullptr);

    BulkInsert(const QSqlDatabase &db, const QString &sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Binds `values` in order (null, int, text or bytes) and runs the statement once.
    bool exec(const QVariantList &values);
    // Rows changed by the last exec (0 for an ignored duplicate).
    int changes() const { return m_changes; }
    QString error() const { return m_error; }
    // SQLite's primary result code of the last failure (SQLITE_FULL, SQLITE_READONLY, …).
    int errorCode() const { return m_errorCode; }

private:
    void fallbackFailed();

    std::optional<QSqlQuery> m_fallback;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_changes = 0;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace tongban
