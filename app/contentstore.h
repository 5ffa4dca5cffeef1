#pragma once

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include "contentpackage.h"
#include "database.h"
#include "urlpolicy.h"

namespace tongban {

class LocalState;

// The content store on disk: content/live.sqlite (what imports install), previous.sqlite
// (kept by each import for rollback) and default.sqlite (built from the package embedded in
// the program). Opening falls back live → previous → default, logging why; it never leaves
// the kiosk without content.
class ContentStore : public QObject
{
    Q_OBJECT
public:
    enum class Origin { None, Live, Previous, Default };
    Q_ENUM(Origin)

    ContentStore(const QString &contentDir, const UrlPolicy &policy, LocalState *state, QObject *parent = nullptr);

    QString livePath() const;
    QString previousPath() const;
    QString defaultPath() const;
    static QString embeddedPackage() { return QStringLiteral(":/tongban/default-content"); }

    // Builds default.sqlite from the embedded package when it is missing, unusable or older
    // than the package in this program.
    bool ensureDefault(QString *error = nullptr);
    // Opens the best usable content (see class comment). False only if even the default fails.
    bool open();
    void close();

    // Builds the package into a new file, checks it and swaps it in atomically; the old live
    // content becomes previous. Diagnostics go to `diagnostics`.
    bool install(const QString &packageDir, QList<Diagnostic> *diagnostics);

    Origin origin() const { return m_origin; }
    QString originName() const;
    QSqlDatabase db() const { return m_db.db(); }
    QString meta(const QString &key) const;
    QString contentVersion() const { return meta(QStringLiteral("content_version")); }
    QDateTime builtAt() const;

signals:
    void contentChanged();

private:
    Database::Status tryOpen(const QString &path);

    QString m_dir;
    UrlPolicy m_policy;
    LocalState *m_state;
    Database m_db;
    Origin m_origin = Origin::None;
};

// fsync a file or a folder, so a rename is durable across a power cut.
bool syncPath(const QString &path);

} // namespace tongban
