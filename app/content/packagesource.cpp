#include "packagesource.h"

#include "manifest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cerrno>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <zip.h>

namespace tongban {

namespace {
// Writes all of `size` bytes or fails with errno set (ENOSPC on a full disk).
bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

bool copyFile(const QString &from, const QString &to, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法读取「%1」（U 盘被拔出或文件损坏？）：%2").arg(from, in.errorString());
        return false;
    }
    const int fd = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = PackageSource::ioMessage(errno, to);
        return false;
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    bool ok = true;
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = QStringLiteral("读取「%1」时出错（U 盘被拔出？）：%2").arg(from, in.errorString());
            ok = false;
            break;
        }
        if (n == 0)
            break;
        if (!writeAll(fd, buffer.constData(), n)) {
            *error = PackageSource::ioMessage(errno, to);
            ok = false;
            break;
        }
    }
    if (::close(fd) != 0 && ok) {
        *error = PackageSource::ioMessage(errno, to);
        ok = false;
    }
    return ok;
}

QString decodeName(const QByteArray &raw)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString name = utf8.decode(raw);
    if (!utf8.hasError())
        return name;
    QStringDecoder gb("GB18030");
    return gb.decode(raw);
}
} // namespace

QString PackageSource::ioMessage(int error, const QString &path)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return QStringLiteral("数据盘空间不足，无法写入「%1」；原有内容没有改变").arg(path);
    case EROFS:
        return QStringLiteral("数据目录是只读的，无法写入「%1」；原有内容没有改变").arg(path);
    case EACCES:
    case EPERM:
        return QStringLiteral("没有写入「%1」的权限；原有内容没有改变").arg(path);
    default:
        return QStringLiteral("无法写入「%1」：%2").arg(path, qt_error_string(error));
    }
}

qint64 PackageSource::maxPackageBytes()
{
    bool ok = false;
    const qint64 lower = qEnvironmentVariable("TONGBAN_IMPORT_MAX_BYTES").toLongLong(&ok);
    return ok && lower > 0 ? qMin(lower, MaxPackageBytes) : MaxPackageBytes;
}

QString PackageSource::tooBigMessage()
{
    return QStringLiteral("内容包解压后超过 %1 MB，无法导入；原有内容没有改变").arg(maxPackageBytes() / 1048576);
}

qint64 PackageSource::freeBytes(const QString &path)
{
    struct statvfs fs;
    if (::statvfs(QFile::encodeName(path).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
}

bool PackageSource::enoughSpace(const QString &dir, qint64 needed, const QString &what, QString *error)
{
    constexpr qint64 reserve = 1 << 20; // the build's database needs a little room as well
    QString existing = dir;
    while (!QFileInfo::exists(existing) && existing != QFileInfo(existing).absolutePath())
        existing = QFileInfo(existing).absolutePath();
    const qint64 free = freeBytes(existing);
    if (free < 0 || free >= needed + reserve)
        return true;
    *error = QStringLiteral("数据盘空间不足：%1需要 %2 MB，数据盘只剩 %3 MB；原有内容没有改变")
                 .arg(what)
                 .arg((needed + reserve) / 1048576.0, 0, 'f', 1)
                 .arg(free / 1048576.0, 0, 'f', 1);
    return false;
}

bool PackageSource::isJunk(const QString &name)
{
    static const QStringList junk = {".DS_Store", "Thumbs.db", "desktop.ini", "__MACOSX", ".Spotlight-V100", ".Trashes"};
    return junk.contains(name, Qt::CaseInsensitive) || name.startsWith(QLatin1String("._"));
}

bool PackageSource::isZip(const QString &path)
{
    return QFileInfo(path).isFile() && path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

QString PackageSource::specialFileProblem(const QString &root, const QFileInfo &info)
{
    const QString name = QDir(root).relativeFilePath(info.absoluteFilePath());
    if (info.isSymLink()) {
        const QString target = info.canonicalFilePath(); // empty when the link leads nowhere
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        if (target.isEmpty())
            return QStringLiteral("内容包中的「%1」是指向不存在文件的链接，拒绝导入").arg(name);
        if (!target.startsWith(canonicalRoot + u'/'))
            return QStringLiteral("内容包中的「%1」是指向内容包以外（%2）的链接，拒绝导入").arg(name, target);
        if (QFileInfo(target).isDir())
            return QStringLiteral("内容包中的「%1」是指向文件夹的链接，拒绝导入").arg(name);
        if (!QFileInfo(target).isFile())
            return QStringLiteral("内容包中的「%1」指向的不是普通文件，拒绝导入").arg(name);
        return {};
    }
    if (!info.isFile() && !info.isDir())
        return QStringLiteral("内容包中的「%1」不是普通文件（管道、设备或套接字），拒绝导入").arg(name);
    return {};
}

bool PackageSource::copyTree(const QString &from, const QString &to, QString *error)
{
    qint64 total = 0;
    return copyTree(from, from, to, &total, error);
}

bool PackageSource::copyTree(const QString &root, const QString &from, const QString &to, qint64 *total, QString *error)
{
    if (!QDir().mkpath(to)) {
        *error = ioMessage(errno, to);
        return false;
    }
    const QDir source(from);
    // System: FIFOs, devices, sockets and dangling links are listed too, so they can be refused.
    for (const QFileInfo &info :
        source.entryInfoList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)) {
        if (isJunk(info.fileName()))
            continue;
        if (const QString problem = specialFileProblem(root, info); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() && !info.isSymLink()) {
            if (!copyTree(root, info.filePath(), target, total, error))
                return false;
            continue;
        }
        *total += info.size();
        if (*total > maxPackageBytes()) {
            *error = tooBigMessage();
            return false;
        }
        if (!copyFile(info.filePath(), target, error))
            return false;
    }
    return true;
}

bool PackageSource::extract(const QString &zipPath, const QString &destDir, QString *error)
{
    int zerr = 0;
    zip_t *za = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &zerr);
    if (!za) {
        zip_error_t e;
        zip_error_init_with_code(&e, zerr);
        *error = QStringLiteral("「%1」不是有效的 zip 压缩包（%2）").arg(QFileInfo(zipPath).fileName(), zip_error_strerror(&e));
        zip_error_fini(&e);
        return false;
    }
    bool ok = true;
    qint64 total = 0, declared = 0;
    const zip_int64_t n = zip_get_num_entries(za, 0);
    {
        // What the headers claim is a lower bound of the space needed: check it first.
        qint64 claimed = 0;
        for (zip_int64_t i = 0; i < n; ++i) {
            zip_stat_t st;
            zip_stat_init(&st);
            if (zip_stat_index(za, zip_uint64_t(i), ZIP_FL_ENC_RAW, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
                claimed += qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(MaxPackageBytes) + 1));
        }
        if (claimed <= maxPackageBytes() && !enoughSpace(destDir, claimed, QStringLiteral("解压内容包"), error)) {
            zip_discard(za);
            return false;
        }
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (zip_int64_t i = 0; ok && i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za, zip_uint64_t(i), ZIP_FL_ENC_RAW, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) {
            *error = QStringLiteral("压缩包第 %1 个条目无法读取").arg(i + 1);
            ok = false;
            break;
        }
        QString name = decodeName(QByteArray(st.name));
        name.replace(u'\\', u'/'); // some Windows tools store backslashes
        const bool isDir = name.endsWith(u'/');
        if (isDir)
            name.chop(1);
        if (name.isEmpty())
            continue;
        if (!Manifest::safePath(name)) {
            *error = QStringLiteral("压缩包中的路径「%1」不安全（绝对路径或含 ..），拒绝解压").arg(name);
            ok = false;
            break;
        }
        const QStringList parts = name.split(u'/');
        if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return isJunk(p); }))
            continue;
        const QString target = QDir(destDir).filePath(name);
        if (isDir) {
            QDir().mkpath(target);
            continue;
        }
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            *error = QStringLiteral("压缩包中的「%1」加了密码，无法读取").arg(name);
            ok = false;
            break;
        }
        declared += qint64(st.size);
        if (declared > maxPackageBytes()) {
            *error = tooBigMessage();
            ok = false;
            break;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        zip_file_t *zf = zip_fopen_index(za, zip_uint64_t(i), 0);
        const int fd = zf ? ::open(QFile::encodeName(target).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
        if (!zf) {
            *error = QStringLiteral("无法读取压缩包中的「%1」：%2").arg(name, zip_strerror(za));
            ok = false;
        } else if (fd < 0) {
            *error = ioMessage(errno, target);
            ok = false;
        }
        // The sizes in a zip's headers are only claims: libzip inflates whatever the entry
        // holds. Count what really comes out, and stop before writing past either limit.
        qint64 written = 0;
        while (ok) {
            const zip_int64_t got = zip_fread(zf, buffer.data(), zip_uint64_t(buffer.size()));
            if (got < 0) {
                *error = QStringLiteral("压缩包中的「%1」已损坏：%2").arg(name, zip_file_strerror(zf));
                ok = false;
            } else if (got == 0) {
                break;
            } else if (written + got > qint64(st.size)) {
                *error = QStringLiteral("压缩包中的「%1」解压后比压缩包记录的大小（%2 字节）大，压缩包已损坏或被改过，拒绝导入")
                             .arg(name)
                             .arg(qint64(st.size));
                ok = false;
            } else if (total + got > maxPackageBytes()) {
                *error = tooBigMessage();
                ok = false;
            } else if (!writeAll(fd, buffer.constData(), got)) {
                *error = ioMessage(errno, target);
                ok = false;
            } else {
                written += got;
                total += got;
            }
        }
        if (ok && written != qint64(st.size)) {
            *error = QStringLiteral("压缩包中的「%1」不完整").arg(name);
            ok = false;
        }
        if (fd >= 0 && ::close(fd) != 0 && ok) {
            *error = ioMessage(errno, target);
            ok = false;
        }
        if (fd >= 0 && !ok)
            QFile::remove(target); // no file cut short is left behind
        if (zf)
            zip_fclose(zf);
    }
    zip_discard(za);
    return ok;
}

QString PackageSource::stage(const QString &package, const QString &stagingDir, QString *error)
{
    const QFileInfo info(package);
    if (!info.exists()) {
        *error = QStringLiteral("找不到内容包「%1」").arg(package);
        return {};
    }
    const QString root = QDir(stagingDir).filePath(QStringLiteral("package"));
    if (isZip(package)) {
        const QString copy = QDir(stagingDir).filePath(QStringLiteral("package.zip"));
        if (info.size() > maxPackageBytes()) {
            *error = QStringLiteral("压缩包「%1」超过 %2 MB，无法导入；原有内容没有改变")
                         .arg(info.fileName())
                         .arg(maxPackageBytes() / 1048576);
            return {};
        }
        if (!enoughSpace(stagingDir, info.size(), QStringLiteral("复制内容包"), error))
            return {};
        if (!copyFile(package, copy, error)) {
            QFile::remove(copy);
            return {};
        }
        const bool extracted = extract(copy, root, error);
        QFile::remove(copy);
        if (!extracted) {
            QDir(root).removeRecursively();
            return {};
        }
    } else if (info.isDir()) {
        qint64 size = 0; // what the copy will take, links and special files aside
        QDirIterator it(package, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext() && size <= maxPackageBytes()) {
            it.next();
            size += it.fileInfo().size();
        }
        if (size <= maxPackageBytes() && !enoughSpace(stagingDir, size, QStringLiteral("复制内容包"), error))
            return {};
        if (!copyTree(package, root, error)) {
            QDir(root).removeRecursively();
            return {};
        }
    } else {
        *error = QStringLiteral("「%1」既不是文件夹也不是 .zip 压缩包").arg(package);
        return {};
    }
    // A zip of the package folder holds the folder itself: use it when it is the only thing.
    const QDir dir(root);
    if (!dir.exists(QStringLiteral("manifest.json"))) {
        const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (entries.size() == 1 && QFileInfo(dir.filePath(entries.first())).isDir())
            return dir.filePath(entries.first());
    }
    return root;
}

} // namespace tongban
