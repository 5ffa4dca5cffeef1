#pragma once

#include <QString>

class QFileInfo;

namespace tongban {

// Gets a package off the USB stick: a folder is copied, a .zip is copied and then extracted
// (libzip), into a staging folder on the data disk. Everything afterwards reads the copy, so a
// stick pulled mid-import changes nothing.
class PackageSource
{
public:
    static constexpr qint64 MaxPackageBytes = qint64(1) << 30; // 1 GiB unpacked
    // MaxPackageBytes, or less for tests: TONGBAN_IMPORT_MAX_BYTES can only lower it.
    static qint64 maxPackageBytes();

    static bool isZip(const QString &path);
    // Returns the package root inside `stagingDir` (a zip may hold one top-level folder), or
    // an empty string with `error` set.
    static QString stage(const QString &package, const QString &stagingDir, QString *error);
    // Extracts a zip into `destDir`. File names that are not UTF-8 are read as GBK/GB18030
    // (zips made on Chinese Windows). Unsafe paths (absolute, "..") are refused. The bytes
    // are counted as they inflate: an entry larger than its header says, or a total over
    // maxPackageBytes(), stops the extraction at once (headers can lie); nothing is left of
    // a file that was cut short.
    static bool extract(const QString &zipPath, const QString &destDir, QString *error);
    // Copies a folder tree (skipping desktop junk such as Thumbs.db and __MACOSX). Links that
    // leave the package or lead to a folder, FIFOs, devices and sockets are refused; a link
    // to a file inside the package is copied as that file.
    static bool copyTree(const QString &from, const QString &to, QString *error);
    // Why `info` (inside the package folder `root`) may not be read as package content;
    // empty when it may.
    static QString specialFileProblem(const QString &root, const QFileInfo &info);
    // Bytes free for this user on the file system holding `path`; -1 when unknown.
    static qint64 freeBytes(const QString &path);
    // A plain Chinese sentence for an errno from writing to the data disk.
    static QString ioMessage(int error, const QString &path);
    static bool isJunk(const QString &name);

private:
    static bool copyTree(const QString &root, const QString &from, const QString &to, qint64 *total, QString *error);
    static QString tooBigMessage();
    static bool enoughSpace(const QString &dir, qint64 needed, const QString &what, QString *error);
};

} // namespace tongban
