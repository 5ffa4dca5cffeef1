#include "contentpackage.h"

#include "contentstore.h"
#include "database.h"
#include "packagetables.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace tongban {

QString ContentPackage::normalizeDate(const QString &text)
{
    return package::normalizeDate(text);
}

void ContentPackage::outputError(const QString &outPath, const QString &message)
{
    m_outputError = message;
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
            outputError(outPath, QStringLiteral("无法创建内容数据库：%1").arg(out.errorString()));
        } else {
            QSqlDatabase db = out.db();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
            // References are checked row by row while loading (with file:line:column), and the
            // check step runs foreign_key_check on the result: SQLite need not look up every
            // parent row a second time during the bulk insert.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            // The whole new database fits in memory while it is built: no page spills.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -131072"));
            db.transaction();
            ok = loadTables(packageDir, db) && errorCount() == 0;
            if (ok)
                step("validate");
            ok = ok && writeMeta(db);
            if (ok && !db.commit()) {
                outputError(outPath, QStringLiteral("写入内容数据库失败：%1").arg(db.lastError().text()));
                ok = false;
            }
            if (ok) {
                step("build");
                QString why;
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
            outputError(db.databaseName(), QStringLiteral("写入内容信息失败：%1").arg(meta.lastError().text()));
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

bool installPackage(ContentStore &store, const UrlPolicy &policy, const QString &packageDir, QList<Diagnostic> *diagnostics)
{
    const QString incoming = store.incomingPath();
    ContentPackage package(policy);
    const bool built = package.build(packageDir, incoming);
    if (diagnostics)
        *diagnostics = package.diagnostics();
    if (!built)
        return false;
    QString error;
    if (!syncPath(incoming))
        error = QStringLiteral("无法把新内容写入磁盘");
    else if (store.swapIn(incoming, &error))
        return true;
    QFile::remove(incoming);
    if (diagnostics)
        diagnostics->append({incoming, 0, 0, error, false});
    return false;
}

} // namespace tongban
