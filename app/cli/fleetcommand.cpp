#include "fleetcommand.h"

#include "csv.h"
#include "fleet.h"
#include "toolcommands.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamReader>

namespace tongban::tool {

namespace {

QString cell(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QString lastImport(const QJsonObject &status)
{
    const QJsonObject last = status.value(QStringLiteral("last_import")).toObject();
    if (last.isEmpty())
        return QStringLiteral("—");
    return QStringLiteral("%1 %2").arg(last.value(QStringLiteral("kind")).toString() == QLatin1String("import")
            ? QStringLiteral("成功")
            : QStringLiteral("被拒绝"),
        last.value(QStringLiteral("message")).toString());
}

// Sums of usage counts keyed by `key(report, row)`; rows are day, kind, target, count.
using Rollup = QMap<QStringList, qint64>;

bool writeCsv(const QString &file, const QStringList &header, const QList<QStringList> &rows)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("\xEF\xBB\xBF");
    f.write(Csv::row(header));
    for (const QStringList &r : rows)
        f.write(Csv::row(r));
    return f.commit();
}

void printTable(const QString &title, const QStringList &header, const QList<QStringList> &rows)
{
    out(title);
    out(QStringLiteral("  ") + header.join(QStringLiteral(" | ")));
    for (const QStringList &r : rows)
        out(QStringLiteral("  ") + r.join(QStringLiteral(" | ")));
    if (rows.isEmpty())
        out(QStringLiteral("  （无）"));
    out({});
}

int report(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption nowOption("now", "The time to judge staleness by (ISO 8601).", "TIME");
    const QCommandLineOption staleOption("stale-hours", "A status older than this is stale (24).", "N", "24");
    const QCommandLineOption csvOption("csv", "Write each table as CSV into DIR.", "DIR");
    p.addOptions({nowOption, staleOption, csvOption});
    if (!p.parse(QStringList{QStringLiteral("fleet-report")} + args) || p.positionalArguments().isEmpty()) {
        err(p.errorText());
        err(QStringLiteral("用法：tongban-content fleet report DIR… [--now TIME] [--stale-hours N] [--csv DIR]"));
        return 2;
    }
    QDateTime now = QDateTime::currentDateTime();
    if (p.isSet(nowOption)) {
        now = QDateTime::fromString(p.value(nowOption), Qt::ISODate);
        if (!now.isValid()) {
            err(QStringLiteral("--now 的时间无法识别：%1（例如 2026-12-02T09:00:00+08:00）").arg(p.value(nowOption)));
            return 2;
        }
    }
    bool numeric = false;
    const int staleHours = p.value(staleOption).toInt(&numeric);
    if (!numeric || staleHours <= 0) {
        err(QStringLiteral("--stale-hours 应为正整数"));
        return 2;
    }
    const QList<fleet::KioskReport> reports = fleet::readOutboxes(p.positionalArguments(), now, staleHours);
    if (reports.isEmpty()) {
        err(QStringLiteral("没有找到任何终端的回传文件夹（status.json）"));
        return 1;
    }

    QList<QStringList> kiosks;
    QMap<QString, int> versions;
    Rollup byDay, byItem, byCity, byHall;
    for (const fleet::KioskReport &r : reports) {
        const QJsonObject &s = r.status;
        const QString id = cell(s, "kiosk").isEmpty() ? QDir(r.folder).dirName() : cell(s, "kiosk");
        kiosks.append({id, cell(s, "hall"), cell(s, "city"), cell(s, "program_version"), cell(s, "content_version"),
            r.writtenAt.isValid() ? r.writtenAt.toString(Qt::ISODate) : QStringLiteral("—"),
            r.stale ? QStringLiteral("过期") : QStringLiteral("正常"), r.problem.isEmpty() ? lastImport(s) : r.problem,
            cell(s, "disk_free_mb")});
        ++versions[cell(s, "content_version")];
        for (const QStringList &u : r.usage) {
            const qint64 n = u.at(3).toLongLong();
            byDay[{u.at(0), u.at(1)}] += n;
            if (u.at(1) == QLatin1String("item-opened"))
                byItem[{u.at(2)}] += n;
            byCity[{cell(s, "city"), u.at(1)}] += n;
            byHall[{cell(s, "hall"), u.at(1)}] += n;
        }
    }
    auto rows = [](const Rollup &r) {
        QList<QStringList> out;
        for (auto it = r.cbegin(); it != r.cend(); ++it)
            out.append(it.key() + QStringList{QString::number(it.value())});
        return out;
    };
    const QStringList kioskHeader{QStringLiteral("终端"), QStringLiteral("大厅"), QStringLiteral("城市"),
        QStringLiteral("程序版本"), QStringLiteral("内容版本"), QStringLiteral("报告时间"), QStringLiteral("状态"),
        QStringLiteral("最近导入"), QStringLiteral("剩余空间(MB)")};
    const QList<std::tuple<QString, QString, QStringList, QList<QStringList>>> tables = {
        {QStringLiteral("kiosks"), QStringLiteral("终端"), kioskHeader, kiosks},
        {QStringLiteral("usage-by-day"), QStringLiteral("按日"),
            {QStringLiteral("日期"), QStringLiteral("类别"), QStringLiteral("次数")}, rows(byDay)},
        {QStringLiteral("usage-by-item"), QStringLiteral("按事项（打开指南）"), {QStringLiteral("事项"), QStringLiteral("次数")},
            rows(byItem)},
        {QStringLiteral("usage-by-city"), QStringLiteral("按城市"),
            {QStringLiteral("城市"), QStringLiteral("类别"), QStringLiteral("次数")}, rows(byCity)},
        {QStringLiteral("usage-by-hall"), QStringLiteral("按大厅"),
            {QStringLiteral("大厅"), QStringLiteral("类别"), QStringLiteral("次数")}, rows(byHall)},
    };
    if (p.isSet(csvOption)) {
        const QString dir = p.value(csvOption);
        QDir().mkpath(dir);
        for (const auto &[file, title, header, body] : tables) {
            if (!writeCsv(QDir(dir).filePath(file + QStringLiteral(".csv")), header, body)) {
                err(QStringLiteral("无法写入 %1").arg(QDir(dir).filePath(file + QStringLiteral(".csv"))));
                return 2;
            }
        }
        out(QStringLiteral("已写入 %1 个表格到 %2").arg(tables.size()).arg(dir));
        return 0;
    }
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        out(QStringLiteral("内容版本 %1：%2 台").arg(it.key().isEmpty() ? QStringLiteral("（未知）") : it.key()).arg(it.value()));
    out(QStringLiteral("判断时间 %1，超过 %2 小时未报告为过期").arg(now.toString(Qt::ISODate)).arg(staleHours));
    out({});
    for (const auto &[file, title, header, body] : tables)
        printTable(title, header, body);
    return 0;
}

// The device id of a Syncthing home, from the config.xml `syncthing generate` wrote there.
QString ownDeviceId(const QString &home, QString *apiKey)
{
    QFile f(QDir(home).filePath(QStringLiteral("config.xml")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader x(&f);
    QString id;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("device") && id.isEmpty() && !x.attributes().value(QStringLiteral("id")).isEmpty())
            id = x.attributes().value(QStringLiteral("id")).toString();
        else if (x.name() == QLatin1String("apikey"))
            *apiKey = x.readElementText();
    }
    return id;
}

int syncthingConfig(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption officeOption("office", "The content office's device.");
    const QCommandLineOption kioskOption("kiosk", "A kiosk's device.");
    const QCommandLineOption homeOption("home", "Syncthing's home (after `syncthing generate --home DIR`).", "DIR");
    const QCommandLineOption nameOption("name", "This device's name (a kiosk: its kiosk id).", "NAME");
    const QCommandLineOption listenOption("listen", "Listen address, e.g. tcp://10.1.2.3:22000.", "ADDR");
    const QCommandLineOption guiOption("gui", "GUI/REST address (loopback), e.g. 127.0.0.1:8384.", "ADDR");
    const QCommandLineOption peerOption("peer", "A peer: NAME=DEVICE-ID@tcp://HOST:PORT (repeat).", "PEER");
    const QCommandLineOption packagesOption("packages", "Office: the folder signed packages are dropped in.", "DIR");
    const QCommandLineOption outboxesOption("outboxes", "Office: where each kiosk's outbox arrives.", "DIR");
    const QCommandLineOption inboxOption("inbox", "Kiosk: [fleet] inbox.", "DIR");
    const QCommandLineOption outboxOption("outbox", "Kiosk: [fleet] outbox.", "DIR");
    const QCommandLineOption rescanOption("rescan-s", "Full rescan interval (the file watcher does the rest).", "S", "60");
    p.addOptions({officeOption, kioskOption, homeOption, nameOption, listenOption, guiOption, peerOption, packagesOption,
        outboxesOption, inboxOption, outboxOption, rescanOption});
    const char *usage = "用法：tongban-content fleet syncthing-config --office|--kiosk --home DIR --name NAME --listen ADDR "
                        "[--gui ADDR] --peer NAME=ID@ADDR… (--packages DIR --outboxes DIR | --inbox DIR --outbox DIR)";
    if (!p.parse(QStringList{QStringLiteral("fleet-syncthing-config")} + args) || p.isSet(officeOption) == p.isSet(kioskOption)
        || !p.isSet(homeOption) || !p.isSet(nameOption) || !p.isSet(listenOption)) {
        if (!p.errorText().isEmpty())
            err(p.errorText());
        err(QString::fromUtf8(usage));
        return 2;
    }
    fleet::SyncthingConfig c;
    c.office = p.isSet(officeOption);
    c.name = p.value(nameOption);
    c.listen = p.value(listenOption);
    c.gui = p.value(guiOption);
    c.rescanSeconds = qMax(10, p.value(rescanOption).toInt());
    c.deviceId = ownDeviceId(p.value(homeOption), &c.apiKey);
    if (c.deviceId.isEmpty()) {
        err(QStringLiteral("%1 中没有 Syncthing 的 config.xml；请先运行 syncthing generate --home %1 --no-default-folder")
                .arg(p.value(homeOption)));
        return 2;
    }
    static const QRegularExpression peerForm(QStringLiteral("^([^=]+)=([A-Z0-9-]{63})@(tcp://\\S+)$"));
    for (const QString &peer : p.values(peerOption)) {
        const auto m = peerForm.match(peer);
        if (!m.hasMatch()) {
            err(QStringLiteral("--peer 应写作 名称=设备ID@tcp://地址:端口：%1").arg(peer));
            return 2;
        }
        c.peers.append({m.captured(2), m.captured(1), m.captured(3)});
    }
    if (c.office) {
        c.packages = p.value(packagesOption);
        c.outboxRoot = p.value(outboxesOption);
        if (c.packages.isEmpty() || c.outboxRoot.isEmpty()) {
            err(QString::fromUtf8(usage));
            return 2;
        }
    } else {
        c.inbox = p.value(inboxOption);
        c.outbox = p.value(outboxOption);
        if (c.inbox.isEmpty() || c.outbox.isEmpty() || c.peers.isEmpty()) {
            err(QString::fromUtf8(usage));
            return 2;
        }
    }
    QSaveFile f(QDir(p.value(homeOption)).filePath(QStringLiteral("config.xml")));
    if (!f.open(QIODevice::WriteOnly) || f.write(fleet::syncthingConfigXml(c)) < 0 || !f.commit()) {
        err(QStringLiteral("无法写入 %1").arg(f.fileName()));
        return 2;
    }
    out(QStringLiteral("已写入 %1（设备 %2）").arg(f.fileName(), c.deviceId));
    return 0;
}

} // namespace

int fleet(const QString &dataDir, const QStringList &args)
{
    Q_UNUSED(dataDir)
    const QString sub = args.value(0);
    if (sub == QLatin1String("report"))
        return report(args.mid(1));
    if (sub == QLatin1String("syncthing-config"))
        return syncthingConfig(args.mid(1));
    err(QStringLiteral("用法：tongban-content fleet report DIR… | fleet syncthing-config …"));
    return 2;
}

} // namespace tongban::tool
