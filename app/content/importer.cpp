#include "importer.h"

#include "contentpackage.h"
#include "contentstore.h"
#include "packagesource.h"
#include "services.h"
#include "signing.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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
    return {"copy", "validate", "build", "check", "sync", "rename", "syncdir"};
}

void Importer::step(const char *name)
{
    const qint64 now = clock().nsecsElapsed();
    m_timings.append({QString::fromLatin1(name), (now - m_lastStepNs) / 1e6});
    m_lastStepNs = now;
    if (qEnvironmentVariable("TONGBAN_IMPORT_ABORT_AFTER") == QLatin1String(name))
        ::raise(SIGKILL); // as a power cut or kill -9 would: no clean-up of any kind
    const QString pause = qEnvironmentVariable("TONGBAN_IMPORT_PAUSE_AFTER");
    if (pause.section(u':', 0, 0) == QLatin1String(name)) {
        std::fprintf(stderr, "pause %s\n", name);
        std::fflush(stderr);
        QThread::msleep(pause.section(u':', 1).toULong());
    }
}

Importer::Result Importer::refuse(Result result, const QString &message)
{
    m_message = message;
    QString detail;
    for (const Diagnostic &d : std::as_const(m_diagnostics))
        if (!d.warning && detail.size() < 2000)
            detail += d.toString() + u'\n';
    m_services.state().logEvent(
        QStringLiteral("import-refused"), QStringLiteral("%1（%2）").arg(message, m_package), detail.trimmed());
    return result;
}

Importer::Result Importer::importPackage(const QString &package)
{
    m_diagnostics.clear();
    m_timings.clear();
    m_package = package;
    m_lastStepNs = clock().nsecsElapsed();
    ContentStore *store = m_services.content();
    const QString contentDir = m_services.paths().contentDir();

    ImportLock lock;
    QString error;
    if (!lock.acquire(QDir(contentDir).filePath(QStringLiteral("import.lock")), &error))
        return refuse(Result::Failed, error);
    // Left over by an import that was killed: never in use, safe to remove under the lock.
    for (const QString &stale : QDir(contentDir).entryList({QStringLiteral("import-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        QDir(QDir(contentDir).filePath(stale)).removeRecursively();
    QFile::remove(store->incomingPath());
    QFile::remove(store->incomingPath() + QStringLiteral("-journal"));

    QTemporaryDir staging(QDir(contentDir).filePath(QStringLiteral("import-XXXXXX")));
    if (!staging.isValid())
        return refuse(Result::Failed, PackageSource::ioMessage(errno, contentDir));
    const QString root = PackageSource::stage(package, staging.path(), &error);
    if (root.isEmpty())
        return refuse(Result::Failed, error);
    step("copy");

    PackageManifest manifest;
    if (Manifest::read(root, &manifest, &m_diagnostics))
        PackageSigning::verify(root, manifest, m_services.settings().publicKey, &m_diagnostics);
    if (errorCount(m_diagnostics) > 0)
        return refuse(Result::Refused, QStringLiteral("内容包被拒绝，仍使用原有内容"));
    if (store->origin() == ContentStore::Origin::Live && store->builtAt().isValid() && manifest.builtAt < store->builtAt()) {
        m_diagnostics.append({QStringLiteral("manifest.json"), 0, 0,
            QStringLiteral("内容包制作于 %1，早于本机当前内容「%2」（制作于 %3）；不能用导入退回旧内容，请用 rollback")
                .arg(manifest.builtAt.toString(Qt::ISODate), store->contentVersion(), store->builtAt().toString(Qt::ISODate)),
            false});
        return refuse(Result::Refused, QStringLiteral("内容包比本机当前内容旧，已拒绝，仍使用原有内容"));
    }

    ContentPackage builder(m_services.settings().urlPolicy());
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
    if (!syncPath(incoming)) {
        const int err = errno;
        QFile::remove(incoming);
        return refuse(Result::Failed, PackageSource::ioMessage(err, incoming));
    }
    step("sync");
    if (!store->swapIn(incoming, &error, [this](const char *name) { step(name); })) {
        QFile::remove(incoming);
        return refuse(Result::Failed, error);
    }
    m_message = QStringLiteral("已导入，内容版本 %1").arg(store->contentVersion());
    m_services.state().logEvent(QStringLiteral("import"), m_message, package);
    return Result::Done;
}

Importer::Result Importer::rollback()
{
    m_diagnostics.clear();
    m_package = QStringLiteral("rollback");
    ImportLock lock;
    QString error;
    if (!lock.acquire(QDir(m_services.paths().contentDir()).filePath(QStringLiteral("import.lock")), &error)) {
        m_message = error;
        return Result::Failed;
    }
    const QString from = m_services.content()->contentVersion();
    if (!m_services.content()->rollback(&error)) {
        m_message = error;
        m_services.state().logEvent(QStringLiteral("rollback-refused"), error);
        return Result::Refused;
    }
    m_message = QStringLiteral("已退回上一版内容：现在使用 %1（原为 %2）").arg(m_services.content()->contentVersion(), from);
    m_services.state().logEvent(QStringLiteral("rollback"), m_message);
    return Result::Done;
}

} // namespace tongban
