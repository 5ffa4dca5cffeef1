#pragma once

#include <QList>
#include <QString>

#include <functional>

#include "diagnostic.h"
#include "kiosksettings.h"

namespace tongban {

class ContentStore;
class LocalState;
class Services;
struct PackageManifest;

struct ImportOptions
{
    // Install a package older than the newest content this kiosk ever installed (the
    // high-water mark in local state); logged as import-older.
    bool allowOlder = false;
};

// The whole of `tongban-content import` and `rollback`: one at a time (a lock file), the
// package copied off the stick, its signature and files checked, built into a separate file,
// checked, made durable and renamed over the live content.
//
// Test-only hooks (environment), checked after each step — copy, validate, build, check,
// sync, rename, syncdir:
//   TONGBAN_IMPORT_ABORT_AFTER=<step>        the process kills itself (SIGKILL) there
//   TONGBAN_IMPORT_PAUSE_AFTER=<step>:<ms>   prints "pause <step>" to stderr and sleeps
class Importer
{
public:
    enum class Result { Done = 0, Refused = 1, Failed = 2 }; // the tool's exit codes

    using Options = ImportOptions;

    // Every install of content goes through here: the tool's import, the tests and benches.
    Importer(ContentStore &store, LocalState *state, const KioskSettings &settings, Options options = {})
        : m_store(store), m_state(state), m_settings(settings), m_options(options)
    {
    }
    explicit Importer(Services &services, Options options = {});

    Result importPackage(const QString &package);
    Result rollback();

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // One plain sentence for staff: what happened, and that nothing changed when refused.
    QString message() const { return m_message; }
    // Milliseconds per step of the last import, in order.
    const QList<std::pair<QString, double>> &timings() const { return m_timings; }

    static QStringList steps();

    // Called after each step of an import (the names of steps()), in the importing thread: the
    // admin screen's progress bar, through `tongban-content import --json`.
    void setStepObserver(std::function<void(const QString &step)> observer) { m_observer = std::move(observer); }

private:
    Result refuse(Result result, const QString &message);
    void step(const char *name);
    bool checkNotOlder(const PackageManifest &manifest);

    void log(const QString &kind, const QString &message, const QString &detail = {});

    ContentStore &m_store;
    LocalState *m_state;
    KioskSettings m_settings;
    Options m_options;
    bool m_olderAllowed = false;
    QString m_olderThan;
    QList<Diagnostic> m_diagnostics;
    QString m_message;
    QList<std::pair<QString, double>> m_timings;
    qint64 m_lastStepNs = 0;
    QString m_package;
    std::function<void(const QString &)> m_observer;
};

// flock() on a file in the content folder: released by the kernel when the process dies.
class ImportLock
{
public:
    ~ImportLock();
    // False with a plain message when another import holds it or the folder is not writable.
    bool acquire(const QString &path, QString *error);

private:
    int m_fd = -1;
};

} // namespace tongban
