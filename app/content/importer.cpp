#include "importer.h"

#include "contentpackage.h"
#include "contentstore.h"
#include "localstate.h"
#include "manifest.h"
#include "media.h"
#include "packagesource.h"
#include "services.h"
#include "signing.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace tongban {

namespace {
QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer;
}
} // namespace

ImportLock::~ImportLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // also releases the flock
}

bool ImportLock::acquire(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        *error = PackageSource::ioMessage(errno, path);
        return false;
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        *error = QStringLiteral("另一个导入或回退正在进行，请等它结束后再试；本次没有改动任何内容");
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    return true;
}

QStringList Importer::steps()
{
    // media-file: inside the media copy, after its first file.
    return {"copy", "validate", "build", "check", "media-file", "media", "sync", "rename", "syncdir", "cleanup"};
}

namespace {
// The new content's media folder: each file listed in the built database is moved out of the
// staged package (same disk) into content/media/<name>.new/, hash-checked against the
// database, fsynced; the folder is renamed to its final name and its parent fsynced; the
// database names it in meta media_dir. Only then is the database synced and swapped in, so
// live never names a folder that is not complete on disk.
bool installMedia(const QString &root, const QString &incoming, const QString &mediaRoot,
    const std::function<void(const char *)> &step, QString *error)
{
    Database db(QStringLiteral("media-install"));
    if (db.open(incoming, QStringLiteral("content"), Database::Mode::ReadWrite, -1, Database::Check::None)
        != Database::Status::Ok) {
        *error = QStringLiteral("无法打开新的内容数据库：%1").arg(db.errorString());
        return false;
    }
    QList<std::pair<QString, QByteArray>> files;
    QString version;
    {
        QSqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT file, sha256 FROM media ORDER BY id"));
        while (q.next())
            files.append({q.value(0).toString(), q.value(1).toByteArray()});
        QSqlQuery v(db.db());
        if (v.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'content_version'")) && v.next())
            version = v.value(0).toString();
    }
    if (files.isEmpty()) {
        step("media");
        return true;
    }
    const QString name
        = QStringLiteral("%1-%2").arg(version, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")));
    const QString building = QDir(mediaRoot).filePath(name + QStringLiteral(".new"));
    const QString final = QDir(mediaRoot).filePath(name);
    QDir(building).removeRecursively();
    if (!QDir().mkpath(building)) {
        *error = PackageSource::ioMessage(errno, building);
        return false;
    }
    QSet<QString> folders{building};
    for (qsizetype i = 0; i < files.size(); ++i) {
        const auto &[file, sha] = files.at(i);
        const QString from = QDir(root).filePath(file);
        const QString to = ContentStore::mediaFile(building, file);
        QDir().mkpath(QFileInfo(to).absolutePath());
        folders.insert(QFileInfo(to).absolutePath());
        if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0 && !QFile::copy(from, to)) {
            *error = PackageSource::ioMessage(errno, to);
            return false;
        }
        if (MediaCheck::sha256(to) != sha) {
            *error = QStringLiteral("媒体文件「%1」与检查时的 SHA-256 不符，未导入").arg(file);
            return false;
        }
        if (!syncPath(to)) {
            *error = PackageSource::ioMessage(errno, to);
            return false;
        }
        if (i == 0)
            step("media-file");
    }
    for (const QString &folder : std::as_const(folders))
        if (!syncPath(folder)) {
            *error = PackageSource::ioMessage(errno, folder);
            return false;
        }
    if (::rename(QFile::encodeName(building).constData(), QFile::encodeName(final).constData()) != 0 || !syncPath(mediaRoot)) {
        *error = PackageSource::ioMessage(errno, final);
        return false;
    }
    QSqlQuery meta(db.db());
    meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('media_dir', ?)"));
    meta.addBindValue(name);
    if (!meta.exec()) {
        *error = QStringLiteral("无法写入新的内容数据库「%1」：%2").arg(incoming, meta.lastError().text());
        return false;
    }
    step("media");
    return true;
}
} // namespace

void Importer::step(const char *name)
{
    const qint64 now = clock().nsecsElapsed();
    m_timings.append({QString::fromLatin1(name), (now - m_lastStepNs) / 1e6});
    m_lastStepNs = now;
    if (m_observer)
        m_observer(QString::fromLatin1(name));
    if (qEnvironmentVariable("TONGBAN_IMPORT_ABORT_AFTER") == QLatin1String(name))
        ::raise(SIGKILL); // as a power cut or kill -9 would: no clean-up of any kind
    const QString pause = qEnvironmentVariable("TONGBAN_IMPORT_PAUSE_AFTER");
    if (pause.section(u':', 0, 0) == QLatin1String(name)) {
        std::fprintf(stderr, "pause %s\n", name);
        std::fflush(stderr);
        QThread::msleep(pause.section(u':', 1).toULong());
    }
}

Importer::Importer(Services &services, Options options)
    : Importer(*services.content(), &services.state(), services.settings(), options)
{
}

void Importer::log(const QString &kind, const QString &message, const QString &detail)
{
    if (m_state)
        m_state->logEvent(kind, message, detail);
}

Importer::Result Importer::refuse(Result result, const QString &message)
{
    m_message = message;
    QString detail;
    for (const Diagnostic &d : std::as_const(m_diagnostics))
        if (!d.warning && detail.size() < 2000)
            detail += d.toString() + u'\n';
    log(QStringLiteral("import-refused"), QStringLiteral("%1（%2）").arg(message, m_package), detail.trimmed());
    return result;
}

// The newest content this kiosk ever installed (local state's high-water mark; the live
// content's on a kiosk from before the mark existed) must not be newer than the package.
bool Importer::checkNotOlder(const PackageManifest &manifest)
{
    ContentStore *store = &m_store;
    if (m_state && !m_state->contentMark() && store->origin() == ContentStore::Origin::Live && store->builtAt().isValid())
        m_state->raiseContentMark(store->contentVersion(), store->builtAt());
    std::optional<LocalState::ContentMark> mark = m_state ? m_state->contentMark() : std::nullopt;
    if (!mark && store->origin() == ContentStore::Origin::Live) // the state store is unusable
        mark = LocalState::ContentMark{store->contentVersion(), store->builtAt()};
    m_olderAllowed = false;
    if (!mark || !mark->builtAt.isValid() || manifest.builtAt >= mark->builtAt)
        return true;
    m_olderThan
        = QStringLiteral("本机装过的最新内容：%1（制作于 %2）").arg(mark->contentVersion, mark->builtAt.toString(Qt::ISODate));
    if (m_options.allowOlder) {
        m_olderAllowed = true;
        return true;
    }
    m_diagnostics.append({QStringLiteral("manifest.json"), 0, 0,
        QStringLiteral("内容包制作于 %1，早于本机装过的最新内容「%2」（制作于 %3）；不能用导入退回旧内容，"
                       "请用 rollback，或确需装入旧内容时加 --allow-older")
            .arg(manifest.builtAt.toString(Qt::ISODate), mark->contentVersion, mark->builtAt.toString(Qt::ISODate)),
        false});
    return false;
}

Importer::Result Importer::importPackage(const QString &package)
{
    m_diagnostics.clear();
    m_timings.clear();
    m_package = package;
    m_lastStepNs = clock().nsecsElapsed();
    ContentStore *store = &m_store;
    const QString contentDir = m_store.dir();

    ImportLock lock;
    QString error;
    if (!lock.acquire(QDir(contentDir).filePath(QStringLiteral("import.lock")), &error))
        return refuse(Result::Failed, error);
    // Left over by an import that was killed: never in use, safe to remove under the lock.
    for (const QString &stale : QDir(contentDir).entryList({QStringLiteral("import-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        QDir(QDir(contentDir).filePath(stale)).removeRecursively();
    QFile::remove(store->incomingPath());
    QFile::remove(store->incomingPath() + QStringLiteral("-journal"));
    store->removeUnusedMedia(); // also the half-built media folders of a killed import

    QTemporaryDir staging(QDir(contentDir).filePath(QStringLiteral("import-XXXXXX")));
    if (!staging.isValid())
        return refuse(Result::Failed, PackageSource::ioMessage(errno, contentDir));
    const QString root = PackageSource::stage(package, staging.path(), &error);
    if (root.isEmpty())
        return refuse(Result::Failed, error);
    step("copy");

    PackageManifest manifest;
    if (Manifest::read(root, &manifest, &m_diagnostics))
        PackageSigning::verify(root, manifest, m_settings.publicKey, &m_diagnostics);
    if (errorCount(m_diagnostics) > 0)
        return refuse(Result::Refused, QStringLiteral("内容包被拒绝，仍使用原有内容"));
    if (!checkNotOlder(manifest))
        return refuse(Result::Refused, QStringLiteral("内容包比本机装过的内容旧，已拒绝，仍使用原有内容"));

    ContentPackage builder(m_settings.urlPolicy());
    builder.setStepHook([this](const char *name) { step(name); });
    const QString incoming = store->incomingPath();
    const bool built = builder.build(root, incoming);
    m_diagnostics += builder.diagnostics();
    if (!built) {
        if (builder.outputFailed()) {
            if (const int err = builder.outputErrno())
                return refuse(Result::Failed, PackageSource::ioMessage(err, incoming));
            return refuse(Result::Failed, QStringLiteral("无法生成新的内容数据库；原有内容没有改变"));
        }
        return refuse(
            Result::Refused, QStringLiteral("内容包有 %1 处错误，未导入，仍使用原有内容").arg(errorCount(m_diagnostics)));
    }
    if (!installMedia(
            root, incoming, store->mediaRoot(), [this](const char *name) { step(name); }, &error)) {
        QFile::remove(incoming);
        store->removeUnusedMedia();
        return refuse(Result::Failed, error);
    }
    if (!syncPath(incoming)) {
        const int err = errno;
        QFile::remove(incoming);
        store->removeUnusedMedia();
        return refuse(Result::Failed, PackageSource::ioMessage(err, incoming));
    }
    step("sync");
    if (!store->swapIn(incoming, &error, [this](const char *name) { step(name); })) {
        QFile::remove(incoming);
        store->removeUnusedMedia();
        return refuse(Result::Failed, error);
    }
    // Folders that neither live nor previous uses any more (the one before previous).
    store->removeUnusedMedia();
    step("cleanup");
    if (m_state)
        m_state->raiseContentMark(manifest.contentVersion, manifest.builtAt);
    m_message = QStringLiteral("已导入，内容版本 %1").arg(store->contentVersion());
    log(QStringLiteral("import"), m_message, package);
    if (m_olderAllowed)
        log(QStringLiteral("import-older"),
            QStringLiteral("工作人员用 --allow-older 装入了较旧的内容「%1」（制作于 %2）")
                .arg(manifest.contentVersion, manifest.builtAt.toString(Qt::ISODate)),
            m_olderThan);
    return Result::Done;
}

Importer::Result Importer::rollback()
{
    m_diagnostics.clear();
    m_package = QStringLiteral("rollback");
    ImportLock lock;
    QString error;
    if (!lock.acquire(QDir(m_store.dir()).filePath(QStringLiteral("import.lock")), &error)) {
        m_message = error;
        return Result::Failed;
    }
    const QString from = m_store.contentVersion();
    if (!m_store.rollback(&error)) {
        m_message = error;
        log(QStringLiteral("rollback-refused"), error);
        return Result::Refused;
    }
    m_message = QStringLiteral("已退回上一版内容：现在使用 %1（原为 %2）").arg(m_store.contentVersion(), from);
    log(QStringLiteral("rollback"), m_message);
    return Result::Done;
}

} // namespace tongban
