#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

#include "diagnostic.h"

namespace tongban {

struct PackageManifest
{
    QString format;
    int formatVersion = 0;
    QString contentVersion;
    QDateTime builtAt;
    QString title;
    QString publisher;
    // "files": path in the package → lower-case hex SHA-256. Written by `sign`; when present,
    // the package must hold exactly these files with these hashes.
    QMap<QString, QByteArray> files;
    bool hasFiles = false;
};

// manifest.json of format v1 or v2 (docs/content-package.md). Parsing never throws or asserts:
// it also runs under the fuzzer.
class Manifest
{
public:
    static constexpr int FormatVersion = 2; // what this program writes
    static constexpr int MinFormatVersion = 1; // the oldest it still reads
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024;

    static bool parse(const QByteArray &bytes, PackageManifest *manifest, QList<Diagnostic> *diagnostics);
    static bool read(const QString &packageDir, PackageManifest *manifest, QList<Diagnostic> *diagnostics);
    // The same manifest with its "files" list replaced (other keys kept as they were).
    static QByteArray withFiles(const QByteArray &bytes, const QMap<QString, QByteArray> &files);
    // A package path that may be listed or extracted: relative, '/'-separated, no "..".
    static bool safePath(const QString &path);
};

} // namespace tongban
