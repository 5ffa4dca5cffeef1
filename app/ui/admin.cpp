#include "admin.h"

#include "admingesture.h"
#include "cities.h"
#include "contentjob.h"
#include "contentstatus.h"
#include "hiddennotices.h"
#include "kiosk.h"
#include "kiosksettings.h"
#include "logging.h"
#include "pin.h"
#include "pinlock.h"
#include "printer.h"
#include "readoutplayer.h"
#include "removablemedia.h"
#include "services.h"
#include "settingsedit.h"
#include "uisounds.h"
#include "visit.h"
#include "voice.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace tongban {

namespace {
Admin *s_instance = nullptr;

// The unit the deployment installs; its polkit rule lets the kiosk's user stop it, nothing else.
constexpr auto kKioskUnit = "tongban-kiosk.service";

QString tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels{{"items", QT_TRANSLATE_NOOP("Admin", "事项")},
        {"materials", QT_TRANSLATE_NOOP("Admin", "材料")}, {"notices", QT_TRANSLATE_NOOP("Admin", "公告")},
        {"halls", QT_TRANSLATE_NOOP("Admin", "大厅")}, {"windows", QT_TRANSLATE_NOOP("Admin", "窗口")},
        {"departments", QT_TRANSLATE_NOOP("Admin", "部门")}, {"themes", QT_TRANSLATE_NOOP("Admin", "主题")},
        {"media", QT_TRANSLATE_NOOP("Admin", "宣传媒体")}, {"aliases", QT_TRANSLATE_NOOP("Admin", "搜索别名")},
        {"sources", QT_TRANSLATE_NOOP("Admin", "信息来源")}};
    const char *label = labels.value(table);
    return label ? QCoreApplication::translate("Admin", label) : table;
}

// "2026-12-02T09:00:00+08:00" as staff read it: 2026-12-02 09:00; as given when not a date.
QString readableTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

QString eventLine(const LocalState::Event &e)
{
    return QStringLiteral("%1  %2").arg(e.at.toString(QStringLiteral("MM-dd HH:mm")), e.message);
}

QStringList diagnosticLines(const QJsonArray &diagnostics)
{
    QStringList lines;
    for (const QJsonValue &v : diagnostics) {
        const QJsonObject d = v.toObject();
        QString where = d.value("file").toString();
        if (d.value("line").toInt() > 0)
            where += QStringLiteral(":%1:%2").arg(d.value("line").toInt()).arg(qMax(1, d.value("column").toInt()));
        const bool warning = d.value("severity").toString() == QLatin1String("warning");
        lines.append(
            QStringLiteral("%1  %2%3").arg(where, warning ? Admin::tr("警告：") : QString(), d.value("message").toString()));
    }
    return lines;
}
} // namespace

Admin::Admin(const Parts &parts, QObject *parent)
    : QObject(parent), m_parts(parts), m_lock(std::make_unique<PinLock>(parts.services->state()))
{
    m_session.setSingleShot(true);
    m_session.setInterval(SessionSeconds * 1000);
    connect(&m_session, &QTimer::timeout, this, [this] {
        if (jobRunning())
            m_session.start(); // an import is not left half watched; the session waits for it
        else
            close();
    });
    m_lockTick.setInterval(1000);
    connect(&m_lockTick, &QTimer::timeout, this, &Admin::refreshLock);
    connect(&m_check, &QFutureWatcher<bool>::finished, this, &Admin::pinChecked);
}

Admin::~Admin()
{
    m_check.waitForFinished();
    if (m_job)
        m_job->waitForFinished(30000);
}

Admin *Admin::instance()
{
    return s_instance;
}
void Admin::setInstance(Admin *admin)
{
    s_instance = admin;
}
Admin *Admin::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Admin::create", "main() must set up the services before QML loads");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Admin::attach(QQuickWindow *window)
{
    m_gesture = new AdminGesture(window);
    connect(m_gesture, &AdminGesture::triggered, this, &Admin::requestOpen);
    window->installEventFilter(this);
}

bool Admin::eventFilter(QObject *watched, QEvent *event)
{
    if (m_stage != Closed) {
        switch (event->type()) {
        case QEvent::TouchBegin:
        case QEvent::MouseButtonPress:
        case QEvent::KeyPress:
            m_session.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void Admin::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    if (stage == Closed) {
        m_session.stop();
        m_lockTick.stop();
    } else {
        m_session.start();
    }
    emit stageChanged();
}

void Admin::requestOpen()
{
    if (m_stage != Closed)
        return;
    // Whatever a resident left on screen goes before staff see the kiosk: the visit ends
    // (its choices cleared) and no idle reset runs while staff work.
    if (m_parts.visit && m_parts.visit->active())
        m_parts.visit->end();
    if (m_parts.voice)
        m_parts.voice->stop();
    // Read afresh: the installer may have run `set-pin` while the kiosk was running.
    const bool hasPin = KioskSettings::load(m_parts.services->paths().settingsFile()).hasPin();
    m_pinMessage.clear();
    refreshLock();
    setStage(hasPin ? Pin : NoPin);
}

void Admin::close()
{
    if (m_stage == Open)
        m_parts.services->state().logEvent(QStringLiteral("admin-closed"), QStringLiteral("管理界面已关闭"));
    m_diff.clear();
    m_result.clear();
    m_chosen.clear();
    m_jobKind.clear();
    m_pinMessage.clear();
    setStage(Closed);
    emit jobChanged();
}

int Admin::attemptsLeft() const
{
    return m_lock->attemptsLeft();
}

void Admin::refreshLock()
{
    m_lockedSeconds = m_lock->remainingSeconds();
    if (m_lockedSeconds > 0 && m_stage != Closed)
        m_lockTick.start();
    else
        m_lockTick.stop();
    emit pinChanged();
}

void Admin::enterPin(const QString &pin)
{
    if (m_stage != Pin || m_check.isRunning())
        return;
    refreshLock();
    if (m_lockedSeconds > 0)
        return;
    const QByteArray hash = KioskSettings::load(m_parts.services->paths().settingsFile()).pinHash;
    // Argon2id takes ~70 ms and 64 MiB on purpose: never on the UI thread.
    m_check.setFuture(QtConcurrent::run([hash, pin] { return pin::verify(hash, pin); }));
    m_pinMessage = tr("正在核对…");
    emit pinChanged();
}

void Admin::pinChecked()
{
    if (m_stage != Pin)
        return;
    if (m_check.result()) {
        m_lock->recordSuccess();
        m_pinMessage.clear();
        m_parts.services->state().logEvent(QStringLiteral("admin-opened"), QStringLiteral("管理界面已打开"));
        refreshLock();
        setStage(Open);
        return;
    }
    if (m_lock->recordFailure())
        m_pinMessage = tr("密码连续输错 %1 次，密码键盘已锁定 %2 分钟").arg(PinLock::MaxFailures).arg(PinLock::LockSeconds / 60);
    else
        m_pinMessage = tr("密码不正确，还可以再试 %1 次").arg(m_lock->attemptsLeft());
    refreshLock();
}

QVariantMap Admin::status()
{
    const ContentStatus s = contentStatus(*m_parts.services, 12);
    QVariantList counts;
    for (const ContentStatus::Count &c : s.counts)
        counts.append(QVariantMap{{"label", tableLabel(c.table)}, {"rows", c.rows}});
    QStringList links;
    for (const LinkRow &r : s.unverifiedLinks)
        links.append(tr("%1（%2）").arg(r.name, r.link.stateName()));
    QStringList notices;
    for (const ContentStatus::Notice &n : s.expiringNotices)
        notices.append(tr("%1（%2 截止）").arg(n.title, n.expireAt));
    const auto lines = [](const QList<LocalState::Event> &events) {
        QStringList out;
        for (const LocalState::Event &e : events)
            out.append(eventLine(e));
        return out;
    };
    QStringList hidden;
    for (const HiddenNotices::Entry &e : HiddenNotices(m_parts.services->state()).entries())
        hidden.append(tr("%1（%2 起隐藏）").arg(e.title, e.hiddenOn.toString(Qt::ISODate)));
    return {{"version", s.contentVersion}, {"builtAt", readableTime(s.builtAt)}, {"loadedAt", readableTime(s.loadedAt)},
        {"origin", s.origin},
        {"clockWarning",
            s.clockBeforeBuild
                ? tr("本机时钟（%1）早于内容的制作时间，时钟可能不准").arg(s.now.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : QString()},
        {"counts", counts}, {"links", links}, {"notices", notices}, {"mediaFailures", lines(s.mediaFailures)},
        {"printFailures", lines(s.printFailures)}, {"hidden", hidden},
        {"diskFree", s.diskFreeBytes < 0 ? tr("未知") : tr("%1 MB").arg(s.diskFreeBytes / (1024 * 1024))},
        {"events", lines(s.events)}};
}

bool Admin::jobRunning() const
{
    return m_job && m_job->running();
}

int Admin::stepCount() const
{
    return int(ContentJob::importSteps().size());
}

bool Admin::startJob(const QString &kind, bool started)
{
    if (!started)
        return false;
    m_jobKind = kind;
    m_stepIndex = 0;
    m_stepName.clear();
    m_result.clear();
    m_diff.clear();
    emit jobChanged();
    return true;
}

void Admin::ensureJob()
{
    if (m_job)
        return;
    m_job = std::make_unique<ContentJob>(m_parts.contentTool, m_parts.services->paths().root);
    connect(m_job.get(), &ContentJob::stepDone, this, &Admin::stepDone);
    connect(m_job.get(), &ContentJob::finished, this, &Admin::jobFinished);
}

bool Admin::previewPackage(const QString &path)
{
    if (m_stage != Open || jobRunning())
        return false;
    ensureJob();
    m_chosen = {{"path", path}, {"name", QFileInfo(path).fileName()}};
    for (const QVariant &p : std::as_const(m_packages))
        if (p.toMap().value("path").toString() == path)
            m_chosen = p.toMap();
    return startJob(QStringLiteral("diff"), m_job->diff(path));
}

bool Admin::importPackage(const QString &path)
{
    if (m_stage != Open || jobRunning())
        return false;
    ensureJob();
    return startJob(QStringLiteral("import"), m_job->import(path));
}

bool Admin::rollback()
{
    if (m_stage != Open || jobRunning())
        return false;
    ensureJob();
    return startJob(QStringLiteral("rollback"), m_job->rollback());
}

void Admin::clearJob()
{
    if (jobRunning())
        return;
    m_jobKind.clear();
    m_diff.clear();
    m_result.clear();
    m_chosen.clear();
    emit jobChanged();
}

void Admin::stepDone(const QString &step, int index, int)
{
    m_stepIndex = index + 1;
    m_stepName = step;
    emit jobChanged();
}

void Admin::jobFinished(const QJsonObject &result)
{
    if (m_jobKind == QLatin1String("diff")) {
        QVariantList tables;
        int changes = 0;
        for (const QJsonValue &t : result.value("tables").toArray()) {
            const QJsonObject table = t.toObject();
            const auto names = [](const QJsonArray &rows) {
                QStringList out;
                for (const QJsonValue &r : rows)
                    out.append(r.isObject() ? r.toObject().value("name").toString() : r.toString());
                return out;
            };
            const QStringList added = names(table.value("added").toArray());
            const QStringList changed = names(table.value("changed").toArray());
            const QStringList removed = names(table.value("removed").toArray());
            changes += int(added.size() + changed.size() + removed.size());
            if (added.isEmpty() && changed.isEmpty() && removed.isEmpty())
                continue;
            tables.append(QVariantMap{{"label", tableLabel(table.value("table").toString())}, {"added", added},
                {"changed", changed}, {"removed", removed}});
        }
        m_diff = {{"ok", result.value("ok").toBool()}, {"from", result.value("from").toString()},
            {"to", result.value("to").toString()}, {"builtAt", readableTime(result.value("built_at").toString())},
            {"tables", tables}, {"changes", changes}, {"message", result.value("message").toString()},
            {"diagnostics", diagnosticLines(result.value("diagnostics").toArray())}};
    } else {
        const QString outcome = result.value("result").toString();
        m_result = {{"ok", outcome == QLatin1String("done")}, {"result", outcome},
            {"message", result.value("message").toString()}, {"version", result.value("content_version").toString()},
            {"diagnostics", diagnosticLines(result.value("diagnostics").toArray())}};
        if (outcome == QLatin1String("done"))
            m_stepIndex = stepCount();
    }
    m_session.start(); // staff read the outcome from here
    emit jobChanged();
}

QVariantList Admin::notices() const
{
    const QStringList hidden = m_parts.kiosk ? m_parts.kiosk->hiddenNoticeIds() : QStringList();
    QVariantList out;
    QSqlQuery q(m_parts.services->content()->db());
    if (!q.exec(QStringLiteral("SELECT id, title, expire_at FROM notices ORDER BY publish_from DESC, id")))
        return out;
    while (q.next())
        out.append(QVariantMap{{"id", q.value(0)}, {"title", q.value(1)}, {"until", q.value(2)},
            {"hidden", hidden.contains(q.value(0).toString())}});
    return out;
}

bool Admin::setNoticeHidden(const QString &id, bool hidden)
{
    if (m_stage != Open || !m_parts.kiosk)
        return false;
    // Kiosk logs both (notice-hidden, notice-shown) with the notice's title.
    return hidden ? m_parts.kiosk->hideNotice(id) : m_parts.kiosk->unhideNotice(id);
}

QVariantMap Admin::printerInfo()
{
    const ContentStatus s = contentStatus(*m_parts.services, 0);
    QStringList failures;
    for (const LocalState::Event &e : s.printFailures)
        failures.append(eventLine(e));
    const QString target = m_parts.services->settings().printer;
    QString state;
    if (!m_parts.printer || !m_parts.printer->configured())
        state = tr("未配置打印机");
    else if (m_parts.printer->busy())
        state = tr("正在打印");
    else if (m_parts.printer->state() == Printer::Failed)
        state = tr("上次打印失败");
    else
        state = tr("就绪");
    return {{"configured", m_parts.printer && m_parts.printer->configured()}, {"target", target}, {"state", state},
        {"message", m_parts.printer ? m_parts.printer->message() : QString()}, {"failures", failures}};
}

bool Admin::printTestSlip()
{
    if (m_stage != Open || !m_parts.printer)
        return false;
    // A real slip of the first item in use: what residents get, through the same path.
    QSqlQuery q(m_parts.services->content()->db());
    if (!q.exec(QStringLiteral("SELECT id FROM items ORDER BY id LIMIT 1")) || !q.next())
        return false;
    return m_parts.printer->printItem(q.value(0).toString());
}

QVariantMap Admin::settings() const
{
    const KioskSettings s = KioskSettings::load(m_parts.services->paths().settingsFile());
    QVariantList cities;
    for (const QString &code : cityCodes())
        cities.append(QVariantMap{{"code", code}, {"name", cityName(code)}});
    return {{"volume", s.volume}, {"quietHours", s.quietHours}, {"idleTimeout", s.idleTimeoutSeconds}, {"hallName", s.hallName},
        {"cityCode", s.cityCode}, {"cities", cities}};
}

QString Admin::saveSettings(const QVariantMap &changes)
{
    if (m_stage != Open)
        return tr("管理界面未打开");
    QList<SettingChange> edits;
    if (changes.contains("volume")) {
        bool ok = false;
        const int volume = changes.value("volume").toInt(&ok);
        if (!ok || volume < 0 || volume > 100)
            return tr("音量须在 0 到 100 之间");
        edits.append({QStringLiteral("kiosk/volume"), QString::number(volume)});
    }
    if (changes.contains("quietHours")) {
        const QString quiet = changes.value("quietHours").toString().trimmed();
        QTime from, until;
        if (!quiet.isEmpty() && !UiSounds::parseQuietHours(quiet, &from, &until))
            return tr("静音时段须写成 22:00-07:00 的样子，或留空");
        edits.append({QStringLiteral("sound/quiet_hours"), quiet});
    }
    if (changes.contains("idleTimeout")) {
        bool ok = false;
        const int idle = changes.value("idleTimeout").toInt(&ok);
        if (!ok || idle < 15 || idle > 3600)
            return tr("无操作返回时间须在 15 到 3600 秒之间");
        edits.append({QStringLiteral("kiosk/idle_timeout_s"), QString::number(idle)});
    }
    if (changes.contains("hallName")) {
        const QString hall = changes.value("hallName").toString().trimmed();
        if (hall.isEmpty() || hall.size() > 40)
            return tr("大厅名称须为 1 到 40 个字");
        edits.append({QStringLiteral("kiosk/hall_name"), hall});
    }
    if (changes.contains("cityCode")) {
        const QString code = changes.value("cityCode").toString();
        if (!cityCodes().contains(code))
            return tr("城市须为长春、吉林、四平或辽源");
        edits.append({QStringLiteral("kiosk/city"), code});
    }
    if (edits.isEmpty())
        return {};
    QString error;
    if (!updateSettingsFile(m_parts.services->paths().settingsFile(), edits, &error))
        return tr("设置未能保存：%1").arg(error);
    const KioskSettings s = KioskSettings::load(m_parts.services->paths().settingsFile());
    if (m_parts.sounds)
        m_parts.sounds->configure(s.touchSounds, s.volume, s.quietHours);
    if (m_parts.voice)
        m_parts.voice->player()->setVolume(s.volume);
    if (m_parts.visit)
        m_parts.visit->setIdleTimeoutSeconds(s.idleTimeoutSeconds);
    QStringList keys;
    for (const SettingChange &c : edits)
        keys.append(c.key);
    m_parts.services->state().logEvent(
        QStringLiteral("settings-changed"), QStringLiteral("工作人员在管理界面修改了设置"), keys.join(QLatin1Char(' ')));
    emit settingsSaved();
    return {};
}

void Admin::leaveKioskMode()
{
    if (m_stage != Open)
        return;
    m_parts.services->state().logEvent(QStringLiteral("admin-leave"), QStringLiteral("工作人员退出了自助机模式"));
    // INVOCATION_ID is set by systemd for the processes of a unit it started.
    if (qEnvironmentVariableIsEmpty("INVOCATION_ID")) {
        emit quitRequested();
        return;
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.systemd1"), QStringLiteral("/org/freedesktop/systemd1"),
            QStringLiteral("org.freedesktop.systemd1.Manager"), QStringLiteral("StopUnit"));
    call << QString::fromLatin1(kKioskUnit) << QStringLiteral("replace");
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError()) {
            qCWarning(lcSystem).noquote() << "StopUnit refused:" << reply.error().message();
            emit leaveFailed(tr("系统没有允许停止自助机服务（%1）。请联系运维人员。").arg(reply.error().message()));
            return;
        }
        // systemd now stops the unit (SIGTERM), which ends the kiosk cleanly.
    });
}

} // namespace tongban
