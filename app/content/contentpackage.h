#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

#include "diagnostic.h"
#include "manifest.h"
#include "urlpolicy.h"

class QSqlDatabase;

namespace tongban {
class ContentStore;
}

namespace tongban {

// Reads a content package (format v1 or v2, docs/content-package.md) and builds a content database
// from it. Every problem is collected, not only the first; the database is only written when
// there are no errors.
class ContentPackage
{
public:
    static constexpr int FormatVersion = Manifest::FormatVersion;
    // Called after each step ("validate", "build", "check"): the import's crash tests hook in here.
    using StepHook = std::function<void(const char *step)>;

    explicit ContentPackage(const UrlPolicy &policy) : m_policy(policy) { }

    // Writes a complete, checked content database to `outPath` (replacing it). The caller
    // decides where that file goes next (ContentStore swaps it in atomically).
    bool build(const QString &packageDir, const QString &outPath);
    // Every check of build(), into an in-memory database: nothing is written.
    bool validate(const QString &packageDir) { return build(packageDir, QStringLiteral(":memory:")); }
    void setStepHook(StepHook hook) { m_hook = std::move(hook); }

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    int errorCount() const { return tongban::errorCount(m_diagnostics); }
    const PackageManifest &manifest() const { return m_manifest; }
    // Rows loaded per database table (lists such as item_cities included).
    const QHash<QString, int> &rowCounts() const { return m_counts; }
    // The output database failed (disk full, read-only folder), not the package.
    bool outputFailed() const { return !m_outputError.isEmpty(); }
    QString outputError() const { return m_outputError; }
    // Why the output failed, as an errno (ENOSPC for SQLite's SQLITE_FULL, EROFS for
    // SQLITE_READONLY, …); 0 when the cause is not the disk.
    int outputErrno() const { return m_outputErrno; }

    static bool readManifest(const QString &packageDir, PackageManifest *manifest, QList<Diagnostic> *diagnostics)
    {
        return Manifest::read(packageDir, manifest, diagnostics);
    }
    // Accepts 2026-01-05, 2026/1/5, 2026年1月5日, 2026-01 and Excel serial numbers.
    static QString normalizeDate(const QString &text);

private:
    bool loadTables(const QString &packageDir, QSqlDatabase &db);
    bool writeMeta(QSqlDatabase &db);
    bool checkCounts(QSqlDatabase &db);
    void checkPackageFiles(const QString &packageDir);
    // `sqliteCode`: SQLite's result code of the failed call (0: none).
    void outputError(const QString &outPath, const QString &message, int sqliteCode = 0);
    void step(const char *name)
    {
        if (m_hook)
            m_hook(name);
    }

    UrlPolicy m_policy;
    PackageManifest m_manifest;
    QList<Diagnostic> m_diagnostics;
    QHash<QString, int> m_counts;
    QHash<QString, QString> m_linkPatterns; // links.csv: id → pattern, while loading
    QString m_outputError;
    int m_outputErrno = 0;
    QString m_outPath; // the database being built
    StepHook m_hook;
};

} // namespace tongban
