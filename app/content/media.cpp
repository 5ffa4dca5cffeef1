#include "media.h"

#include "manifest.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace tongban {

namespace {
struct Format
{
    const char *suffix;
    const char *kind;
    const char *mime;
};
constexpr Format kFormats[] = {
    {"png", "image", "image/png"},
    {"jpg", "image", "image/jpeg"},
    {"jpeg", "image", "image/jpeg"},
    {"mp4", "video", "video/mp4"},
    {"webm", "video", "video/webm"},
    {"ogv", "video", "video/ogg"},
};

const Format *formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const Format &f : kFormats)
        if (suffix == QLatin1String(f.suffix))
            return &f;
    return nullptr;
}

// The container a player will be handed must be what the name says.
bool containerMatches(const QByteArray &head, const QByteArray &mime)
{
    if (mime == "video/mp4")
        return head.mid(4, 4) == "ftyp";
    if (mime == "video/webm")
        return head.startsWith("\x1A\x45\xDF\xA3") && head.left(64).contains("webm");
    if (mime == "video/ogg")
        return head.startsWith("OggS") && head.left(512).contains("theora");
    return false;
}
} // namespace

QString MediaCheck::kindOf(const QString &path)
{
    const Format *f = formatOf(path);
    return f ? QString::fromLatin1(f->kind) : QString();
}

QByteArray MediaCheck::sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return hash.result().toHex();
}

QString MediaCheck::load(const QString &packageDir, const QString &path, MediaFile *out)
{
    if (!Manifest::safePath(path) || !path.startsWith(QLatin1String("media/")))
        return QStringLiteral("文件「%1」应位于内容包的 media/ 文件夹中，例如 media/hall.png").arg(path);
    const Format *format = formatOf(path);
    if (!format)
        return QStringLiteral("文件「%1」的类型不允许（图片：png、jpg；视频：mp4、webm、ogv）").arg(path);
    QFile file(QDir(packageDir).filePath(path));
    if (!file.exists())
        return QStringLiteral("找不到文件「%1」").arg(path);
    const bool image = qstrcmp(format->kind, "image") == 0;
    const qint64 limit = image ? MaxImageBytes : MaxVideoBytes;
    if (file.size() > limit)
        return QStringLiteral("文件「%1」太大（%2 MB，上限 %3 MB）")
            .arg(path)
            .arg(file.size() / 1048576.0, 0, 'f', 1)
            .arg(limit / 1048576);
    if (file.size() == 0)
        return QStringLiteral("文件「%1」是空的").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("无法读取文件「%1」").arg(path);
    out->kind = QString::fromLatin1(format->kind);
    out->mime = QString::fromLatin1(format->mime);
    out->sha256 = sha256(file.fileName());
    if (out->sha256.isEmpty())
        return QStringLiteral("无法读取文件「%1」").arg(path);
    if (image) {
        QByteArray data = file.readAll(); // at most MaxImageBytes
        QBuffer buffer(&data);
        QImageReader reader(&buffer, QByteArray(format->suffix) == "png" ? "png" : "jpeg");
        const QImage img = reader.read();
        if (img.isNull())
            return QStringLiteral("图片「%1」无法解码（%2）").arg(path, reader.errorString());
        if (img.width() > MaxImageSide || img.height() > MaxImageSide)
            return QStringLiteral("图片「%1」尺寸 %2×%3 超过上限 %4×%4")
                .arg(path)
                .arg(img.width())
                .arg(img.height())
                .arg(MaxImageSide);
        out->width = img.width();
        out->height = img.height();
    } else if (!containerMatches(file.read(512), format->mime)) {
        return QStringLiteral("视频「%1」的内容不是 %2 格式（文件损坏或扩展名不对）")
            .arg(path, QString::fromLatin1(format->suffix));
    }
    return {};
}

} // namespace tongban
