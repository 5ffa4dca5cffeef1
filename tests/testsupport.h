#pragma once

// Shared by the tests: a private data folder per test, the seed package, fixtures.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include "contentpackage.h"
#include "importer.h"
#include "kiosksettings.h"
#include "services.h"

// A test that cannot run here says so as a skip, which ctest reports as "Skipped" (see
// SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt) and not as "Passed". Under CI (where
// `.ci/run` sets CI) every test must really run, so a skip fails there.
#define TONGBAN_SKIP(why)                                                                                                        \
    do {                                                                                                                         \
        if (qEnvironmentVariableIsSet("CI"))                                                                                     \
            QFAIL(qPrintable(QStringLiteral("cannot run under CI: ") + QStringLiteral(why)));                                    \
        QSKIP(why);                                                                                                              \
    } while (false)

namespace testsupport {

inline QString sourceDir()
{
    return qEnvironmentVariable("TONGBAN_SOURCE_DIR");
}
inline QString binDir()
{
    return qEnvironmentVariable("TONGBAN_BIN_DIR");
}
inline QString seedPackage()
{
    return sourceDir() + QStringLiteral("/db/seed");
}
inline QString fixture(const QString &name)
{
    return sourceDir() + QStringLiteral("/tests/data/") + name;
}

inline void hermetic()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TZ", "Asia/Shanghai");
}

inline tongban::UrlPolicy defaultPolicy()
{
    return tongban::KioskSettings{}.urlPolicy();
}

// Runs a program to completion; returns its exit code (-1 if it did not run) and stdout.
inline int run(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Decodes every QR code in an image file with zbarimg; empty when none is found.
inline QStringList zbar(const QString &png)
{
    QByteArray out;
    run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), png}, &out);
    QStringList codes;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            codes.append(QString::fromUtf8(line.trimmed()));
    return codes;
}

} // namespace testsupport

namespace testsupport {

// Copies a package folder so a test can change one file of it.
inline bool copyPackage(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    return true;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace testsupport

namespace testsupport {

// Installs a package the one way content is ever installed: through the Importer (lock, copy
// off the "stick", size, link, signature and downgrade checks, build, check, swap). Tests
// switch between fixtures freely, so an older package is let in as staff would with
// --allow-older (and logged so where there is a local state).
inline bool install(tongban::ContentStore &store, const QString &package, QList<tongban::Diagnostic> *diagnostics = nullptr,
    tongban::LocalState *state = nullptr, const tongban::KioskSettings &settings = {})
{
    tongban::Importer importer(store, state, settings, {.allowOlder = true});
    const bool done = importer.importPackage(package) == tongban::Importer::Result::Done;
    if (diagnostics) {
        *diagnostics = importer.diagnostics();
        if (!done)
            diagnostics->append({package, 0, 0, importer.message(), false});
    }
    return done;
}

inline bool install(tongban::Services &services, const QString &package, QList<tongban::Diagnostic> *diagnostics = nullptr)
{
    return install(*services.content(), package, diagnostics, &services.state(), services.settings());
}

} // namespace testsupport
