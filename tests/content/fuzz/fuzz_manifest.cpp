// libFuzzer: manifest.json parsing on arbitrary bytes — never a crash, and a manifest that
// parses keeps only safe paths in its file list.
#include <QByteArray>

#include <cstdlib>

#include "manifest.h"

using namespace tongban;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    PackageManifest manifest;
    QList<Diagnostic> diagnostics;
    const bool ok = Manifest::parse(bytes, &manifest, &diagnostics);
    if (!ok && errorCount(diagnostics) == 0)
        std::abort(); // refused without saying why
    for (const Diagnostic &d : std::as_const(diagnostics))
        d.toString();
    for (auto it = manifest.files.cbegin(); it != manifest.files.cend(); ++it)
        if (!Manifest::safePath(it.key()) || it.value().size() != 64)
            std::abort();
    if (ok)
        Manifest::withFiles(bytes, manifest.files);
    return 0;
}
