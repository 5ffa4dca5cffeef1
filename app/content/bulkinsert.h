#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace tongban {

// One value of a row: SQL NULL, an integer or a text (a null QString is the empty text).
struct SqlValue
{
    enum class Kind : quint8 { Null, Int, Text };
    Kind kind = Kind::Null;
    int number = 0;
    QString text;

    SqlValue() = default;
    SqlValue(int n) : kind(Kind::Int), number(n) { }
    SqlValue(const QString &s) : kind(Kind::Text), text(s) { }
    SqlValue(QString &&s) : kind(Kind::Text), text(std::move(s)) { }
};
} // namespace tongban
Q_DECLARE_TYPEINFO(tongban::SqlValue, Q_RELOCATABLE_TYPE);
namespace tongban {
using SqlRow = QList<SqlValue>;

// Rows for one table, inserted in batches on the connection's own sqlite3 handle. Loading
// 10 000 items means ~80 000 rows; Qt's bind layer costs more than SQLite's insert for each,
// and so does running one statement per row: a batch is one multi-row INSERT.
//
// The handle belongs to the SQLite inside Qt's QSQLITE plugin, and we call the libsqlite3 this
// program links. On Debian both are the system libsqlite3.so.0, but a plugin built with its
// own SQLite would hand us a handle of another library copy, which must never be touched:
// sameSqlite() checks that the plugin resolves sqlite3_* to the very object we call. If it
// does not, rows go one by one through Qt's own QSqlQuery instead (slower, always correct).
class BulkInsert
{
public:
    // True when Qt's SQLite plugin and this program use one and the same loaded libsqlite3;
    // `why` says what differs otherwise. Checked once per process.
    static bool sameSqlite(QString *why = nullptr);

    // `verb`: "INSERT OR FAIL" or "INSERT OR IGNORE". OR FAIL rather than plain INSERT (ABORT):
    // a failing batch need not undo its own earlier rows, so SQLite keeps no statement journal;
    // any failure ends the whole build anyway.
    BulkInsert(const QSqlDatabase &db, const QString &verb, const QString &table, const QStringList &columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Queues one row (its values in column order); a full batch is inserted.
    bool add(SqlRow &&values);
    // Inserts the rows still queued.
    bool flush();
    // Rows given to add(), and rows inserted so far (an ignored duplicate counts 0).
    int added() const { return m_added; }
    int inserted() const { return m_inserted; }
    QString error() const { return m_error; }
    // SQLite's primary result code of the last failure (SQLITE_FULL, SQLITE_READONLY, …).
    int errorCode() const { return m_errorCode; }

private:
    sqlite3_stmt *prepare(int rows);
    bool run(sqlite3_stmt *stmt, qsizetype first, int rows);
    void fallbackFailed();

    static constexpr int BatchRows = 64;
    std::optional<QSqlQuery> m_fallback;
    sqlite3 *m_db = nullptr;
    QString m_sql; // "INSERT … INTO t (a,b) VALUES ", rows follow
    int m_columns = 0;
    sqlite3_stmt *m_batch = nullptr; // BatchRows rows
    sqlite3_stmt *m_single = nullptr; // one row: what is left at flush()
    SqlRow m_pending; // queued rows' values, row after row
    QByteArray m_text; // a batch's texts in UTF-8
    int m_added = 0;
    int m_inserted = 0;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace tongban
