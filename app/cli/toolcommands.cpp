// The package commands of `tongban-content`: validate, diff, import, export, rollback.
#include "toolcommands.h"

#include "contentdiff.h"
#include "contentpackage.h"
#include "contentstore.h"
#include "database.h"
#include "exporter.h"
#include "importer.h"
#include "packagesource.h"
#include "services.h"
#include "signing.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

namespace tongban::tool {

std::unique_ptr<Services> startServices(const Context &c)
{
    auto services = std::make_unique<Services>(Paths::resolve(c.dataDir));
    QString error;
    if (!services->start(&error)) {
        err(error);
        return nullptr;
    }
    return services;
}

void out(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}
void err(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

namespace {
// The kiosk's settings as they are; a missing file means the defaults (and is not created:
// checking a package on the office PC must not leave files behind).
KioskSettings settingsOf(const QString &dataDir)
{
    const QString file = Paths::resolve(dataDir).settingsFile();
    return QFileInfo::exists(file) ? KioskSettings::load(file) : KioskSettings{};
}

// The package as import takes it: copied (a folder) or unpacked (a zip) into `temp` by the
// same code, with the same refusals (links out of the package, FIFOs, devices, sizes), and
// read only there.
QString packageRoot(const QString &package, QTemporaryDir &temp, QString *error)
{
    if (!PackageSource::isZip(package) && !QFileInfo(package).isDir()) {
        *error = QStringLiteral("找不到内容包「%1」（应为文件夹或 .zip 文件）").arg(package);
        return {};
    }
    if (!temp.isValid()) {
        *error = QStringLiteral("无法创建临时文件夹");
        return {};
    }
    return PackageSource::stage(package, temp.path(), error);
}

// Builds the package (database file `out`, or in memory) with the kiosk's settings and checks
// its files and signature; all problems in `diagnostics`.
bool checkPackage(const QString &root, const KioskSettings &settings, const QString &out, ContentPackage *package,
    QList<Diagnostic> *diagnostics)
{
    PackageManifest manifest;
    QList<Diagnostic> ignored; // the build reports manifest problems itself
    QList<Diagnostic> signature;
    if (Manifest::read(root, &manifest, &ignored))
        PackageSigning::verify(root, manifest, settings.publicKey, &signature);
    const bool ok = package->build(root, out);
    *diagnostics = package->diagnostics() + signature;
    return ok && errorCount(signature) == 0;
}

QJsonArray toJson(const QList<Diagnostic> &diagnostics)
{
    QJsonArray list;
    for (const Diagnostic &d : diagnostics)
        list.append(d.toJson());
    return list;
}
// --json: one compact JSON object a line, for the admin screen that runs the tool as a child.
void outJson(const QJsonObject &object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}
QString resultName(Importer::Result r)
{
    return r == Importer::Result::Done   ? QStringLiteral("done")
        : r == Importer::Result::Refused ? QStringLiteral("refused")
                                         : QStringLiteral("failed");
}
void print(const QList<Diagnostic> &diagnostics, bool toStderr)
{
    for (const Diagnostic &d : diagnostics)
        toStderr ? err(d.toString()) : out(d.toString());
}
} // namespace

int validate(const Context &c)
{
    QTemporaryDir temp;
    QString error;
    const QString root = packageRoot(c.args.at(0), temp, &error);
    if (root.isEmpty()) {
        err(error);
        return 2;
    }
    ContentPackage package(settingsOf(c.dataDir).urlPolicy());
    QList<Diagnostic> diagnostics;
    const bool valid = checkPackage(root, settingsOf(c.dataDir), QStringLiteral(":memory:"), &package, &diagnostics);
    if (package.outputFailed()) {
        err(package.outputError());
        return 2;
    }
    const int errors = errorCount(diagnostics);
    const int warnings = int(diagnostics.size()) - errors;
    if (c.json) {
        QJsonArray list;
        for (const Diagnostic &d : diagnostics)
            list.append(d.toJson());
        QJsonObject counts;
        for (auto it = package.rowCounts().cbegin(); it != package.rowCounts().cend(); ++it)
            counts.insert(it.key(), it.value());
        const QJsonObject report{{"package", c.args.at(0)}, {"valid", valid}, {"errors", errors}, {"warnings", warnings},
            {"content_version", package.manifest().contentVersion}, {"counts", valid ? QJsonValue(counts) : QJsonValue()},
            {"diagnostics", list}};
        out(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)).trimmed());
        return valid ? 0 : 1;
    }
    print(diagnostics, false);
    if (!valid) {
        out(QStringLiteral("内容包无效：%1 处错误，%2 处警告").arg(errors).arg(warnings));
        return 1;
    }
    out(QStringLiteral("内容包有效：内容版本 %1，事项 %2 个，公告 %3 条，%4 处警告")
            .arg(package.manifest().contentVersion)
            .arg(package.rowCounts().value("items"))
            .arg(package.rowCounts().value("notices"))
            .arg(warnings));
    return 0;
}

int diff(const Context &c)
{
    const auto started = startServices(c);
    if (!started)
        return 2;
    Services &services = *started;
    QString error;
    QTemporaryDir temp;
    const QString root = packageRoot(c.args.at(0), temp, &error);
    if (root.isEmpty() || !temp.isValid()) {
        err(error.isEmpty() ? QStringLiteral("无法创建临时文件夹") : error);
        return 2;
    }
    ContentPackage package(services.settings().urlPolicy());
    QList<Diagnostic> diagnostics;
    const QString built = temp.filePath(QStringLiteral("diff.sqlite"));
    const bool ok = checkPackage(root, services.settings(), built, &package, &diagnostics);
    if (!ok) {
        const QString message = QStringLiteral("内容包有 %1 处错误，无法比较").arg(errorCount(diagnostics));
        if (c.json) {
            outJson({{"ok", false}, {"message", package.outputFailed() ? package.outputError() : message},
                {"diagnostics", toJson(diagnostics)}});
        } else {
            print(diagnostics, true);
            err(message);
        }
        return package.outputFailed() ? 2 : 1;
    }
    Database next(QStringLiteral("diff"));
    if (next.open(built, QStringLiteral("content"), Database::Mode::ReadOnly) != Database::Status::Ok) {
        err(next.errorString());
        return 2;
    }
    const QList<TableDiff> tables = diffContent(services.content()->db(), next.db());
    if (c.json) {
        // Names from the side that has the row: the new content for added and changed, the old for removed.
        QJsonArray list;
        for (const TableDiff &d : tables) {
            auto named = [&](const QStringList &ids, const QSqlDatabase &db) {
                QJsonArray rows;
                for (const QString &id : ids)
                    rows.append(QJsonObject{{"id", id}, {"name", diffEntryName(db, d.table, id)}});
                return rows;
            };
            list.append(QJsonObject{{"table", d.table}, {"added", named(d.added, next.db())},
                {"changed", named(d.changed, next.db())}, {"removed", named(d.removed, services.content()->db())}});
        }
        outJson({{"ok", true}, {"from", services.content()->contentVersion()}, {"to", package.manifest().contentVersion},
            {"built_at", package.manifest().builtAt.toString(Qt::ISODate)}, {"tables", list},
            {"diagnostics", toJson(diagnostics)}});
        return 0;
    }
    print(diagnostics, true);
    out(QStringLiteral("内容版本：%1（%2）→ %3")
            .arg(services.content()->contentVersion(), services.content()->originName(), package.manifest().contentVersion));
    for (const TableDiff &d : tables) {
        out(QStringLiteral("%1: 新增 %2，修改 %3，删除 %4")
                .arg(d.table)
                .arg(d.added.size())
                .arg(d.changed.size())
                .arg(d.removed.size()));
        for (const auto &[sign, ids] : {std::pair{u'+', d.added}, std::pair{u'~', d.changed}, std::pair{u'-', d.removed}})
            for (const QString &id : ids)
                out(QStringLiteral("  %1 %2").arg(QChar(sign), id));
    }
    return 0;
}

int importPackage(const Context &c)
{
    const auto started = startServices(c);
    if (!started)
        return 2;
    Services &services = *started;
    Importer importer(services, {.allowOlder = c.allowOlder});
    if (c.json)
        importer.setStepObserver([](const QString &step) { outJson({{"step", step}}); });
    const Importer::Result result = importer.importPackage(c.args.at(0));
    if (c.json) {
        outJson({{"result", resultName(result)}, {"message", importer.message()},
            {"content_version", services.content()->contentVersion()}, {"diagnostics", toJson(importer.diagnostics())}});
        return int(result);
    }
    print(importer.diagnostics(), true);
    if (result != Importer::Result::Done) {
        err(importer.message());
        return int(result);
    }
    out(importer.message());
    return 0;
}

int exportContent(const Context &c)
{
    const auto started = startServices(c);
    if (!started)
        return 2;
    Services &services = *started;
    QString error;
    if (!tongban::exportContent(services.content()->db(), services.content()->mediaDir(), c.args.at(0), &error)) {
        err(error);
        return 2;
    }
    out(QStringLiteral("已导出内容版本 %1 到 %2").arg(services.content()->contentVersion(), c.args.at(0)));
    return 0;
}

int rollback(const Context &c)
{
    const auto started = startServices(c);
    if (!started)
        return 2;
    Services &services = *started;
    Importer importer(services);
    const Importer::Result result = importer.rollback();
    if (c.json)
        outJson({{"result", resultName(result)}, {"message", importer.message()},
            {"content_version", services.content()->contentVersion()}});
    else
        (result == Importer::Result::Done ? out : err)(importer.message());
    return int(result);
}

} // namespace tongban::tool
