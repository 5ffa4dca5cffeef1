#include "contenttool.h"

#include "contentpackage.h"
#include "fleetcommand.h"
#include "linkscommand.h"
#include "searchcommand.h"
#include "services.h"
#include "toolcommands.h"

#include <QCommandLineParser>
#include <QMap>

namespace tongban {

namespace {
struct Command
{
    const char *usage;
    const char *summary;
    int (*run)(const tool::Context &);
    int minArgs;
    int maxArgs;
};

int init(const tool::Context &c)
{
    const auto started = tool::startServices(c);
    if (!started)
        return 2;
    Services &services = *started;
    QString error;
    tool::out(QStringLiteral("数据目录: %1").arg(services.paths().root));
    tool::out(
        QStringLiteral("内容来源: %1，内容版本 %2").arg(services.content()->originName(), services.content()->contentVersion()));
    return 0;
}

int build(const tool::Context &c)
{
    Services services(Paths::resolve(c.dataDir));
    ContentPackage package(KioskSettings::load(services.paths().settingsFile()).urlPolicy());
    const bool ok = package.build(c.args.at(0), c.args.at(1));
    for (const Diagnostic &d : package.diagnostics())
        tool::err(d.toString());
    if (!ok) {
        tool::err(QStringLiteral("内容包有 %1 处错误，未生成数据库").arg(package.errorCount()));
        return package.outputFailed() ? 2 : 1;
    }
    tool::out(QStringLiteral("已生成 %1（内容版本 %2）").arg(c.args.at(1), package.manifest().contentVersion));
    return 0;
}

const QMap<QString, Command> &commands()
{
    static const QMap<QString, Command> map = {
        {"init", {"init", "create settings, local state and the default content if missing / 初始化", init, 0, 0}},
        {"validate",
            {"validate PKG [--json]", "check a package (folder or .zip), every problem as file:line:column / 检查内容包",
                tool::validate, 1, 1}},
        {"diff", {"diff PKG [--json]", "what an import would add, change and remove / 比较", tool::diff, 1, 1}},
        {"import",
            {"import PKG [--allow-older] [--json]", "check a package and swap it in; prints the new content version / 导入",
                tool::importPackage, 1, 1}},
        {"export", {"export DIR", "write the current content as a package to a new folder / 导出", tool::exportContent, 1, 1}},
        {"status",
            {"status", "content version, times, counts, unverified URLs, expiring notices, events / 状态", tool::status, 0, 0}},
        {"rollback", {"rollback [--json]", "go back to the previous content / 退回上一版", tool::rollback, 0, 0}},
        {"keygen", {"keygen [--key FILE]", "make a signing key pair; the secret goes to FILE / 生成密钥", tool::keygen, 0, 0}},
        {"sign", {"sign PKG --key FILE|-", "list every file's SHA-256 in the manifest and sign it / 签名", tool::sign, 1, 1}},
        {"set-pin",
            {"set-pin",
                "set the admin screen's PIN (read twice from the terminal or stdin, stored as an Argon2id hash) / 设置管理密码",
                tool::setPin, 0, 0}},
        {"build", {"build PKG OUT", "check a package and build a content database file", build, 2, 2}},
        {"fleet",
            {"fleet report DIR… | fleet syncthing-config …",
                "the office's view of every kiosk's outbox; Syncthing's config.xml (docs/fleet.md) / 终端群", nullptr, 0, 0}},
        {"links",
            {"links [--csv] [--qr DIR]",
                "every item's deep link, template, verification and age; --qr: one PNG per item to scan / 网址核对", tool::links,
                0, 0}},
        {"stats",
            {"stats --from DATE --to DATE [--csv]",
                "usage figures by day, by item and by rating; --csv: the CSV staff export (UTF-8 with BOM) / 使用统计",
                tool::stats, 0, 0}},
        {"search",
            {"search QUERY [--json]", "what residents find for QUERY, ranked as the kiosk shows it / 试搜", tool::search, 1, 20}},
    };
    return map;
}

QString helpText(const QString &command)
{
    QString text = QStringLiteral("tongban-content: Tongban Kiosk content tool / 通办自助导办机 内容管理工具\n\n");
    const auto it = commands().constFind(command);
    if (it != commands().cend()) {
        text += QStringLiteral("Usage: tongban-content [--db PATH] %1\n  %2\n")
                    .arg(QLatin1String(it->usage), QString::fromUtf8(it->summary));
    } else {
        text += QStringLiteral("Usage: tongban-content [--db PATH] COMMAND [ARGS]\n\nCommands:\n");
        for (const Command &c : commands())
            text += QStringLiteral("  %1\n      %2\n").arg(QLatin1String(c.usage), QString::fromUtf8(c.summary));
    }
    text += QStringLiteral(
        "\nOptions:\n"
        "  --db PATH   the kiosk's data folder (default: $TONGBAN_DATA_DIR or ~/.local/share/tongban)\n"
        "  --json      validate, diff: one JSON report; import: a line {\"step\": …} after each step, then the\n"
        "              result {\"result\", \"message\", \"content_version\", \"diagnostics\"}; rollback: the result\n"
        "  --key FILE  keygen: where to write the secret key; sign: the secret key file, or - to read it from standard input\n"
        "  --allow-older  import: accept a package older than the newest this kiosk ever installed (logged)\n"
        "  --csv       links: CSV (id, name, template, url, state, verified_at, verified_by, age_days, shown);\n"
        "              stats: the CSV staff export\n"
        "  --qr DIR    links: one PNG per item's deep link, DIR/<item id>.png\n"
        "  --from DATE, --to DATE  stats: the first and last day (YYYY-MM-DD), both included\n"
        "  --help      this help; `tongban-content COMMAND --help` for one command\n\n"
        "Exit codes: 0 done / valid, 1 package or content refused, 2 usage or I/O error.\n"
        "Package format: docs/content-package.md\n");
    return text;
}
} // namespace

int runContentTool(const QStringList &arguments)
{
    // `fleet` has options of its own: everything after the word is its.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (arguments.at(i).startsWith(QLatin1String("-")))
            continue;
        if (arguments.at(i) == QLatin1String("fleet"))
            return tool::fleet({}, arguments.mid(i + 1));
        break;
    }
    QCommandLineParser parser;
    const QCommandLineOption dbOption("db", "Data folder of the kiosk.", "PATH");
    const QCommandLineOption jsonOption("json", "Machine-readable output.");
    const QCommandLineOption keyOption("key", "Key file.", "FILE");
    const QCommandLineOption olderOption("allow-older", "Import a package older than the newest ever installed.");
    const QCommandLineOption helpOption({"h", "help"}, "Help.");
    const QCommandLineOption csvOption("csv", "links: CSV output.");
    const QCommandLineOption qrOption("qr", "links: write a QR code PNG per item into DIR.", "DIR");
    const QCommandLineOption fromOption("from", "stats: the first day.", "DATE");
    const QCommandLineOption toOption("to", "stats: the last day.", "DATE");
    parser.addOptions({dbOption, jsonOption, keyOption, olderOption, helpOption, csvOption, qrOption, fromOption, toOption});
    const bool parsed = parser.parse(arguments);
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (parser.isSet(helpOption)) {
        tool::out(helpText(command));
        return 0;
    }
    if (!parsed) {
        tool::err(parser.errorText());
        tool::err(helpText(command));
        return 2;
    }
    const auto it = commands().constFind(command);
    if (it == commands().cend()) {
        if (!command.isEmpty())
            tool::err(QStringLiteral("未知的命令「%1」").arg(command));
        tool::err(helpText({}));
        return 2;
    }
    const int n = int(args.size()) - 1;
    if (n < it->minArgs || n > it->maxArgs) {
        tool::err(QStringLiteral("用法：tongban-content [--db PATH] %1").arg(QLatin1String(it->usage)));
        return 2;
    }
    const tool::Context context{parser.value(dbOption), args.mid(1), parser.isSet(jsonOption), parser.value(keyOption),
        parser.isSet(olderOption), parser.isSet(csvOption), parser.value(qrOption), parser.value(fromOption),
        parser.value(toOption)};
    return it->run(context);
}

} // namespace tongban
