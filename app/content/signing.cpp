#include "signing.h"

#include "packagesource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace tongban {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray decodeKey(const QByteArray &text, int size)
{
    const auto result = QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    return result && result.decoded.size() == size ? result.decoded : QByteArray();
}
} // namespace

PackageSigning::KeyPair PackageSigning::generate()
{
    KeyPair pair;
    if (!sodiumReady())
        return pair;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    pair.publicKey = QByteArray(reinterpret_cast<const char *>(pk), sizeof pk).toBase64();
    pair.secretKey = QByteArray(reinterpret_cast<const char *>(sk), sizeof sk).toBase64();
    sodium_memzero(sk, sizeof sk);
    return pair;
}

QByteArray PackageSigning::readSecretKey(const QString &key, QString *error)
{
    QByteArray text;
    if (key == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("无法从标准输入读取私钥");
            return {};
        }
        text = in.readLine(4096);
    } else {
        QFile file(key);
        if (!QFileInfo(key).isFile()) {
            *error = QStringLiteral("找不到私钥文件「%1」；私钥只能从文件（--key FILE）或标准输入（--key -）读取，"
                                    "不能写在命令行上（其他程序能看到命令行）")
                         .arg(key.size() > 12 ? key.left(4) + QStringLiteral("…") : key);
            return {};
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("无法读取私钥文件「%1」").arg(key);
            return {};
        }
        text = file.read(4096);
    }
    const QByteArray sk = decodeKey(text, crypto_sign_SECRETKEYBYTES);
    sodium_memzero(text.data(), size_t(text.size()));
    if (sk.isEmpty())
        *error = QStringLiteral("「%1」不是 keygen 生成的私钥").arg(key == QLatin1String("-") ? QStringLiteral("标准输入") : key);
    return sk;
}

QByteArray PackageSigning::sha256File(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return hash.result().toHex();
}

QStringList PackageSigning::packageFiles(const QString &packageRoot)
{
    QStringList out;
    const QDir root(packageRoot);
    QDirIterator it(packageRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = root.relativeFilePath(it.next());
        const QStringList parts = rel.split(u'/');
        if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return PackageSource::isJunk(p); }))
            continue;
        if (rel != QLatin1String("manifest.json") && rel != QLatin1String(SignatureFile))
            out.append(rel);
    }
    out.sort();
    return out;
}

bool PackageSigning::signFolder(const QString &packageRoot, const QByteArray &secretKey, QString *error)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        *error = QStringLiteral("私钥不可用");
        return false;
    }
    QFile manifestFile(QDir(packageRoot).filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("找不到 manifest.json：先做好内容包再签名");
        return false;
    }
    const QByteArray original = manifestFile.readAll();
    manifestFile.close();
    QMap<QString, QByteArray> files;
    for (const QString &rel : packageFiles(packageRoot))
        files.insert(rel, sha256File(QDir(packageRoot).filePath(rel)));
    const QByteArray manifest = Manifest::withFiles(original, files);
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(manifest.constData()), quint64(manifest.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("manifest.json"), manifest},
             std::pair{QString::fromLatin1(SignatureFile),
                 QByteArray(reinterpret_cast<const char *>(sig), sizeof sig).toBase64() + '\n'}}) {
        QSaveFile out(QDir(packageRoot).filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            *error = QStringLiteral("无法写入 %1：%2").arg(name, out.errorString());
            return false;
        }
    }
    return true;
}

void PackageSigning::verify(
    const QString &packageRoot, const PackageManifest &manifest, const QString &publicKey, QList<Diagnostic> *diagnostics)
{
    const QDir root(packageRoot);
    auto error = [&](const QString &file, const QString &message) { diagnostics->append({file, 0, 0, message, false}); };
    const QString sigName = QString::fromLatin1(SignatureFile);
    const bool signedPackage = root.exists(sigName);
    if (!publicKey.trimmed().isEmpty()) {
        const QByteArray pk = decodeKey(publicKey.toLatin1(), crypto_sign_PUBLICKEYBYTES);
        QFile manifestFile(root.filePath(QStringLiteral("manifest.json")));
        QFile sigFile(root.filePath(sigName));
        if (pk.isEmpty() || !sodiumReady()) {
            error(QStringLiteral("manifest.json"),
                QStringLiteral("本机设置中的公钥（content/public_key）无效，无法检查签名；请联系管理员"));
        } else if (!signedPackage) {
            error(sigName, QStringLiteral("内容包没有签名（缺少 manifest.sig），本机只接受签过名的内容包"));
        } else if (!manifestFile.open(QIODevice::ReadOnly) || !sigFile.open(QIODevice::ReadOnly)) {
            error(sigName, QStringLiteral("无法读取 manifest.json 或 manifest.sig"));
        } else {
            const QByteArray bytes = manifestFile.readAll();
            const QByteArray sig = decodeKey(sigFile.read(1024), crypto_sign_BYTES);
            const bool valid = !sig.isEmpty()
                && crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()),
                       reinterpret_cast<const unsigned char *>(pk.constData()))
                    == 0;
            if (!valid)
                error(sigName, QStringLiteral("签名无效：manifest.json 在签名后被改动过，或不是用本机信任的密钥签的"));
            else if (!manifest.hasFiles)
                error(QStringLiteral("manifest.json"), QStringLiteral("已签名的 manifest.json 缺少 files 文件清单"));
        }
    } else if (signedPackage) {
        diagnostics->append({sigName, 0, 0,
            QStringLiteral("内容包已签名，但本机没有设置公钥（kiosk.ini 的 content/public_key），签名未检查"), true});
    }
    if (!manifest.hasFiles)
        return;
    const QStringList present = packageFiles(packageRoot);
    for (const QString &rel : present) {
        const auto it = manifest.files.constFind(rel);
        if (it == manifest.files.constEnd())
            error(rel, QStringLiteral("文件不在 manifest.json 的文件清单中（签名后被加入）"));
        else if (sha256File(root.filePath(rel)) != *it)
            error(rel, QStringLiteral("文件内容与 manifest.json 清单中的 SHA-256 不符（签名后被改动过）"));
    }
    for (auto it = manifest.files.cbegin(); it != manifest.files.cend(); ++it)
        if (!present.contains(it.key()))
            error(it.key(), QStringLiteral("manifest.json 清单中的文件不存在"));
}

} // namespace tongban
