#pragma once

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

#include "database.h"

class QFileSystemWatcher;

namespace tongban {

class LocalState;

// The content store on disk: content/live.sqlite (what imports install), previous.sqlite
// (kept by each import for rollback) and default.sqlite (built from the package embedded in
// the program). Opening falls back live → previous → default, logging why; it never leaves
// the kiosk without content.
//
// Content is opened read-only and never migrated in place: a file of an older schema is
// migrated by the tool (migrateStored) on a copy that is then renamed over it. Opening reads
// only what the first queries need; setFullCheck(true) (after an unclean shutdown) makes it
// run integrity_check and compare every media file with its SHA-256 first.
//
// Media files live beside the databases, one folder per installed content version:
// content/media/<name>/, named by the database's meta `media_dir`. An import writes and
// fsyncs the new folder before it renames the new database over live, and afterwards
// removes the folders that neither live, previous nor default uses; a rollback therefore
// brings the media back with the database.
class ContentStore : public QObject
{
    Q_OBJECT
public:
    enum class Origin { None, Live, Previous, Default };
    Q_ENUM(Origin)

    ContentStore(const QString &contentDir, LocalState *state, QObject *parent = nullptr);

    // The content built into the program: its version and how to build it into a file. The
    // content layer provides it (the store knows no package format); without it, open() has
    // no last resort.
    struct DefaultContent
    {
        QString version;
        std::function<bool(const QString &outPath, QString *error)> build;
    };
    void setDefaultContent(DefaultContent content) { m_default = std::move(content); }
    // Open (and reopen) only the default content, skipping live and previous: the kiosk's first
    // start after a crash loop (app/system/startcounter.h), in case the content is the cause.
    void setDefaultOnly(bool on) { m_defaultOnly = on; }
    bool defaultOnly() const { return m_defaultOnly; }

    QString dir() const { return m_dir; }
    QString livePath() const;
    // content/media: one folder per content version that has media.
    QString mediaRoot() const;
    QString previousPath() const;
    QString defaultPath() const;

    // Builds default.sqlite from the default content when it is missing, unusable or older
    // than the content in this program.
    bool ensureDefault(QString *error = nullptr);
    // Opens the best usable content (see class comment). False only if even the default fails.
    bool open();
    void close();

    // Called after "rename" and "syncdir" of a swap: the import's crash tests hook in here.
    using StepHook = std::function<void(const char *step)>;
    QString incomingPath() const;
    // Swaps a built, checked and synced database file in as live; live becomes previous.
    // At every instant live.sqlite is the old or the new file, complete.
    bool swapIn(const QString &incoming, QString *error, const StepHook &hook = {});
    // Exchanges live and previous (atomically where the file system can), so a rollback can
    // itself be rolled back. Refused when previous is missing or unusable.
    bool rollback(QString *error);

    // Another process (tongban-content) may replace live.sqlite while the kiosk runs. With
    // watching on, newContentAvailable() is emitted once when that happens; the kiosk calls
    // reopen() at its next idle moment (never in the middle of a visit).
    void setWatching(bool on);
    bool isWatching() const { return m_watcher != nullptr; }
    // live.sqlite on disk is not the file this store has open (or has appeared since).
    bool liveReplaced() const;
    // Opens the best usable content again and emits contentChanged().
    bool reopen();

    // The folder of the open content's media files (empty when it has none). Players stream
    // from here; the database holds each file's metadata and SHA-256, not its bytes.
    QString mediaDir() const;
    // The file of one media entry (media.id), or empty when there is no such entry.
    QString mediaPath(const QString &mediaId) const;
    // Where a media.file value ("media/hall.png") lives in the media folder `dir`.
    static QString mediaFile(const QString &dir, const QString &file);

    // The next opens run the full check (integrity_check, foreign keys, media hashes).
    void setFullCheck(bool on) { m_fullCheck = on; }
    // The tool's start: a live or previous file of an older content schema is copied,
    // migrated and checked, then renamed over the original. False with `error` on failure
    // (the original is left as it was).
    bool migrateStored(QString *error);
    // Deletes the media folders (and leftovers of killed imports) that neither live, previous
    // nor default uses. Called by imports under their lock.
    void removeUnusedMedia();

    Origin origin() const { return m_origin; }
    QString originName() const;
    QSqlDatabase db() const { return m_db.db(); }
    QString meta(const QString &key) const;
    QString contentVersion() const { return meta(QStringLiteral("content_version")); }
    QDateTime builtAt() const;

    // The day content is shown by (notices, verification ages). A clock earlier than the
    // content's build time is wrong (the kiosk has no time server): then the build date is
    // used, and a clock warning goes to the event log once per content version.
    QDate today();

signals:
    void contentChanged();
    void newContentAvailable();

private:
    void syncFolder();
    Database::Status tryOpen(const QString &path);
    bool checkMediaFiles(QString *why) const;
    void checkReplaced();

    QString m_dir;
    DefaultContent m_default;
    LocalState *m_state;
    Database m_db;
    Origin m_origin = Origin::None;
    QByteArray m_openedId; // fileIdentity() of live.sqlite when the content was opened
    QFileSystemWatcher *m_watcher = nullptr;
    bool m_announced = false;
    bool m_defaultOnly = false;
    QString m_clockWarnedFor; // content version the clock warning was logged for
    bool m_fullCheck = false;
};

// Points `current` at `next` and keeps `receiver`'s `reload` connected to its content changes
// (the models, the guide and search follow the store they are handed). False: no change.
template <class Receiver>
bool followStore(ContentStore *&current, ContentStore *next, Receiver *receiver, void (Receiver::*reload)())
{
    if (next == current)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, receiver, nullptr);
    current = next;
    if (current)
        QObject::connect(current, &ContentStore::contentChanged, receiver, reload);
    return true;
}

// device:inode of a file, empty when it does not exist.
QByteArray fileIdentity(const QString &path);

// fsync a file or a folder, so a rename is durable across a power cut.
bool syncPath(const QString &path);

} // namespace tongban
