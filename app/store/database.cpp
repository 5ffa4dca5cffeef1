#include "database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace tongban {

int sqliteErrorCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0; // the primary code, whether or not extended codes are on
}

namespace {

QAtomicInt connectionCounter;

struct Migration
{
    int version;
    QString file;
};

QList<Migration> migrationsFor(const QString &schema)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/tongban/migrations/") + schema);
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = numbered.match(name);
        if (m.hasMatch())
            out.append({m.captured(1).toInt(), dir.filePath(name)});
    }
    return out;
}

// The migration files hold plain statements separated by ';' at line ends (no triggers), so
// splitting there is enough and keeps the files readable SQL.
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace

Database::Database(const QString &connectionPrefix)
    : m_connection(QStringLiteral("%1-%2").arg(connectionPrefix).arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Database::version() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int Database::latestVersion(const QString &schema)
{
    const auto list = migrationsFor(schema);
    return list.isEmpty() ? 0 : list.last().version;
}

QString Database::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Corrupt:
        return QStringLiteral("corrupt");
    case Status::TooNew:
        return QStringLiteral("too-new");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(db());
    if (q.exec(sql))
        return true;
    m_error = QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql.left(80));
    m_errorCode = sqliteErrorCode(q.lastError());
    return false;
}

Database::Status Database::open(const QString &path, const QString &schema, Mode mode, int maxVersion, Check check)
{
    close();
    m_path = path;
    m_error.clear();
    m_errorCode = 0;
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path)) {
        m_error = QStringLiteral("no such file: %1").arg(path);
        return Status::Missing;
    }
    if (mode == Mode::ReadWrite)
        QDir().mkpath(QFileInfo(path).absolutePath());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        m_error = db.lastError().text();
        m_errorCode = sqliteErrorCode(db.lastError());
        return Status::Failed;
    }

    // A file that is not a database fails on its first read. Without a check that read is the
    // schema (sqlite_master), which names a damaged first page; quick_check reads every page.
    {
        QSqlQuery q(db);
        const QString pragma = check == Check::None ? QStringLiteral("SELECT count(*) FROM sqlite_master")
            : check == Check::Quick                 ? QStringLiteral("PRAGMA quick_check")
                                                    : QStringLiteral("PRAGMA integrity_check");
        if (!q.exec(pragma) || !q.next()) {
            m_error = QStringLiteral("%1 failed: %2").arg(pragma, q.lastError().text());
            m_errorCode = sqliteErrorCode(q.lastError());
            return Status::Corrupt;
        }
        const QString result = q.value(0).toString();
        if (check != Check::None && result != QLatin1String("ok")) {
            m_error = QStringLiteral("%1: %2").arg(pragma, result);
            return Status::Corrupt;
        }
    }
    if (check == Check::Full) {
        QSqlQuery fk(db);
        if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next()) {
            m_error = QStringLiteral("foreign key violation in %1").arg(fk.value(0).toString());
            return Status::Corrupt;
        }
    }
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Status::Failed;

    const int latest = latestVersion(schema);
    const int target = maxVersion < 0 ? latest : qMin(maxVersion, latest);
    const int current = version();
    if (current < 0) {
        m_error = QStringLiteral("cannot read user_version");
        return Status::Corrupt;
    }
    if (current > latest) {
        m_error = QStringLiteral("schema version %1 is newer than this program knows (%2)").arg(current).arg(latest);
        return Status::TooNew;
    }
    if (current < target) {
        if (mode == Mode::ReadOnly) {
            m_error = QStringLiteral("schema version %1, expected %2").arg(current).arg(target);
            return Status::Failed;
        }
        if (!migrate(schema, current, target))
            return Status::Failed;
    }
    return Status::Ok;
}

bool Database::migrate(const QString &schema, int from, int to)
{
    for (const Migration &m : migrationsFor(schema)) {
        if (m.version <= from || m.version > to)
            continue;
        QFile file(m.file);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read migration %1").arg(m.file);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        if (!db().transaction()) {
            m_error = db().lastError().text();
            m_errorCode = sqliteErrorCode(db().lastError());
            return false;
        }
        bool ok = true;
        for (const QString &statement : statements(script)) {
            if (!exec(statement)) {
                ok = false;
                break;
            }
        }
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (!ok) {
            db().rollback();
            m_error = QStringLiteral("migration %1 failed: %2").arg(QFileInfo(m.file).fileName(), m_error);
            return false;
        }
        if (!db().commit()) {
            m_error = db().lastError().text();
            m_errorCode = sqliteErrorCode(db().lastError());
            return false;
        }
    }
    return true;
}

bool Database::integrityCheck(QString *error) const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const QString result = q.value(0).toString();
    if (result == QLatin1String("ok")) {
        QSqlQuery fk(db());
        if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next()) {
            if (error)
                *error = QStringLiteral("foreign key violation in %1").arg(fk.value(0).toString());
            return false;
        }
        return true;
    }
    if (error)
        *error = result;
    return false;
}

} // namespace tongban
