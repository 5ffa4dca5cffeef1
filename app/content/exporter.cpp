#include "exporter.h"

#include "contentstore.h"
#include "csv.h"
#include "kiosksettings.h"
#include "packagetables.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tongban {

using package::Col;
using package::Type;

ContentRows::ContentRows(const QSqlDatabase &db) : m_db(db)
{
    const QList<std::pair<QString, QString>> lists = {
        {"theme_ids", "SELECT item_id, theme_id FROM item_themes ORDER BY item_id, theme_id"},
        {"cities", "SELECT item_id, city_code FROM item_cities ORDER BY item_id, city_code"},
        {"online_channel", "SELECT item_id, name FROM channels WHERE kind = 'online' ORDER BY item_id, name"},
        {"offline_channel", "SELECT item_id, name FROM channels WHERE kind = 'offline' ORDER BY item_id, name"},
    };
    for (const auto &[column, sql] : lists) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.exec(sql);
        while (q.next()) {
            const QString value = column == QLatin1String("cities") ? cityName(q.value(1).toString()) : q.value(1).toString();
            m_lists[column][q.value(0).toString()].append(value);
        }
    }
}

QString ContentRows::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList ContentRows::header(const QString &dbTable) const
{
    QStringList out;
    if (const package::Table *t = package::table(dbTable))
        for (const Col &c : t->cols)
            if (c.inFormat(package::CurrentFormat))
                out.append(c.key);
    return out;
}

QList<QStringList> ContentRows::rows(const QString &dbTable) const
{
    QList<QStringList> out;
    const package::Table *t = package::table(dbTable);
    if (!t)
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString order = dbTable == QLatin1String("materials") ? QStringLiteral("item_id, seq") : QStringLiteral("id");
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(dbTable, order)))
        return out;
    const QSqlRecord record = q.record();
    while (q.next()) {
        QStringList row;
        for (const Col &c : t->cols) {
            if (!c.inFormat(package::CurrentFormat))
                continue; // v1's url_verified: exported as url_verified_at
            if (!c.stored()) {
                row.append(m_lists.value(c.key).value(q.value("id").toString()).join(u';'));
                continue;
            }
            const QVariant v = q.value(record.indexOf(c.column()));
            if (c.type == Type::City)
                row.append(cityName(v.toString()));
            else if (c.type == Type::Bool)
                row.append(v.isNull() ? QString() : v.toInt() ? QStringLiteral("是") : QStringLiteral("否"));
            else
                row.append(v.isNull() ? QString() : v.toString());
        }
        out.append(row);
    }
    return out;
}

QHash<QString, QString> ContentRows::fingerprints(const QString &dbTable) const
{
    QHash<QString, QString> out;
    const bool media = dbTable == QLatin1String("media");
    QHash<QString, QString> hashes;
    if (media) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT id, sha256 FROM media"));
        while (q.next())
            hashes.insert(q.value(0).toString(), q.value(1).toString());
    }
    for (const QStringList &row : rows(dbTable)) {
        const QString key = dbTable == QLatin1String("materials") ? row.value(0) + u'#' + row.value(1) : row.value(0);
        out.insert(key, row.join(QChar(0x1f)) + (media ? hashes.value(key) : QString()));
    }
    return out;
}

bool exportContent(const QSqlDatabase &db, const QString &mediaDir, const QString &dir, QString *error)
{
    const QDir out(dir);
    if (out.exists() && !out.isEmpty()) {
        *error = QStringLiteral("「%1」已存在且不是空文件夹；请指定一个新的文件夹").arg(dir);
        return false;
    }
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("无法创建文件夹「%1」").arg(dir);
        return false;
    }
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(out.filePath(name)).absolutePath());
        QSaveFile f(out.filePath(name));
        if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
            return true;
        *error = QStringLiteral("无法写入「%1」：%2").arg(out.filePath(name), f.errorString());
        return false;
    };
    const ContentRows content(db);
    for (const package::Table &t : package::tables()) {
        QByteArray csv = "\xEF\xBB\xBF" + Csv::row(content.header(t.dbTable));
        for (const QStringList &row : content.rows(t.dbTable))
            csv += Csv::row(row);
        if (!write(t.file, csv))
            return false;
    }
    QSqlQuery media(db);
    media.setForwardOnly(true);
    media.exec(QStringLiteral("SELECT file, sha256 FROM media ORDER BY id"));
    while (media.next()) {
        const QString file = media.value(0).toString();
        QFile in(ContentStore::mediaFile(mediaDir, file));
        if (mediaDir.isEmpty() || !in.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("找不到媒体文件「%1」（%2）").arg(file, in.fileName());
            return false;
        }
        const QByteArray bytes = in.readAll();
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != media.value(1).toByteArray()) {
            *error = QStringLiteral("媒体文件「%1」与内容数据库记录的 SHA-256 不符（已损坏）").arg(in.fileName());
            return false;
        }
        if (!write(file, bytes))
            return false;
    }
    QJsonObject manifest{{"format", "tongban-content"}, {"format_version", package::CurrentFormat},
        {"content_version", content.meta("content_version")}, {"built_at", content.meta("built_at")},
        {"title", content.meta("title")}, {"publisher", content.meta("publisher")}};
    return write(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented));
}

} // namespace tongban
