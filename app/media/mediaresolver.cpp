#include "mediaresolver.h"

#include "attractschedule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tongban {

MediaResolver::MediaResolver(QString cacheDir) : m_dir(std::move(cacheDir)) { }

QString MediaResolver::path(const QSqlDatabase &db, const AttractEntry &entry, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(entry.sha256).hasMatch())
        return fail(QStringLiteral("媒体「%1」没有有效的校验值").arg(entry.id));
    const QString suffix = QFileInfo(entry.file).suffix().toLower();
    const QString target = QDir(m_dir).filePath(entry.sha256 + u'.' + suffix);

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rowid, length(data) FROM media WHERE id = ?"));
    q.addBindValue(entry.id);
    if (!q.exec() || !q.next())
        return fail(QStringLiteral("内容中没有媒体「%1」").arg(entry.id));
    const qint64 rowid = q.value(0).toLongLong();
    const qint64 size = q.value(1).toLongLong();
    if (size <= 0)
        return fail(QStringLiteral("媒体「%1」（%2）是空的").arg(entry.id, entry.file));
    if (QFileInfo(target).size() == size)
        return target;

    sqlite3 *handle = nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3 *const *>(v.data());
    if (!handle)
        return fail(QStringLiteral("无法读取媒体「%1」：不是 SQLite 数据库").arg(entry.id));
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(handle, "main", "media", "data", rowid, 0, &blob) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_blob_close(blob);
        return fail(QStringLiteral("无法读取媒体「%1」：%2").arg(entry.id, why));
    }
    QDir().mkpath(m_dir);
    QSaveFile out(target);
    bool ok = out.open(QIODevice::WriteOnly);
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    const int total = sqlite3_blob_bytes(blob);
    for (int at = 0; ok && at < total; at += int(chunk.size())) {
        const int n = qMin(int(chunk.size()), total - at);
        ok = sqlite3_blob_read(blob, chunk.data(), n, at) == SQLITE_OK && out.write(chunk.constData(), n) == n;
    }
    sqlite3_blob_close(blob);
    if (!ok || !out.commit())
        return fail(QStringLiteral("无法把媒体「%1」写入 %2").arg(entry.id, m_dir));
    return target;
}

void MediaResolver::prune(const QStringList &keepSha256)
{
    QDir dir(m_dir);
    for (const QFileInfo &f : dir.entryInfoList(QDir::Files))
        if (!keepSha256.contains(f.completeBaseName()))
            QFile::remove(f.filePath());
}

} // namespace tongban
