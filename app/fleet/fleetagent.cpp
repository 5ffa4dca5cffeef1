#include "fleetagent.h"

#include "contentstore.h"
#include "services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace tongban {

FleetAgent::FleetAgent(Services &services, const QString &contentTool, QObject *parent)
    : QObject(parent), m_services(services), m_tool(contentTool)
{
    m_clock.start();
    m_pollTimer.callOnTimeout(this, &FleetAgent::poll);
    m_statusTimer.callOnTimeout(this, [this] { writeOutbox(); });
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::finished, this, &FleetAgent::finished);
    if (ContentStore *store = services.content())
        connect(store, &ContentStore::contentChanged, this, [this] { writeOutbox(); });
}

FleetAgent::~FleetAgent()
{
    // An import is safe to kill at any moment, but one about to finish should finish.
    disconnect(&m_process, nullptr, this, nullptr);
    if (importing() && !m_process.waitForFinished(30000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

bool FleetAgent::enabled() const
{
    return !m_services.settings().fleetInbox.isEmpty() || !m_services.settings().fleetOutbox.isEmpty();
}

QString FleetAgent::kioskId() const
{
    const QString id = m_services.settings().kioskId;
    return id.isEmpty() ? QSysInfo::machineHostName() : id;
}

void FleetAgent::start()
{
    if (!enabled())
        return;
    const KioskSettings &s = m_services.settings();
    if (!s.fleetInbox.isEmpty()) {
        m_pollTimer.start(s.fleetPollSeconds * 1000);
        poll();
    }
    if (!s.fleetOutbox.isEmpty()) {
        m_statusTimer.start(s.fleetStatusSeconds * 1000);
        writeOutbox();
    }
}

void FleetAgent::noteOnce(const QString &key, const QString &kind, const QString &message, const QString &detail)
{
    if (m_noted.contains(key))
        return;
    m_noted.insert(key);
    m_services.state().logEvent(kind, message, detail);
}

bool FleetAgent::poll()
{
    const QString inbox = m_services.settings().fleetInbox;
    if (inbox.isEmpty() || importing() || (m_idle && !m_idle()))
        return false;
    if (m_services.settings().publicKey.isEmpty()) {
        noteOnce(QStringLiteral("no-key"), QStringLiteral("fleet-refused"),
            QCoreApplication::translate("fleet", "收件箱模式需要在设置中填写 [content] public_key；收件箱中的内容包不会导入"));
        return false;
    }
    ContentStore *live = m_services.content();
    const fleet::InboxPackage *best = nullptr;
    const QList<fleet::InboxPackage> packages = fleet::scanInbox(inbox, m_services.settings().publicKey);
    // The office sees what each kiosk is waiting for: rewrite the status when that changes.
    QJsonArray seen;
    for (const fleet::InboxPackage &p : packages) {
        static const char *names[] = {"incomplete", "complete", "refused"};
        seen.append(QJsonObject{{QStringLiteral("package"), QFileInfo(p.path).fileName()},
            {QStringLiteral("state"), QLatin1String(names[int(p.state)])}, {QStringLiteral("why"), p.why},
            {QStringLiteral("content_version"), p.manifest.contentVersion}});
    }
    if (seen != m_inbox) {
        m_inbox = seen;
        writeOutbox();
    }
    for (const fleet::InboxPackage &p : packages) {
        if (m_done.value(p.path) == p.key)
            continue; // tried in exactly this state already
        if (p.state == fleet::InboxPackage::State::Refused) {
            m_done.insert(p.path, p.key);
            m_services.state().logEvent(QStringLiteral("fleet-refused"),
                QCoreApplication::translate("fleet", "收件箱中的内容包被拒绝（签名无效或被改动），未导入，仍使用原有内容"),
                p.path + QLatin1Char('\n') + p.why);
            writeOutbox();
            continue;
        }
        if (!p.complete()) {
            // More is on its way; look again at the next poll. Something that stays incomplete
            // without any change is worth one line in the log.
            auto &[key, since] = m_waiting[p.path];
            if (key != p.key)
                key = p.key, since = m_clock.elapsed();
            else if (m_clock.elapsed() - since > qint64(m_settleSeconds) * 1000)
                noteOnce(QStringLiteral("stuck:") + p.key, QStringLiteral("fleet-incomplete"),
                    QCoreApplication::translate("fleet", "收件箱中的内容包 %1 长时间没有变化，但仍不完整").arg(p.path), p.why);
            continue;
        }
        m_waiting.remove(p.path);
        if (!p.manifest.contentVersion.isEmpty() && live && p.manifest.contentVersion == live->contentVersion()) {
            m_done.insert(p.path, p.key);
            continue;
        }
        // Older than the newest package ever installed here (the high-water mark in local
        // state; the content in use where there is none yet): the import would refuse it.
        const std::optional<LocalState::ContentMark> mark = m_services.state().contentMark();
        const QDateTime newest = mark ? mark->builtAt : live ? live->builtAt() : QDateTime();
        if (newest.isValid() && p.manifest.builtAt.isValid() && p.manifest.builtAt <= newest) {
            m_done.insert(p.path, p.key);
            noteOnce(QStringLiteral("older:") + p.key, QStringLiteral("fleet-ignored"),
                QCoreApplication::translate("fleet", "收件箱中的内容包 %1 不比本机装过的最新内容新，已忽略")
                    .arg(p.manifest.contentVersion),
                p.path);
            continue;
        }
        if (!best || p.manifest.builtAt > best->manifest.builtAt)
            best = &p;
    }
    if (!best)
        return false;
    m_running = *best;
    m_process.start(m_tool, {QStringLiteral("--db"), m_services.paths().root, QStringLiteral("import"), best->path});
    return true;
}

void FleetAgent::finished(int exitCode, QProcess::ExitStatus status)
{
    const QString output = QString::fromUtf8(m_process.readAll()).trimmed();
    const bool ok = status == QProcess::NormalExit && exitCode == 0;
    m_done.insert(m_running.path, m_running.key);
    // A refused package is logged by the import itself (import-refused, with every message);
    // a crash of the tool is not, so say it here.
    if (status != QProcess::NormalExit)
        m_services.state().logEvent(QStringLiteral("fleet-refused"),
            QCoreApplication::translate("fleet", "导入收件箱中的内容包时程序意外退出"), m_running.path);
    if (!ok)
        writeOutbox(); // a new version is reported once the kiosk has switched to it
    emit importFinished(ok, m_running.path, output);
}

bool FleetAgent::writeOutbox(QString *error)
{
    const QString outbox = m_services.settings().fleetOutbox;
    if (outbox.isEmpty())
        return false;
    QDir().mkpath(outbox);
    const QString temp = QDir(m_services.paths().root).filePath(QStringLiteral("fleet-tmp"));
    const QDateTime now = QDateTime::currentDateTime();
    const QString id = kioskId();
    QJsonObject status = fleet::statusFor(m_services, id, now);
    status[QStringLiteral("inbox")] = m_inbox;
    bool ok = fleet::writeAtomically(
        QDir(outbox).filePath(QStringLiteral("status.json")), QJsonDocument(status).toJson(), temp, error);
    // Today's counts change all day; earlier days are written once they are missing.
    for (const QDate &day : m_services.state().usageDays()) {
        const QString file = QDir(outbox).filePath(QStringLiteral("usage-%1.csv").arg(day.toString(Qt::ISODate)));
        if (day == now.date() || !QFileInfo::exists(file))
            ok = fleet::writeAtomically(file, fleet::usageCsv(m_services, day, id), temp, error) && ok;
    }
    return ok;
}

} // namespace tongban
