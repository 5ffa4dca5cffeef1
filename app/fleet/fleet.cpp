#include "fleet.h"

#include "contentstore.h"
#include "csv.h"
#include "services.h"
#include "signing.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QSysInfo>
#include <QXmlStreamWriter>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <zip.h>

namespace tongban::fleet {

bool isSyncthingFile(const QString &name)
{
    // Syncthing's temporary names (.syncthing.NAME.tmp, and ~syncthing~NAME.tmp on Windows),
    // its folder marker and its own ignore and version folders.
    return (name.startsWith(QLatin1String(".syncthing.")) && name.endsWith(QLatin1String(".tmp")))
        || (name.startsWith(QLatin1String("~syncthing~")) && name.endsWith(QLatin1String(".tmp")))
        || name == QLatin1String(".stfolder") || name == QLatin1String(".stignore") || name == QLatin1String(".stversions");
}

namespace {

QString fingerprint(const QString &path)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    const QFileInfo root(path);
    if (root.isFile()) {
        h.addData(QByteArray::number(root.size()) + ':' + QByteArray::number(root.lastModified().toMSecsSinceEpoch()));
    } else {
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QStringList lines;
        while (it.hasNext()) {
            it.next();
            const QFileInfo f = it.fileInfo();
            lines << QStringLiteral("%1:%2:%3").arg(f.filePath()).arg(f.size()).arg(f.lastModified().toMSecsSinceEpoch());
        }
        lines.sort();
        h.addData(lines.join(QLatin1Char('\n')).toUtf8());
    }
    return QString::fromLatin1(h.result().toHex());
}

bool zipOpens(const QString &path, QString *why)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        *why = QCoreApplication::translate("fleet", "压缩包还不完整（仍在接收？）");
        return false;
    }
    zip_discard(archive);
    return true;
}

} // namespace

InboxPackage inspect(const QString &path, const QString &publicKey)
{
    InboxPackage p;
    p.path = path;
    p.key = fingerprint(path);
    if (QFileInfo(path).isFile()) {
        if (zipOpens(path, &p.why))
            p.state = InboxPackage::State::Complete;
        return p;
    }
    const QDir dir(path);
    QList<Diagnostic> problems;
    if (!QFileInfo::exists(dir.filePath(QStringLiteral("manifest.json")))) {
        p.why = QCoreApplication::translate("fleet", "还没有 manifest.json");
        return p;
    }
    if (!Manifest::read(path, &p.manifest, &problems)) {
        p.why = QCoreApplication::translate("fleet", "manifest.json 无法读取：%1")
                    .arg(problems.isEmpty() ? QString() : problems.first().message);
        return p;
    }
    if (!QFileInfo::exists(dir.filePath(QLatin1String(PackageSigning::SignatureFile)))) {
        p.why = QCoreApplication::translate("fleet", "还没有签名文件 manifest.sig（收件箱只接受签名的内容包）");
        return p;
    }
    const QStringList present = PackageSigning::packageFiles(path);
    for (const QString &rel : present) {
        if (isSyncthingFile(QFileInfo(rel).fileName())) {
            p.why = QCoreApplication::translate("fleet", "仍在接收 %1").arg(rel);
            return p;
        }
    }
    PackageSigning::verify(path, p.manifest, publicKey, &problems);
    QStringList missing, tampered;
    for (const Diagnostic &d : std::as_const(problems)) {
        if (d.warning)
            continue;
        const bool signature = d.file == QLatin1String(PackageSigning::SignatureFile) || d.file == QLatin1String("manifest.json");
        const bool listed = p.manifest.files.contains(d.file);
        // A listed file absent or not yet right is still on its way; a bad signature or a file
        // the signed list does not name is not.
        (signature || !listed ? tampered : missing).append(d.toString());
    }
    if (!p.manifest.hasFiles)
        tampered.append(QCoreApplication::translate("fleet", "manifest.json 没有文件清单（收件箱只接受签名的内容包）"));
    if (!tampered.isEmpty()) {
        p.state = InboxPackage::State::Refused;
        p.why = tampered.join(QLatin1Char('\n'));
    } else if (!missing.isEmpty()) {
        p.why = missing.join(QLatin1Char('\n'));
    } else {
        p.state = InboxPackage::State::Complete;
    }
    return p;
}

QList<InboxPackage> scanInbox(const QString &inbox, const QString &publicKey)
{
    QList<InboxPackage> out;
    const QDir dir(inbox);
    for (const QFileInfo &f : dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        if (isSyncthingFile(f.fileName()) || f.isSymLink())
            continue;
        if (f.isDir() || f.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
            out.append(inspect(f.filePath(), publicKey));
    }
    return out;
}

namespace {

QString lastEventOf(Services &services, const QStringList &kinds, QJsonObject *into, const QString &key)
{
    for (const LocalState::Event &e : services.state().recentEvents(200)) {
        if (kinds.contains(e.kind)) {
            (*into)[key] = QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)}, {QStringLiteral("kind"), e.kind},
                {QStringLiteral("message"), e.message}};
            return e.kind;
        }
    }
    (*into)[key] = QJsonValue::Null;
    return {};
}

double machineUptimeSeconds()
{
    QFile f(QStringLiteral("/proc/uptime"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readAll().split(' ').value(0).toDouble();
}

} // namespace

QJsonObject statusFor(Services &services, const QString &kioskId, const QDateTime &now)
{
    const KioskSettings &s = services.settings();
    ContentStore *content = services.content();
    QJsonObject status{
        {QStringLiteral("kiosk"), kioskId},
        {QStringLiteral("hall"), s.hallName},
        {QStringLiteral("city"), s.cityCode},
        {QStringLiteral("program_version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("content_version"), content ? content->contentVersion() : QString()},
        {QStringLiteral("content_built_at"), content ? content->builtAt().toString(Qt::ISODate) : QString()},
        {QStringLiteral("content_origin"), content ? content->originName() : QString()},
        {QStringLiteral("written_at"), now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate)},
        {QStringLiteral("uptime_s"), qRound64(machineUptimeSeconds())},
    };
    lastEventOf(services, {QStringLiteral("import"), QStringLiteral("import-refused"), QStringLiteral("fleet-refused")}, &status,
        QStringLiteral("last_import"));
    lastEventOf(services, {QStringLiteral("print-failed")}, &status, QStringLiteral("last_print_failure"));
    const QStorageInfo disk(services.paths().root);
    status[QStringLiteral("disk_free_mb")] = disk.isValid() ? qint64(disk.bytesAvailable() / (1024 * 1024)) : -1;
    return status;
}

bool writeAtomically(const QString &target, const QByteArray &bytes, const QString &tempDir, QString *error)
{
    QDir().mkpath(tempDir);
    const QString name = QFileInfo(target).fileName();
    auto attempt = [&](const QString &tmp) -> int {
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return EIO;
        const bool written = f.write(bytes) == bytes.size() && f.flush() && ::fsync(f.handle()) == 0;
        f.close();
        if (!written) {
            QFile::remove(tmp);
            return EIO;
        }
        if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) != 0) {
            const int err = errno;
            QFile::remove(tmp);
            return err;
        }
        return 0;
    };
    int err = attempt(QDir(tempDir).filePath(name + QStringLiteral(".tmp")));
    if (err == EXDEV) // another file system: a name Syncthing never sends
        err = attempt(QFileInfo(target).dir().filePath(QStringLiteral(".syncthing.%1.tmp").arg(name)));
    if (err && error)
        *error = QCoreApplication::translate("fleet", "无法写入 %1：%2").arg(target, qt_error_string(err));
    return err == 0;
}

QByteArray usageCsv(Services &services, const QDate &day, const QString &kioskId)
{
    QByteArray out("\xEF\xBB\xBF"); // UTF-8 BOM: WPS and Excel then open it as Chinese
    out += "day,kiosk,kind,target,count\r\n";
    LocalState &state = services.state();
    for (const LocalState::UsageRow &u : state.usageOn(day))
        out += Csv::row({day.toString(Qt::ISODate), kioskId, u.kind, u.target, QString::number(u.count)});
    return out;
}

QList<KioskReport> readOutboxes(const QStringList &dirs, const QDateTime &now, int staleHours)
{
    QStringList folders;
    for (const QString &d : dirs) {
        if (QFileInfo::exists(QDir(d).filePath(QStringLiteral("status.json")))) {
            folders << d;
            continue;
        }
        for (const QFileInfo &sub : QDir(d).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            if (!isSyncthingFile(sub.fileName()))
                folders << sub.filePath();
    }
    QList<KioskReport> out;
    for (const QString &folder : folders) {
        KioskReport r;
        r.folder = folder;
        QFile f(QDir(folder).filePath(QStringLiteral("status.json")));
        QJsonParseError parseError;
        if (!f.open(QIODevice::ReadOnly)) {
            r.problem = QCoreApplication::translate("fleet", "没有 status.json");
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
            if (!doc.isObject())
                r.problem = QCoreApplication::translate("fleet", "status.json 无法读取：%1").arg(parseError.errorString());
            r.status = doc.object();
        }
        r.writtenAt = QDateTime::fromString(r.status.value(QStringLiteral("written_at")).toString(), Qt::ISODate);
        r.stale = !r.writtenAt.isValid() || r.writtenAt.secsTo(now) > qint64(staleHours) * 3600;
        for (const QFileInfo &csv : QDir(folder).entryInfoList({QStringLiteral("usage-*.csv")}, QDir::Files, QDir::Name)) {
            QFile u(csv.filePath());
            if (!u.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = u.readAll();
            const CsvTable table = Csv::parse(bytes);
            for (qsizetype i = 1; i < table.rows.size(); ++i) { // row 0: the header
                const QList<CsvField> &row = table.rows.at(i);
                if (row.size() == 5)
                    r.usage.append({row.at(0).text, row.at(2).text, row.at(3).text, row.at(4).text});
            }
        }
        out.append(r);
    }
    return out;
}

namespace {

void writeOptions(QXmlStreamWriter &x, const SyncthingConfig &c)
{
    x.writeStartElement(QStringLiteral("options"));
    auto opt = [&](const char *name, const QString &value) { x.writeTextElement(QLatin1String(name), value); };
    opt("listenAddress", c.listen);
    // Only the peers named here, at the addresses given: no discovery, no relays, no NAT
    // punching, nothing reported home, no self-upgrade, no browser.
    opt("globalAnnounceEnabled", QStringLiteral("false"));
    opt("localAnnounceEnabled", QStringLiteral("false"));
    opt("relaysEnabled", QStringLiteral("false"));
    opt("natEnabled", QStringLiteral("false"));
    opt("announceLANAddresses", QStringLiteral("false"));
    opt("startBrowser", QStringLiteral("false"));
    opt("urAccepted", QStringLiteral("-1"));
    opt("autoUpgradeIntervalH", QStringLiteral("0"));
    opt("crashReportingEnabled", QStringLiteral("false"));
    opt("stunKeepaliveStartS", QStringLiteral("0"));
    opt("stunKeepaliveMinS", QStringLiteral("0"));
    opt("stunServer", QString());
    opt("globalAnnounceServer", QString());
    opt("restartOnWakeup", QStringLiteral("false"));
    x.writeEndElement();
}

void writeFolder(QXmlStreamWriter &x, const QString &id, const QString &path, const QString &type, const SyncthingConfig &c,
    const QStringList &devices)
{
    x.writeStartElement(QStringLiteral("folder"));
    x.writeAttribute(QStringLiteral("id"), id);
    x.writeAttribute(QStringLiteral("label"), id);
    x.writeAttribute(QStringLiteral("path"), path);
    x.writeAttribute(QStringLiteral("type"), type);
    x.writeAttribute(QStringLiteral("rescanIntervalS"), QString::number(c.rescanSeconds));
    x.writeAttribute(QStringLiteral("fsWatcherEnabled"), QStringLiteral("true"));
    x.writeAttribute(QStringLiteral("fsWatcherDelayS"), QStringLiteral("1"));
    x.writeAttribute(QStringLiteral("ignorePerms"), QStringLiteral("false"));
    x.writeAttribute(QStringLiteral("autoNormalize"), QStringLiteral("true"));
    x.writeTextElement(QStringLiteral("filesystemType"), QStringLiteral("basic"));
    for (const QString &d : devices) {
        x.writeStartElement(QStringLiteral("device"));
        x.writeAttribute(QStringLiteral("id"), d);
        x.writeAttribute(QStringLiteral("introducedBy"), QString());
        x.writeEndElement();
    }
    x.writeStartElement(QStringLiteral("minDiskFree"));
    x.writeAttribute(QStringLiteral("unit"), QStringLiteral("%"));
    x.writeCharacters(QStringLiteral("1"));
    x.writeEndElement();
    x.writeTextElement(QStringLiteral("markerName"), QStringLiteral(".stfolder"));
    x.writeEndElement();
}

void writeDevice(QXmlStreamWriter &x, const QString &id, const QString &name, const QString &address)
{
    x.writeStartElement(QStringLiteral("device"));
    x.writeAttribute(QStringLiteral("id"), id);
    x.writeAttribute(QStringLiteral("name"), name);
    x.writeAttribute(QStringLiteral("compression"), QStringLiteral("metadata"));
    x.writeAttribute(QStringLiteral("introducer"), QStringLiteral("false"));
    x.writeAttribute(QStringLiteral("skipIntroductionRemovals"), QStringLiteral("false"));
    x.writeAttribute(QStringLiteral("introducedBy"), QString());
    x.writeTextElement(QStringLiteral("address"), address);
    x.writeTextElement(QStringLiteral("paused"), QStringLiteral("false"));
    x.writeTextElement(QStringLiteral("autoAcceptFolders"), QStringLiteral("false"));
    x.writeEndElement();
}

} // namespace

QByteArray syncthingConfigXml(const SyncthingConfig &c)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartElement(QStringLiteral("configuration"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("36")); // Debian 12's Syncthing 1.19
    QStringList all{c.deviceId};
    for (const SyncthingPeer &p : c.peers)
        all << p.deviceId;
    if (c.office) {
        writeFolder(x, QStringLiteral("tongban-packages"), c.packages, QStringLiteral("sendonly"), c, all);
        for (const SyncthingPeer &p : c.peers)
            writeFolder(x, QStringLiteral("tongban-outbox-") + p.name, QDir(c.outboxRoot).filePath(p.name),
                QStringLiteral("receiveonly"), c, {c.deviceId, p.deviceId});
    } else {
        writeFolder(x, QStringLiteral("tongban-packages"), c.inbox, QStringLiteral("receiveonly"), c, all);
        writeFolder(x, QStringLiteral("tongban-outbox-") + c.name, c.outbox, QStringLiteral("sendonly"), c, all);
    }
    writeDevice(x, c.deviceId, c.name, QStringLiteral("dynamic"));
    for (const SyncthingPeer &p : c.peers)
        writeDevice(x, p.deviceId, p.name, p.address);
    x.writeStartElement(QStringLiteral("gui"));
    x.writeAttribute(QStringLiteral("enabled"), c.gui.isEmpty() ? QStringLiteral("false") : QStringLiteral("true"));
    x.writeAttribute(QStringLiteral("tls"), QStringLiteral("false"));
    x.writeTextElement(QStringLiteral("address"), c.gui.isEmpty() ? QStringLiteral("127.0.0.1:8384") : c.gui);
    if (!c.apiKey.isEmpty())
        x.writeTextElement(QStringLiteral("apikey"), c.apiKey);
    x.writeEndElement();
    writeOptions(x, c);
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace tongban::fleet
