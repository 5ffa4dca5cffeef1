#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "diagnostic.h"
#include "manifest.h"

namespace tongban {

// Signed packages (ed25519, libsodium). `sign` lists the SHA-256 of every file in
// manifest.json ("files") and writes manifest.sig, the detached signature of manifest.json's
// exact bytes (base64). The public key lives in the kiosk settings, never in a package.
class PackageSigning
{
public:
    struct KeyPair
    {
        QByteArray publicKey; // base64, 32 bytes
        QByteArray secretKey; // base64, 64 bytes
    };
    static constexpr const char *SignatureFile = "manifest.sig";

    static KeyPair generate();
    // `key` names a file holding the base64 secret key, or is "-" for standard input. The key
    // itself is never taken from the command line: every process can read another's arguments.
    static QByteArray readSecretKey(const QString &key, QString *error);
    static bool signFolder(const QString &packageRoot, const QByteArray &secretKey, QString *error);

    // Checks the "files" list against the folder and, with a public key, the signature.
    // Problems are added to `diagnostics` (errors; a warning for a signature nobody checks).
    static void verify(
        const QString &packageRoot, const PackageManifest &manifest, const QString &publicKey, QList<Diagnostic> *diagnostics);

    // Every file of the package except manifest.json and manifest.sig, '/'-separated, sorted.
    static QStringList packageFiles(const QString &packageRoot);
    static QByteArray sha256File(const QString &path);
};

} // namespace tongban
