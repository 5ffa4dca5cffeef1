#include "bulkinsert.h"

#include "database.h"
#include "logging.h"

#include <QDebug>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

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

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &verb, const QString &table, const QStringList &columns)
    : m_sql(QStringLiteral("%1 INTO %2 (%3) VALUES ").arg(verb, table, columns.join(u','))), m_columns(int(columns.size()))
{
    QString why;
    if (!sameSqlite(&why)) {
        static bool warned = false;
        if (!std::exchange(warned, true))
            qCWarning(lcContent).noquote() << "bulk inserts off:" << why;
        m_fallback.emplace(db);
        if (!m_fallback->prepare(m_sql + QStringLiteral("(%1)").arg(QStringList(m_columns, QStringLiteral("?")).join(u','))))
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
    m_batch = prepare(BatchRows);
    m_pending.reserve(BatchRows * m_columns);
}

sqlite3_stmt *BulkInsert::prepare(int rows)
{
    const QString one = u'(' + QStringList(m_columns, QStringLiteral("?")).join(u',') + u')';
    const QByteArray utf8 = (m_sql + QStringList(rows, one).join(u',')).toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr); rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_errorCode = rc & 0xff;
    }
    return stmt;
}

void BulkInsert::fallbackFailed()
{
    const QSqlError e = m_fallback->lastError();
    m_error = e.text();
    m_errorCode = sqliteErrorCode(e);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_batch);
    sqlite3_finalize(m_single);
}

bool BulkInsert::add(QVariantList &&values)
{
    ++m_added;
    if (m_fallback) {
        for (int i = 0; i < values.size(); ++i)
            m_fallback->bindValue(i, values.at(i));
        if (!m_fallback->exec()) {
            fallbackFailed();
            return false;
        }
        m_inserted += m_fallback->numRowsAffected();
        return true;
    }
    if (!m_batch)
        return false;
    m_pending.append(std::move(values));
    if (m_pending.size() < BatchRows * m_columns)
        return true;
    const bool ok = run(m_batch, 0, BatchRows);
    m_pending.clear();
    return ok;
}

bool BulkInsert::flush()
{
    if (m_fallback || m_pending.isEmpty())
        return true;
    if (!m_single)
        m_single = prepare(1);
    if (!m_single)
        return false;
    bool ok = true;
    for (qsizetype first = 0; ok && first < m_pending.size(); first += m_columns)
        ok = run(m_single, first, 1);
    m_pending.clear();
    return ok;
}

// Binds `rows` rows of m_pending from index `first` on and runs `stmt` once. Texts go in as
// UTF-8, the database's encoding, converted by Qt into one buffer that outlives the step (no
// copy, no conversion by SQLite).
bool BulkInsert::run(sqlite3_stmt *stmt, qsizetype first, int rows)
{
    sqlite3_reset(stmt);
    const int n = rows * m_columns;
    QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    qsizetype space = 0;
    for (int i = 0; i < n; ++i) {
        const QVariant &v = m_pending.at(first + i);
        if (!v.isNull() && v.typeId() == QMetaType::QString)
            space += utf8.requiredSpace(static_cast<const QString *>(v.constData())->size());
    }
    m_text.resize(space); // no reallocation below: bound texts point into it
    char *out = m_text.data();
    QString converted; // a value of another type, as text
    for (int i = 0; i < n; ++i) {
        const QVariant &v = m_pending.at(first + i);
        const int at = i + 1;
        if (v.isNull()) {
            sqlite3_bind_null(stmt, at);
        } else if (v.typeId() == QMetaType::Int) {
            sqlite3_bind_int(stmt, at, v.toInt());
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray &bytes = *static_cast<const QByteArray *>(v.constData());
            sqlite3_bind_blob64(stmt, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
        } else if (v.typeId() == QMetaType::QString) {
            char *end = utf8.appendToBuffer(out, *static_cast<const QString *>(v.constData()));
            sqlite3_bind_text(stmt, at, out, int(end - out), SQLITE_STATIC);
            out = end;
        } else {
            converted = v.toString();
            sqlite3_bind_text16(stmt, at, converted.utf16(), int(converted.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        }
    }
    const int rc = sqlite3_step(stmt);
    // Texts were bound without a copy: no statement may keep pointing into them.
    sqlite3_clear_bindings(stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_errorCode = rc & 0xff; // the primary code, whether or not extended codes are on
        return false;
    }
    m_inserted += sqlite3_changes(m_db);
    return true;
}

} // namespace tongban
