#include "content/bulkinsert.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace tongban {

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &sql)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_db) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_stmt);
}

bool BulkInsert::exec(const QVariantList &values)
{
    if (!m_stmt)
        return false;
    sqlite3_reset(m_stmt);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int at = i + 1;
        if (v.isNull()) {
            sqlite3_bind_null(m_stmt, at);
        } else if (v.typeId() == QMetaType::Int) {
            sqlite3_bind_int(m_stmt, at, v.toInt());
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = v.toByteArray();
            sqlite3_bind_blob64(m_stmt, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        } else {
            const QString text = v.toString();
            sqlite3_bind_text16(m_stmt, at, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        }
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    m_changes = sqlite3_changes(m_db);
    return true;
}

} // namespace tongban
