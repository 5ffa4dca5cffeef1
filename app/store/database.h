#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace tongban {

// SQLite's primary result code behind a Qt error (SQLITE_FULL, SQLITE_READONLY, …; 0 if none):
// Qt's QSQLITE driver reports it as the native error code. Decisions are taken on this code,
// never on the message text, which SQLite may word differently from one version to the next.
int sqliteErrorCode(const QSqlError &error);

// One SQLite store (content or local state) behind a named connection. Opening applies the
// numbered migrations in db/migrations/<schema>/ (embedded as resources), each in its own
// transaction, and records the version in PRAGMA user_version.
class Database
{
public:
    enum class Status { Ok, Missing, Corrupt, TooNew, Failed };
    enum class Mode { ReadWrite, ReadOnly };
    // How much of the file is read to check it on open: None (the header and schema only, as
    // the first query reads them), Quick (PRAGMA quick_check) or Full (integrity_check and
    // foreign_key_check). quick_check reads the whole file: the kiosk's content opens with None,
    // and Full after an unclean shutdown; imports check in full when they build.
    enum class Check { None, Quick, Full };

    explicit Database(const QString &connectionPrefix);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating where ReadWrite) the file and migrates it up to `maxVersion`
    // (-1: the newest known). A ReadOnly open never migrates: an older file is Failed.
    Status open(
        const QString &path, const QString &schema, Mode mode = Mode::ReadWrite, int maxVersion = -1, Check check = Check::Quick);
    void close();

    bool isOpen() const;
    QSqlDatabase db() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    QString errorString() const { return m_error; }
    // SQLite's primary result code of the last failure (see sqliteErrorCode), 0 if unknown.
    int errorCode() const { return m_errorCode; }
    int version() const;

    // Full integrity check (slow on big files: imports use it, start-up uses quick_check).
    bool integrityCheck(QString *error = nullptr) const;

    static int latestVersion(const QString &schema);
    static QString statusName(Status status);

private:
    bool migrate(const QString &schema, int from, int to);
    bool exec(const QString &sql);

    QString m_connection;
    QString m_path;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace tongban
