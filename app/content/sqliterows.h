#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace tongban {

// The rows of one SELECT read straight from the connection's SQLite: each value as UTF-8 made
// a QString, without QSqlQuery's cache and a QVariant per value (reading 10 000 items for the
// search index costs half as much). When Qt's driver uses another SQLite copy than this
// program (BulkInsert::sameSqlite), it goes through QSqlQuery instead, with the same values.
class SqliteRows
{
public:
    SqliteRows(const QSqlDatabase &db, const QString &sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    // The next row; false at the end or on an error (error() is then set).
    bool next();
    // A column of the current row as text (NULL: a null string).
    QString text(int column) const;
    QString error() const { return m_error; }

private:
    std::optional<QSqlQuery> m_fallback;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace tongban
