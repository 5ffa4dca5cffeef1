#include "contentstore.h"

#include "localstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
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

ContentStore::ContentStore(const QString &contentDir, const UrlPolicy &policy, LocalState *state, QObject *parent)
    : QObject(parent), m_dir(contentDir), m_policy(policy), m_state(state), m_db(QStringLiteral("content"))
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
    PackageManifest embedded;
    QList<Diagnostic> diagnostics;
    if (!ContentPackage::readManifest(embeddedPackage(), &embedded, &diagnostics)) {
        if (error)
            *error = diagnostics.value(0).toString();
        return false;
    }
    if (QFileInfo::exists(defaultPath())) {
        const bool current = tryOpen(defaultPath()) == Database::Status::Ok && contentVersion() == embedded.contentVersion;
        m_db.close();
        if (current)
            return true;
    }
    const QString tmp = defaultPath() + QStringLiteral(".new");
    ContentPackage package(m_policy);
    if (!package.build(embeddedPackage(), tmp)) {
        QStringList lines;
        for (const Diagnostic &d : package.diagnostics())
            lines.append(d.toString());
        if (error)
            *error = lines.join(u'\n');
        return false;
    }
    syncPath(tmp);
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(defaultPath()).constData()) != 0) {
        if (error)
            *error = QStringLiteral("无法写入 %1").arg(defaultPath());
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
        if (!QFileInfo::exists(c.path))
            continue;
        const Database::Status status = tryOpen(c.path);
        if (status == Database::Status::Ok) {
            m_origin = c.origin;
            return true;
        }
        if (m_state)
            m_state->logEvent(QStringLiteral("content-fallback"),
                QStringLiteral("%1不可用（%2），改用下一个可用内容")
                    .arg(QString::fromUtf16(c.label), Database::statusName(status)),
                QStringLiteral("%1: %2").arg(c.path, m_db.errorString()));
    }
    QString error;
    if (ensureDefault(&error) && tryOpen(defaultPath()) == Database::Status::Ok) {
        m_origin = Origin::Default;
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

bool ContentStore::install(const QString &packageDir, QList<Diagnostic> *diagnostics)
{
    const QString incoming = QDir(m_dir).filePath(QStringLiteral("incoming.sqlite"));
    ContentPackage package(m_policy);
    const bool built = package.build(packageDir, incoming);
    if (diagnostics)
        *diagnostics = package.diagnostics();
    if (!built)
        return false;
    if (!syncPath(incoming)) {
        if (diagnostics)
            diagnostics->append({incoming, 0, 0, QStringLiteral("无法把新内容写入磁盘"), false});
        return false;
    }

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
            if (diagnostics)
                diagnostics->append(
                    {previousPath(), 0, 0, QStringLiteral("无法保留上一版内容：%1").arg(qt_error_string(errno)), false});
            QFile::remove(incoming);
            if (wasOpen)
                open();
            return false;
        }
    }
    const bool swapped = ::rename(QFile::encodeName(incoming).constData(), live.constData()) == 0;
    syncPath(m_dir);
    if (!swapped && diagnostics)
        diagnostics->append({livePath(), 0, 0, QStringLiteral("无法替换当前内容：%1").arg(qt_error_string(errno)), false});
    if (wasOpen || swapped)
        open();
    if (swapped)
        emit contentChanged();
    return swapped;
}

} // namespace tongban
