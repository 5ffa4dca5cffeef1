#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "urlpolicy.h"

class QSqlDatabase;

namespace tongban {

// One problem found in a package, reported to staff as `file:line:column: 说明`.
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    bool warning = false;

    QString toString() const;
};

struct PackageManifest
{
    QString format;
    int formatVersion = 0;
    QString contentVersion;
    QDateTime builtAt;
    QString title;
    QString publisher;
};

// Reads a content package (format v1, docs/content-package.md) and builds a content database
// from it. Every problem is collected, not only the first; the database is only written when
// there are no errors.
class ContentPackage
{
public:
    static constexpr int FormatVersion = 1;

    explicit ContentPackage(const UrlPolicy &policy) : m_policy(policy) { }

    // Writes a complete, checked content database to `outPath` (replacing it). The caller
    // decides where that file goes next (ContentStore swaps it in atomically).
    bool build(const QString &packageDir, const QString &outPath);

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    int errorCount() const;
    const PackageManifest &manifest() const { return m_manifest; }

    static bool readManifest(const QString &packageDir, PackageManifest *manifest, QList<Diagnostic> *diagnostics);
    // Accepts 2026-01-05, 2026/1/5, 2026年1月5日, 2026-01 and Excel serial numbers.
    static QString normalizeDate(const QString &text);

private:
    bool loadTables(const QString &packageDir, QSqlDatabase &db);

    UrlPolicy m_policy;
    PackageManifest m_manifest;
    QList<Diagnostic> m_diagnostics;
};

} // namespace tongban
