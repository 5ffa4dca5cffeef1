#include "contenttool.h"

#include "contentpackage.h"
#include "contentstore.h"
#include "services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

namespace tongban {

namespace {
void out(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
}
void err(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

void printDiagnostics(const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        err(d.toString());
}

int count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

int runContentTool(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tongban Kiosk content tool 内容管理工具\n\n"
                       "Commands:\n"
                       "  init              create settings, local state and the default content if missing\n"
                       "  build PKG OUT     build a content database file from a package folder\n"
                       "  import PKG        check a package and swap it in as the live content\n"
                       "  status            show the content in use and the latest events"));
    parser.addHelpOption();
    const QCommandLineOption dbOption("db", "Data folder of the kiosk (default: the kiosk's own).", "PATH");
    parser.addOption(dbOption);
    parser.addPositionalArgument("command", "init | build | import | status");
    parser.process(arguments);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    Services services(Paths::resolve(parser.value(dbOption)));

    if (command == QLatin1String("build") && args.size() == 3) {
        ContentPackage package(KioskSettings::load(services.paths().settingsFile()).urlPolicy());
        const bool ok = package.build(args.at(1), args.at(2));
        printDiagnostics(package.diagnostics());
        if (!ok) {
            err(QStringLiteral("内容包有 %1 处错误，未生成数据库").arg(package.errorCount()));
            return 1;
        }
        out(QStringLiteral("已生成 %1（内容版本 %2）").arg(args.at(2), package.manifest().contentVersion));
        return 0;
    }
    if (command == QLatin1String("init") || command == QLatin1String("status") || command == QLatin1String("import")) {
        QString error;
        const bool started = services.start(&error);
        if (command == QLatin1String("import")) {
            if (args.size() != 2) {
                err(QStringLiteral("用法：tongban-content import PKG"));
                return 2;
            }
            QList<Diagnostic> diagnostics;
            const bool ok = services.content()->install(args.at(1), &diagnostics);
            printDiagnostics(diagnostics);
            if (!ok) {
                services.state().logEvent(QStringLiteral("import-refused"), QStringLiteral("内容包被拒绝：%1").arg(args.at(1)),
                    diagnostics.isEmpty() ? QString() : diagnostics.first().toString());
                err(QStringLiteral("导入失败，仍使用原有内容"));
                return 1;
            }
            out(QStringLiteral("已导入，内容版本 %1").arg(services.content()->contentVersion()));
            return 0;
        }
        if (!started) {
            err(error);
            return 1;
        }
        ContentStore *content = services.content();
        out(QStringLiteral("数据目录: %1").arg(services.paths().root));
        out(QStringLiteral("内容来源: %1 (%2)").arg(content->originName(), content->db().databaseName()));
        out(QStringLiteral("内容版本: %1  制作时间: %2")
                .arg(content->contentVersion(), content->meta(QStringLiteral("built_at"))));
        if (command == QLatin1String("status")) {
            for (const char *table : {"departments", "items", "materials", "notices", "halls", "windows"})
                out(QStringLiteral("  %1: %2").arg(QLatin1String(table)).arg(count(content->db(), QLatin1String(table))));
            for (const LocalState::Event &e : services.state().recentEvents(10))
                out(QStringLiteral("  [%1] %2 %3").arg(e.at.toString(Qt::ISODate), e.kind, e.message));
        }
        return 0;
    }
    parser.showHelp(2);
}

} // namespace tongban
