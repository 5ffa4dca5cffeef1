#include "bulkinsert.h"

#include "database.h"
#include "logging.h"

#include <QDebug>
#include <QSqlDriver>
#include <QSqlError>

#include <cstring>
#include <dlfcn.h>
#include <link.h>
#include <sqlite3.h>
#include <utility>

namespace tongban {

namespace {
int findPlugin(struct dl_phdr_info *info, size_t, void *data)
{
    const char *name = info->dlpi_name;
    if (name && std::strstr(name, "libqsqlite")) {
        *static_cast<QByteArray *>(data) = name;
        return 1;
    }
    return 0;
}

QString checkSameSqlite()
{
    QByteArray plugin;
    dl_iterate_phdr(findPlugin, &plugin);
    if (plugin.isEmpty())
        return QStringLiteral("Qt's SQLite plugin (libqsqlite) is not loaded");
    void *handle = ::dlopen(plugin.constData(), RTLD_NOW | RTLD_NOLOAD);
    if (!handle)
        return QStringLiteral("cannot inspect %1").arg(QString::fromLocal8Bit(plugin));
    // dlsym on the plugin's handle searches the plugin, then its dependencies: the first
    // sqlite3_libversion found there is the one the plugin's calls reach.
    void *theirs = ::dlsym(handle, "sqlite3_libversion");
    ::dlclose(handle);
    void *ours = reinterpret_cast<void *>(&sqlite3_libversion);
    if (theirs != ours)
        return QStringLiteral("Qt's SQLite plugin uses another SQLite copy than this program (%1)")
            .arg(QString::fromLocal8Bit(plugin));
    if (qstrcmp(sqlite3_libversion(), SQLITE_VERSION) != 0)
        return QStringLiteral("libsqlite3 %1 is loaded, built against %2")
            .arg(QLatin1String(sqlite3_libversion()), QLatin1String(SQLITE_VERSION));
    return {};
}
} // namespace

bool BulkInsert::sameSqlite(QString *why)
{
    static const QString problem = checkSameSqlite();
    if (why)
        *why = problem;
    return problem.isEmpty();
}

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &sql)
{
    QString why;
    if (!sameSqlite(&why)) {
        static bool warned = false;
        if (!std::exchange(warned, true))
            qCWarning(lcContent).noquote() << "bulk inserts off:" << why;
        m_fallback.emplace(db);
        if (!m_fallback->prepare(sql))
            fallbackFailed();
        return;
    }
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_db) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr); rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_errorCode = rc & 0xff;
    }
}

void BulkInsert::fallbackFailed()
{
    const QSqlError e = m_fallback->lastError();
    m_error = e.text();
    m_errorCode = sqliteErrorCode(e);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_stmt);
}

bool BulkInsert::exec(const QVariantList &values)
{
    if (m_fallback) {
        for (int i = 0; i < values.size(); ++i)
            m_fallback->bindValue(i, values.at(i));
        if (!m_fallback->exec()) {
            fallbackFailed();
            return false;
        }
        m_changes = m_fallback->numRowsAffected();
        return true;
    }
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
        m_errorCode = rc & 0xff; // the primary code, whether or not extended codes are on
        return false;
    }
    m_changes = sqlite3_changes(m_db);
    return true;
}

} // namespace tongban
