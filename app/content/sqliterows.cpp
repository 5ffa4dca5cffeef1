#include "sqliterows.h"

#include "bulkinsert.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace tongban {

SqliteRows::SqliteRows(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = nullptr;
    if (BulkInsert::sameSqlite()) {
        const QVariant h = db.driver()->handle();
        if (qstrcmp(h.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3 *const *>(h.data());
    }
    if (!handle) {
        m_fallback.emplace(db);
        m_fallback->setForwardOnly(true);
        if (!m_fallback->exec(sql))
            m_error = m_fallback->lastError().text();
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteRows::next()
{
    if (!m_error.isEmpty())
        return false;
    if (m_fallback) {
        if (m_fallback->next())
            return true;
        if (m_fallback->lastError().isValid())
            m_error = m_fallback->lastError().text();
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    return false;
}

QString SqliteRows::text(int column) const
{
    if (m_fallback)
        return m_fallback->value(column).toString();
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column)) : QString();
}

} // namespace tongban
