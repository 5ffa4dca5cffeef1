#pragma once

// Shared by the content tool's tests: running tongban-content, fixtures, and a fingerprint of
// a content database that says whether two files hold exactly the same content.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

#include "testsupport.h"

namespace contenttest {

inline QString tool()
{
    return testsupport::binDir() + QStringLiteral("/tongban-content");
}
inline QString data(const QString &name)
{
    return testsupport::sourceDir() + QStringLiteral("/tests/content/data/") + name;
}
inline QString good()
{
    return data(QStringLiteral("good"));
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline Run run(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(tool(), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

// Copies a package tree (media/ included).
inline bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = QDir(to).filePath(QDir(from).relativeFilePath(src));
        QDir().mkpath(QFileInfo(dst).absolutePath());
        QFile::remove(dst);
        if (!QFile::copy(src, dst))
            return false;
    }
    return true;
}

// Every row of every table (media by their SHA-256), sorted; meta without loaded_at (the time
// of the import) and media_dir (the folder's name, made per import): not content. Equal
// fingerprints: the same content.
inline QByteArray fingerprint(const QString &dbPath)
{
    const QString name = QUuid::createUuid().toString();
    QByteArray result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (tables.next()) {
                const QString table = tables.value(0).toString();
                QSqlQuery q(db);
                q.exec(table == QLatin1String("meta")
                        ? QStringLiteral("SELECT * FROM meta WHERE key NOT IN ('loaded_at', 'media_dir')")
                        : QStringLiteral("SELECT * FROM ") + table);
                QStringList rows;
                while (q.next()) {
                    QStringList fields;
                    for (int i = 0; i < q.record().count(); ++i)
                        fields.append(q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
                    rows.append(fields.join(QChar(0x1f)));
                }
                rows.sort();
                hash.addData(table.toUtf8() + '\n' + rows.join(u'\n').toUtf8() + '\n');
            }
            result = hash.result().toHex();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

inline QString metaValue(const QString &dbPath, const QString &key)
{
    const QString name = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(key)) && q.next())
            value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

inline QString livePath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/content/live.sqlite");
}

} // namespace contenttest
