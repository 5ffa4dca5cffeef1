#include "manifest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tongban {

namespace {
const QString kName = QStringLiteral("manifest.json");

// QJsonParseError gives a byte offset; staff want line and column.
std::pair<int, int> position(const QByteArray &bytes, int offset)
{
    int line = 1;
    int column = 1;
    const QByteArray before = bytes.left(qBound(0, offset, int(bytes.size())));
    for (const QChar c : QString::fromUtf8(before)) {
        if (c == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}
} // namespace

bool Manifest::safePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(QChar(0)) || path.contains(u':'))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(),
        [](const QString &p) { return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."); });
}

bool Manifest::parse(const QByteArray &bytes, PackageManifest *manifest, QList<Diagnostic> *diagnostics)
{
    const int before = errorCount(*diagnostics);
    auto error = [&](const QString &message, int line = 0, int column = 0) {
        diagnostics->append({kName, line, column, message, false});
    };
    if (bytes.size() > MaxBytes) {
        error(QStringLiteral("manifest.json 过大（超过 4 MB）"));
        return false;
    }
    QByteArray json = bytes;
    if (json.startsWith("\xEF\xBB\xBF")) // Notepad on Windows writes a BOM
        json = json.mid(3);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const auto [line, column] = position(json, parseError.offset);
        error(QStringLiteral("manifest.json 不是有效的 JSON 对象（%1）").arg(parseError.errorString()), line, column);
        return false;
    }
    const QJsonObject o = doc.object();
    static const QStringList known = {"format", "format_version", "content_version", "built_at", "title", "publisher", "files"};
    for (const QString &key : o.keys())
        if (!known.contains(key))
            diagnostics->append({kName, 0, 0, QStringLiteral("未知的项「%1」，已忽略").arg(key), true});

    manifest->format = o.value("format").toString();
    manifest->formatVersion = o.value("format_version").toInt();
    manifest->contentVersion = o.value("content_version").toString().trimmed();
    manifest->builtAt = QDateTime::fromString(o.value("built_at").toString(), Qt::ISODate);
    manifest->title = o.value("title").toString();
    manifest->publisher = o.value("publisher").toString();
    if (manifest->format != QLatin1String("tongban-content"))
        error(QStringLiteral("format 应为 \"tongban-content\""));
    if (!o.value("format_version").isDouble() || manifest->formatVersion < MinFormatVersion
        || manifest->formatVersion > FormatVersion || o.value("format_version").toDouble() != manifest->formatVersion)
        error(QStringLiteral("不支持的内容包格式版本 %1（本机支持 %2 至 %3）")
                  .arg(o.value("format_version").toVariant().toString())
                  .arg(MinFormatVersion)
                  .arg(FormatVersion));
    static const QRegularExpression versionPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"));
    if (manifest->contentVersion.isEmpty())
        error(QStringLiteral("缺少 content_version（内容版本）"));
    else if (!versionPattern.match(manifest->contentVersion).hasMatch())
        error(QStringLiteral("content_version「%1」只能由字母、数字、点、下划线、加号和连字符组成（最多 64 个）")
                  .arg(manifest->contentVersion));
    if (!manifest->builtAt.isValid())
        error(QStringLiteral("built_at（制作时间）缺失或不是 ISO 8601 时间，例如 2026-11-23T09:00:00+08:00"));
    else if (manifest->builtAt.timeSpec() == Qt::LocalTime)
        error(QStringLiteral("built_at（制作时间）要带时区，例如 2026-11-23T09:00:00+08:00"));

    manifest->files.clear();
    manifest->hasFiles = o.contains("files");
    if (manifest->hasFiles) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!o.value("files").isObject())
            error(QStringLiteral("files 应为 { \"文件路径\": \"SHA-256\" } 形式"));
        const QJsonObject files = o.value("files").toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString hash = it.value().toString().toLower();
            if (!safePath(it.key()))
                error(QStringLiteral("files 中的路径「%1」不合法").arg(it.key()));
            else if (!hex.match(hash).hasMatch())
                error(QStringLiteral("files 中「%1」的 SHA-256 不是 64 位十六进制数").arg(it.key()));
            else
                manifest->files.insert(it.key(), hash.toLatin1());
        }
    }
    return errorCount(*diagnostics) == before;
}

bool Manifest::read(const QString &packageDir, PackageManifest *manifest, QList<Diagnostic> *diagnostics)
{
    QFile file(QDir(packageDir).filePath(kName));
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics->append({kName, 0, 0, QStringLiteral("找不到或无法读取 manifest.json"), false});
        return false;
    }
    return parse(file.read(MaxBytes + 1), manifest, diagnostics);
}

QByteArray Manifest::withFiles(const QByteArray &bytes, const QMap<QString, QByteArray> &files)
{
    QByteArray json = bytes;
    if (json.startsWith("\xEF\xBB\xBF"))
        json = json.mid(3);
    QJsonObject o = QJsonDocument::fromJson(json).object();
    QJsonObject list;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        list.insert(it.key(), QString::fromLatin1(it.value()));
    o.insert("files", list);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace tongban
