#pragma once

#include <QString>

namespace tongban {

// Gets a package off the USB stick: a folder is copied, a .zip is copied and then extracted
// (libzip), into a staging folder on the data disk. Everything afterwards reads the copy, so a
// stick pulled mid-import changes nothing.
class PackageSource
{
public:
    static constexpr qint64 MaxPackageBytes = qint64(1) << 30; // 1 GiB unpacked

    static bool isZip(const QString &path);
    // Returns the package root inside `stagingDir` (a zip may hold one top-level folder), or
    // an empty string with `error` set.
    static QString stage(const QString &package, const QString &stagingDir, QString *error);
    // Extracts a zip into `destDir`. File names that are not UTF-8 are read as GBK/GB18030
    // (zips made on Chinese Windows). Unsafe paths (absolute, "..") are refused.
    static bool extract(const QString &zipPath, const QString &destDir, QString *error);
    // Copies a folder tree (skipping desktop junk such as Thumbs.db and __MACOSX).
    static bool copyTree(const QString &from, const QString &to, QString *error);
    // A plain Chinese sentence for an errno from writing to the data disk.
    static QString ioMessage(int error, const QString &path);
    static bool isJunk(const QString &name);
};

} // namespace tongban
