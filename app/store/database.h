#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tongban {

// One SQLite store (content or local state) behind a named connection. Opening applies the
// numbered migrations in db/migrations/<schema>/ (embedded as resources), each in its own
// transaction, and records the version in PRAGMA user_version.
class Database
{
public:
    enum class Status { Ok, Missing, Corrupt, TooNew, Failed };
    enum class Mode { ReadWrite, ReadOnly };

    explicit Database(const QString &connectionPrefix);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating where ReadWrite) the file and migrates it up to `maxVersion`
    // (-1: the newest known). A ReadOnly open never migrates: an older file is Failed.
    Status open(const QString &path, const QString &schema, Mode mode = Mode::ReadWrite, int maxVersion = -1);
    void close();

    bool isOpen() const;
    QSqlDatabase db() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    QString errorString() const { return m_error; }
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
};

} // namespace tongban
