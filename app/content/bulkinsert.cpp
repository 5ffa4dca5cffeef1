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

bool BulkInsert::add(SqlRow &&values)
{
    ++m_added;
    if (m_fallback) {
        for (int i = 0; i < values.size(); ++i) {
            const SqlValue &v = values.at(i);
            m_fallback->bindValue(i,
                v.kind == SqlValue::Kind::Int        ? QVariant(v.number)
                    : v.kind == SqlValue::Kind::Text ? QVariant(v.text)
                                                     : QVariant(QMetaType::fromType<int>()));
        }
        if (!m_fallback->exec()) {
            fallbackFailed();
            return false;
        }
        m_inserted += m_fallback->numRowsAffected();
        return true;
    }
    if (!m_db)
        return false;
    if (m_pending.capacity() == 0)
        m_pending.reserve(BatchRows * m_columns);
    m_pending.append(std::move(values));
    if (m_pending.size() < BatchRows * m_columns)
        return true;
    if (!m_batch)
        m_batch = prepare(BatchRows); // on first use: most tables have no lists, a few rows only
    const bool ok = m_batch && run(m_batch, 0, BatchRows);
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
    const SqlValue *values = m_pending.constData() + first;
    qsizetype space = 0;
    for (int i = 0; i < n; ++i)
        if (values[i].kind == SqlValue::Kind::Text)
            space += utf8.requiredSpace(values[i].text.size());
    m_text.resize(space); // no reallocation below: bound texts point into it
    char *out = m_text.data();
    for (int i = 0; i < n; ++i) {
        const SqlValue &v = values[i];
        const int at = i + 1;
        if (v.kind == SqlValue::Kind::Null) {
            sqlite3_bind_null(stmt, at);
        } else if (v.kind == SqlValue::Kind::Int) {
            sqlite3_bind_int(stmt, at, v.number);
        } else {
            char *end = utf8.appendToBuffer(out, v.text);
            sqlite3_bind_text(stmt, at, out, int(end - out), SQLITE_STATIC);
            out = end;
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
