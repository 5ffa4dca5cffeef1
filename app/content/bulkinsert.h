#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace tongban {

// One prepared INSERT run many times on the connection's own sqlite3 handle. Loading 10 000
// items means ~80 000 rows; Qt's bind layer costs more than SQLite's insert for each.
class BulkInsert
{
public:
    BulkInsert(const QSqlDatabase &db, const QString &sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Binds `values` in order (null, int, text or bytes) and runs the statement once.
    bool exec(const QVariantList &values);
    // Rows changed by the last exec (0 for an ignored duplicate).
    int changes() const { return m_changes; }
    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_changes = 0;
    QString m_error;
};

} // namespace tongban
