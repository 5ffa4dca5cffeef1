#include "contentstore.h"

#include "clock.h"
#include "dates.h"
#include "localstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tongban {

bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
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
    const Database::Status status = m_db.open(path, QStringLiteral("content"), Database::Mode::ReadWrite);
    if (status != Database::Status::Ok)
        return status;
    if (contentVersion().isEmpty()) {
        m_db.close();
        return Database::Status::Corrupt; // a database, but not content we built
    }
    return status;
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
    syncPath(m_dir);
    return true;
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
    syncPath(m_dir);
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
    syncPath(m_dir);
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
