#pragma once

#include <QByteArray>
#include <QString>

namespace tongban {

// The attract screen's slides: files under media/ listed in media.csv. Images must decode
// (QImageReader); videos are checked by container signature and size only (decoding them is
// the player's job, and slow), and hashed as they are read, never held in memory whole.
struct MediaFile
{
    QString kind; // image | video
    QString mime;
    int width = 0;
    int height = 0;
    QByteArray sha256; // lower-case hex
};

class MediaCheck
{
public:
    static constexpr qint64 MaxImageBytes = 5 * 1024 * 1024;
    static constexpr qint64 MaxVideoBytes = 100 * 1024 * 1024;
    static constexpr int MaxImageSide = 4096;

    // Empty when the file is acceptable (and `out` filled); otherwise a plain Chinese reason.
    static QString load(const QString &packageDir, const QString &path, MediaFile *out);
    // "image", "video" or empty, from the file name's extension.
    static QString kindOf(const QString &path);
    // SHA-256 (lower-case hex) of a file, read in pieces; empty when it cannot be read.
    static QByteArray sha256(const QString &path);
};

} // namespace tongban
