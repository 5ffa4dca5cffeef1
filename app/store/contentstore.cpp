#include "contentstore.h"

#include "clock.h"
#include "dates.h"
#include "localstate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace tongban {

bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    errno = err; // the caller reports fsync's errno, not close's
    return ok;
}

QByteArray fileIdentity(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    // A swap is a rename, so the path names another inode; the kiosk holds the old one open,
    // which keeps its number from being reused.
    return QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino));
}

ContentStore::ContentStore(const QString &contentDir, LocalState *state, QObject *parent)
    : QObject(parent), m_dir(contentDir), m_state(state), m_db(QStringLiteral("content"))
{
    QDir().mkpath(m_dir);
}

QString ContentStore::livePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("live.sqlite"));
}
QString ContentStore::previousPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("previous.sqlite"));
}
QString ContentStore::defaultPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("default.sqlite"));
}

QString ContentStore::originName() const
{
    switch (m_origin) {
    case Origin::Live:
        return QStringLiteral("live");
    case Origin::Previous:
        return QStringLiteral("previous");
    case Origin::Default:
        return QStringLiteral("default");
    case Origin::None:
        break;
    }
    return QStringLiteral("none");
}

QString ContentStore::meta(const QString &key) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QDateTime ContentStore::builtAt() const
{
    return QDateTime::fromString(meta(QStringLiteral("built_at")), Qt::ISODateWithMs);
}

QDate ContentStore::today()
{
    const QDateTime now = Clock::now();
    const QDateTime built = builtAt();
    if (clockBehind(now, built) && m_state && m_clockWarnedFor != contentVersion()) {
        m_clockWarnedFor = contentVersion();
        m_state->logEvent(QStringLiteral("clock-warning"),
            QStringLiteral("本机时钟（%1）早于内容制作时间（%2），请校准时钟；公告按内容制作日期显示")
                .arg(now.toString(Qt::ISODate), built.toString(Qt::ISODate)));
    }
    return contentDay(now, built);
}

Database::Status ContentStore::tryOpen(const QString &path)
{
    // Read-only and never migrated here (the tool migrates on a copy); the full check only
    // when asked (after an unclean shutdown), as quick_check alone reads the whole file.
    const Database::Status status = m_db.open(path, QStringLiteral("content"), Database::Mode::ReadOnly, -1,
        m_fullCheck ? Database::Check::Full : Database::Check::None);
    if (status != Database::Status::Ok)
        return status;
    if (contentVersion().isEmpty()) {
        m_db.close();
        return Database::Status::Corrupt; // a database, but not content we built
    }
    QString why;
    if (m_fullCheck && !checkMediaFiles(&why)) {
        if (m_state)
            m_state->logEvent(QStringLiteral("media-check-failed"), why, path);
        m_db.close();
        return Database::Status::Corrupt;
    }
    return status;
}

QString ContentStore::mediaRoot() const
{
    return QDir(m_dir).filePath(QStringLiteral("media"));
}

QString ContentStore::mediaFile(const QString &dir, const QString &file)
{
    // media.file is the path in the package, always under media/.
    const QString inFolder = file.startsWith(QLatin1String("media/")) ? file.mid(6) : file;
    return dir.isEmpty() ? QString() : QDir(dir).filePath(inFolder);
}

QString ContentStore::mediaDir() const
{
    const QString name = meta(QStringLiteral("media_dir"));
    return name.isEmpty() ? QString() : QDir(mediaRoot()).filePath(name);
}

QString ContentStore::mediaPath(const QString &mediaId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT file FROM media WHERE id = ?"));
    q.addBindValue(mediaId);
    return q.exec() && q.next() ? mediaFile(mediaDir(), q.value(0).toString()) : QString();
}

bool ContentStore::checkMediaFiles(QString *why) const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT file, sha256 FROM media")))
        return true; // no media table: nothing to check
    while (q.next()) {
        const QString path = mediaFile(mediaDir(), q.value(0).toString());
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (path.isEmpty() || !f.open(QIODevice::ReadOnly) || !hash.addData(&f)
            || hash.result().toHex() != q.value(1).toByteArray()) {
            *why = QStringLiteral("媒体文件 %1 缺失或与记录的 SHA-256 不符").arg(path.isEmpty() ? q.value(0).toString() : path);
            return false;
        }
    }
    return true;
}

namespace {
// meta media_dir of a content file (empty: none, or no such file); nullopt when the file is
// there but cannot be read, whatever its schema version.
std::optional<QString> mediaDirOf(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QString();
    const QString name = QStringLiteral("media-of-%1").arg(quintptr(&path));
    std::optional<QString> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'media_dir'")))
                result = q.next() ? q.value(0).toString() : QString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

void ContentStore::removeUnusedMedia()
{
    QStringList used;
    for (const QString &path : {livePath(), previousPath(), defaultPath()}) {
        const std::optional<QString> dir = mediaDirOf(path);
        if (!dir)
            return; // a file we cannot read might use any folder: delete nothing
        used.append(*dir);
    }
    const QDir root(mediaRoot());
    bool removed = false;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (used.contains(name))
            continue;
        QDir(root.filePath(name)).removeRecursively();
        removed = true;
    }
    if (removed)
        syncPath(mediaRoot());
}

bool ContentStore::migrateStored(QString *error)
{
    const int latest = Database::latestVersion(QStringLiteral("content"));
    for (const QString &path : {livePath(), previousPath()}) {
        if (!QFileInfo::exists(path))
            continue;
        int version = -1;
        {
            Database probe(QStringLiteral("migrate-probe"));
            if (probe.open(path, QStringLiteral("content"), Database::Mode::ReadOnly, 0, Database::Check::None)
                != Database::Status::Ok)
                continue; // unusable: open() falls back and says why
            version = probe.version();
        }
        if (version < 0 || version >= latest)
            continue;
        // On a copy: the original stays untouched until the migrated, checked copy replaces it.
        const QString copy = path + QStringLiteral(".migrate");
        QFile::remove(copy);
        if (!QFile::copy(path, copy)) {
            if (error)
                *error = QStringLiteral("无法复制 %1 以升级其格式").arg(path);
            return false;
        }
        QString why;
        bool ok = true;
        {
            Database db(QStringLiteral("migrate"));
            // Media moved out of the database into files with migration 009: write the stored
            // bytes out first, into a new media folder named in meta.
            ok = db.open(copy, QStringLiteral("content"), Database::Mode::ReadWrite, version < 9 ? 8 : version)
                == Database::Status::Ok;
            if (ok && version < 9 && latest >= 9) {
                QSqlQuery media(db.db());
                if (media.exec(QStringLiteral("SELECT file, data FROM media")) && media.next()) {
                    const QString name = QStringLiteral("migrated-%1").arg(QDateTime::currentMSecsSinceEpoch());
                    const QString dir = QDir(mediaRoot()).filePath(name);
                    do {
                        const QString target = mediaFile(dir, media.value(0).toString());
                        QDir().mkpath(QFileInfo(target).absolutePath());
                        QFile out(target);
                        const QByteArray bytes = media.value(1).toByteArray();
                        ok = out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush()
                            && ::fsync(out.handle()) == 0;
                    } while (ok && media.next());
                    ok = ok && syncPath(dir) && syncPath(mediaRoot());
                    QSqlQuery meta(db.db());
                    meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('media_dir', ?)"));
                    meta.addBindValue(name);
                    ok = ok && meta.exec();
                }
            }
            if (ok) {
                db.close();
                ok = db.open(copy, QStringLiteral("content"), Database::Mode::ReadWrite, -1, Database::Check::Full)
                    == Database::Status::Ok;
            }
            if (!ok)
                why = db.errorString();
        }
        if (!ok || !syncPath(copy) || ::rename(QFile::encodeName(copy).constData(), QFile::encodeName(path).constData()) != 0) {
            QFile::remove(copy);
            if (error)
                *error = QStringLiteral("无法升级 %1 的格式：%2").arg(path, why.isEmpty() ? qt_error_string(errno) : why);
            return false;
        }
        syncFolder();
        if (m_state)
            m_state->logEvent(QStringLiteral("content-migrated"),
                QStringLiteral("内容文件 %1 已从格式 %2 升级到 %3（在副本上升级后替换）")
                    .arg(QFileInfo(path).fileName())
                    .arg(version)
                    .arg(latest));
    }
    return true;
}

bool ContentStore::ensureDefault(QString *error)
{
    if (!m_default.build) {
        if (error)
            *error = QStringLiteral("no default content configured");
        return false;
    }
    if (QFileInfo::exists(defaultPath())) {
        const bool current = tryOpen(defaultPath()) == Database::Status::Ok && contentVersion() == m_default.version;
        m_db.close();
        if (current)
            return true;
    }
    const QString tmp = defaultPath() + QStringLiteral(".new");
    if (!m_default.build(tmp, error))
        return false;
    if (!syncPath(tmp) || ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(defaultPath()).constData()) != 0) {
        if (error)
            *error = QStringLiteral("无法写入 %1：%2").arg(defaultPath(), qt_error_string(errno));
        QFile::remove(tmp);
        return false;
    }
    syncFolder();
    return true;
}

// After a rename the folder itself must reach the disk, or a power cut can bring the old name
// back. The rename has happened either way and the content in use is complete, so a failure
// here is reported to staff (event log, journal) rather than undoing a good swap.
void ContentStore::syncFolder()
{
    if (syncPath(m_dir))
        return;
    const QString why
        = QStringLiteral("内容文件夹 %1 写入磁盘失败（%2）；断电后可能恢复为上一版内容").arg(m_dir, qt_error_string(errno));
    qWarning().noquote() << why;
    if (m_state)
        m_state->logEvent(QStringLiteral("fsync-failed"), why);
}

bool ContentStore::open()
{
    close();
    struct Candidate
    {
        Origin origin;
        QString path;
        const char16_t *label;
    };
    const Candidate candidates[] = {
        {Origin::Live, livePath(), u"当前内容"},
        {Origin::Previous, previousPath(), u"上一版内容"},
    };
    for (const Candidate &c : candidates) {
        if (m_defaultOnly || !QFileInfo::exists(c.path))
            continue;
        const QByteArray identity = fileIdentity(livePath());
        const Database::Status status = tryOpen(c.path);
        if (status == Database::Status::Ok) {
            m_origin = c.origin;
            m_openedId = identity;
            m_announced = false;
            return true;
        }
        if (m_state)
            m_state->logEvent(QStringLiteral("content-fallback"),
                QStringLiteral("%1不可用（%2），改用下一个可用内容")
                    .arg(QString::fromUtf16(c.label), Database::statusName(status)),
                QStringLiteral("%1: %2").arg(c.path, m_db.errorString()));
    }
    QString error;
    const QByteArray identity = fileIdentity(livePath());
    if (ensureDefault(&error) && tryOpen(defaultPath()) == Database::Status::Ok) {
        m_origin = Origin::Default;
        m_openedId = identity;
        m_announced = false;
        return true;
    }
    if (m_state)
        m_state->logEvent(
            QStringLiteral("content-fallback"), QStringLiteral("内置默认内容也无法使用"), error + m_db.errorString());
    m_origin = Origin::None;
    return false;
}

void ContentStore::close()
{
    m_db.close();
    m_origin = Origin::None;
}

QString ContentStore::incomingPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("incoming.sqlite"));
}

bool ContentStore::swapIn(const QString &incoming, QString *error, const StepHook &hook)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("%1：%2").arg(message, qt_error_string(errno));
        return false;
    };
    const bool wasOpen = m_db.isOpen();
    close(); // never rename a file that is open

    // live stays in place until the final rename replaces it: a hard link keeps it as
    // previous without a moment in which there is no live content.
    const QByteArray live = QFile::encodeName(livePath());
    if (QFileInfo::exists(livePath())) {
        const QByteArray prevTmp = QFile::encodeName(previousPath() + QStringLiteral(".new"));
        ::unlink(prevTmp.constData());
        if (::link(live.constData(), prevTmp.constData()) != 0
            || ::rename(prevTmp.constData(), QFile::encodeName(previousPath()).constData()) != 0) {
            fail(QStringLiteral("无法保留上一版内容"));
            ::unlink(prevTmp.constData());
            if (wasOpen)
                open();
            return false;
        }
    }
    const bool swapped = ::rename(QFile::encodeName(incoming).constData(), live.constData()) == 0;
    if (!swapped)
        fail(QStringLiteral("无法替换当前内容"));
    else if (hook)
        hook("rename");
    syncFolder();
    if (swapped && hook)
        hook("syncdir");
    if (wasOpen || swapped)
        open();
    if (swapped)
        emit contentChanged();
    return swapped;
}

bool ContentStore::rollback(QString *error)
{
    {
        Database previous(QStringLiteral("rollback-check"));
        const Database::Status status = QFileInfo::exists(previousPath())
            ? previous.open(previousPath(), QStringLiteral("content"), Database::Mode::ReadOnly)
            : Database::Status::Missing;
        QSqlQuery q(previous.db());
        const bool usable = status == Database::Status::Ok
            && q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'content_version'")) && q.next();
        if (!usable) {
            if (error)
                *error = status == Database::Status::Missing
                    ? QStringLiteral("没有上一版内容可以退回")
                    : QStringLiteral("上一版内容已损坏（%1），不能退回").arg(previous.errorString());
            return false;
        }
    }
    const bool wasOpen = m_db.isOpen();
    close();
    const QByteArray live = QFile::encodeName(livePath());
    const QByteArray prev = QFile::encodeName(previousPath());
    bool ok = false;
    if (!QFileInfo::exists(livePath())) {
        ok = ::rename(prev.constData(), live.constData()) == 0;
    } else {
        ok = ::renameat2(AT_FDCWD, prev.constData(), AT_FDCWD, live.constData(), RENAME_EXCHANGE) == 0;
        if (!ok && (errno == EINVAL || errno == ENOSYS)) {
            // No atomic exchange on this file system: live is replaced in one rename all the same.
            const QByteArray tmp = QFile::encodeName(previousPath() + QStringLiteral(".old"));
            ::unlink(tmp.constData());
            ok = ::link(live.constData(), tmp.constData()) == 0 && ::rename(prev.constData(), live.constData()) == 0
                && ::rename(tmp.constData(), prev.constData()) == 0;
        }
    }
    if (!ok && error)
        *error = QStringLiteral("无法退回上一版内容：%1").arg(qt_error_string(errno));
    syncFolder();
    if (wasOpen || ok)
        open();
    if (ok)
        emit contentChanged();
    return ok;
}

bool ContentStore::liveReplaced() const
{
    const QByteArray now = fileIdentity(livePath());
    return !now.isEmpty() && now != m_openedId;
}

void ContentStore::checkReplaced()
{
    if (m_announced || !liveReplaced())
        return;
    m_announced = true;
    emit newContentAvailable();
}

void ContentStore::setWatching(bool on)
{
    if (on == (m_watcher != nullptr))
        return;
    if (!on) {
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    m_watcher = new QFileSystemWatcher({m_dir}, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ContentStore::checkReplaced);
}

bool ContentStore::reopen()
{
    const bool ok = open();
    emit contentChanged();
    return ok;
}

} // namespace tongban
