#include "contentpackage.h"

#include "contentstore.h"
#include "database.h"
#include "packagetables.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <sqlite3.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace tongban {

QString ContentPackage::normalizeDate(const QString &text)
{
    return package::normalizeDate(text);
}

namespace {

// The disk's part in an SQLite failure, as the errno staff's messages are made from.
int errnoFor(int sqliteCode, const QString &outPath)
{
    switch (sqliteCode) {
    case SQLITE_FULL:
        return ENOSPC;
    case SQLITE_READONLY:
        return EROFS;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR: {
        // SQLite does not say which: ask the folder itself.
        const QByteArray dir = QFile::encodeName(QFileInfo(outPath).absolutePath());
        struct statvfs fs;
        if (::statvfs(dir.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
            return EROFS;
        if (::access(dir.constData(), W_OK) != 0)
            return errno;
        return sqliteCode == SQLITE_IOERR ? EIO : 0;
    }
    default:
        return 0;
    }
}

} // namespace

void ContentPackage::outputError(const QString &outPath, const QString &message, int sqliteCode)
{
    m_outputError = message;
    if (!m_outputErrno)
        m_outputErrno = errnoFor(sqliteCode, m_outPath.isEmpty() ? outPath : m_outPath);
    m_diagnostics.append({outPath, 0, 0, message, false});
}

// Files a package may hold besides its tables; anything else is probably a mistake
// (a stray "items (1).csv"), so it is named, but it does not stop the import.
void ContentPackage::checkPackageFiles(const QString &packageDir)
{
    QStringList known = {QStringLiteral("manifest.json"), QStringLiteral("manifest.sig")};
    for (const package::Table &t : package::tables())
        known.append(t.file);
    const QDir dir(packageDir);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name))
        if (!known.contains(name))
            m_diagnostics.append({name, 0, 0, QStringLiteral("未知的文件「%1」，已忽略").arg(name), true});
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (name != QLatin1String("media"))
            m_diagnostics.append({name, 0, 0, QStringLiteral("未知的文件夹「%1」，已忽略").arg(name), true});
}

bool ContentPackage::build(const QString &packageDir, const QString &outPath)
{
    m_diagnostics.clear();
    m_counts.clear();
    m_outputError.clear();
    m_outputErrno = 0;
    m_outPath = outPath;
    m_manifest = {};
    if (!Manifest::read(packageDir, &m_manifest, &m_diagnostics))
        return false;
    checkPackageFiles(packageDir);

    const bool inMemory = outPath == QLatin1String(":memory:");
    if (!inMemory) {
        QFile::remove(outPath);
        QFile::remove(outPath + QStringLiteral("-journal"));
    }
    bool ok = false;
    {
        Database out(QStringLiteral("build"));
        if (out.open(outPath, QStringLiteral("content")) != Database::Status::Ok) {
            outputError(outPath, QStringLiteral("无法创建内容数据库：%1").arg(out.errorString()), out.errorCode());
        } else {
            QSqlDatabase db = out.db();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
            // References are checked row by row while loading (with file:line:column), and the
            // check step runs foreign_key_check on the result: SQLite need not look up every
            // parent row a second time during the bulk insert.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            // Likewise the CHECK constraints: every field was checked against its column's
            // rules, and the integrity check verifies each constraint on every row of the result.
            // (SQLite rebuilds the list of an IN (…) constraint for each row it checks: checked
            // once, not twice, that is a quarter of the inserts' cost.)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
            // The whole new database fits in memory while it is built: no page spills.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -131072"));
            db.transaction();
            ok = loadTables(packageDir, db) && errorCount() == 0;
            if (ok)
                step("validate");
            ok = ok && writeMeta(db);
            // COMMIT as a statement: QSqlDatabase::commit() drops SQLite's result code, and a
            // full disk mostly shows here, when the pages are written.
            QSqlQuery commit(db);
            if (ok && !commit.exec(QStringLiteral("COMMIT"))) {
                outputError(outPath, QStringLiteral("写入内容数据库失败：%1").arg(commit.lastError().text()),
                    sqliteErrorCode(commit.lastError()));
                ok = false;
            }
            if (ok) {
                step("build");
                QString why;
                QSqlQuery(db).exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
                if (!out.integrityCheck(&why)) {
                    outputError(outPath, QStringLiteral("内容数据库检查失败：%1").arg(why));
                    ok = false;
                }
                ok = ok && checkCounts(db);
                if (ok)
                    step("check");
            } else {
                db.rollback();
            }
        }
    }
    if (!ok && !inMemory) {
        QFile::remove(outPath);
        QFile::remove(outPath + QStringLiteral("-journal"));
    }
    return ok;
}

bool ContentPackage::writeMeta(QSqlDatabase &db)
{
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    const QList<std::pair<QString, QString>> values = {
        {"content_version", m_manifest.contentVersion},
        {"built_at", m_manifest.builtAt.toString(Qt::ISODateWithMs)},
        {"title", m_manifest.title},
        {"publisher", m_manifest.publisher},
        // The content as stored is of the current format whatever the package's was (a v1
        // url_verified became a dated verification), so an export imports to the same content.
        {"format_version", QString::number(package::CurrentFormat)},
        {"loaded_at",
            QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODate)},
    };
    for (const auto &[k, v] : values) {
        meta.addBindValue(k);
        meta.addBindValue(v.isNull() ? QStringLiteral("") : v);
        if (!meta.exec()) {
            outputError(db.databaseName(), QStringLiteral("写入内容信息失败：%1").arg(meta.lastError().text()),
                sqliteErrorCode(meta.lastError()));
            return false;
        }
    }
    return true;
}

// What was loaded must be what is in the file: a short write would show here.
bool ContentPackage::checkCounts(QSqlDatabase &db)
{
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(it.key())) || !q.next() || q.value(0).toInt() != it.value()) {
            outputError(db.databaseName(),
                QStringLiteral("内容数据库检查失败：%1 表应有 %2 行，实际 %3 行")
                    .arg(it.key())
                    .arg(it.value())
                    .arg(q.value(0).toInt()));
            return false;
        }
    }
    return true;
}

} // namespace tongban
