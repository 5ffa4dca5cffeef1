#pragma once

#include <QList>
#include <QString>

#include "diagnostic.h"

namespace tongban {

class Services;

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

    explicit Importer(Services &services) : m_services(services) { }

    Result importPackage(const QString &package);
    Result rollback();

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // One plain sentence for staff: what happened, and that nothing changed when refused.
    QString message() const { return m_message; }
    // Milliseconds per step of the last import, in order.
    const QList<std::pair<QString, double>> &timings() const { return m_timings; }

    static QStringList steps();

private:
    Result refuse(Result result, const QString &message);
    void step(const char *name);

    Services &m_services;
    QList<Diagnostic> m_diagnostics;
    QString m_message;
    QList<std::pair<QString, double>> m_timings;
    qint64 m_lastStepNs = 0;
    QString m_package;
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
