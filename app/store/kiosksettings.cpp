#include "kiosksettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace tongban {

KioskSettings KioskSettings::load(const QString &file, QString *error)
{
    KioskSettings s;
    if (!QFileInfo::exists(file)) {
        s.save(file, error);
        return s;
    }
    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        if (error)
            *error = QStringLiteral("无法读取设置文件 %1").arg(file);
        return s;
    }
    s.hallName = ini.value("kiosk/hall_name", s.hallName).toString();
    const QString code = tongban::cityCode(ini.value("kiosk/city", s.cityCode).toString());
    if (!code.isEmpty())
        s.cityCode = code;
    else if (error)
        *error = QStringLiteral("设置文件中的城市不是长春、吉林、四平、辽源之一");
    s.urlAllowlist = ini.value("urls/allowlist", s.urlAllowlist).toStringList();
    s.portal = ini.value("urls/portal", s.portal).toString().trimmed();
    bool isNumber = false;
    const int maxAge = ini.value("urls/verified_max_age_days", s.verifiedMaxAgeDays).toInt(&isNumber);
    if (isNumber && maxAge >= 0)
        s.verifiedMaxAgeDays = qMin(maxAge, 36500);
    else if (error)
        *error = QStringLiteral("设置文件中的 verified_max_age_days 不是非负整数，已按 %1 天").arg(s.verifiedMaxAgeDays);
    s.publicKey = ini.value("content/public_key").toString();
    s.printer = ini.value("printer/name").toString();
    s.paper = ini.value("printer/paper", s.paper).toString();
    s.idleTimeoutSeconds = qBound(15, ini.value("kiosk/idle_timeout_s", s.idleTimeoutSeconds).toInt(), 3600);
    s.volume = qBound(0, ini.value("kiosk/volume", s.volume).toInt(), 100);
    s.fleetInbox = ini.value("fleet/inbox").toString();
    s.fleetOutbox = ini.value("fleet/outbox").toString();
    s.kioskId = ini.value("fleet/kiosk_id").toString();
    s.fleetPollSeconds = qBound(1, ini.value("fleet/poll_s", s.fleetPollSeconds).toInt(), 3600);
    s.fleetStatusSeconds = qBound(1, ini.value("fleet/status_s", s.fleetStatusSeconds).toInt(), 86400);
    s.touchSounds = ini.value("sound/touch_sounds", s.touchSounds).toBool();
    s.quietHours = ini.value("sound/quiet_hours", s.quietHours).toString();
    s.pinHash = ini.value("admin/pin_hash").toString().toLatin1();
    if (ini.contains("admin/media_roots")) {
        // A value with commas reaches us as a list: join it back before splitting on ':'.
        const QString roots = ini.value("admin/media_roots").toStringList().join(QLatin1Char(':'));
        QStringList list;
        for (const QString &root : roots.split(QLatin1Char(':'), Qt::SkipEmptyParts))
            if (!root.trimmed().isEmpty())
                list.append(QDir::cleanPath(root.trimmed()));
        s.mediaRoots = list;
    }
    return s;
}

bool KioskSettings::save(const QString &file, QString *error) const
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSettings ini(file, QSettings::IniFormat);
    ini.setValue("kiosk/hall_name", hallName);
    ini.setValue("kiosk/city", cityCode);
    ini.setValue("kiosk/idle_timeout_s", idleTimeoutSeconds);
    ini.setValue("kiosk/volume", volume);
    ini.setValue("sound/touch_sounds", touchSounds);
    ini.setValue("sound/quiet_hours", quietHours);
    ini.setValue("urls/allowlist", urlAllowlist);
    ini.setValue("urls/portal", portal);
    ini.setValue("urls/verified_max_age_days", verifiedMaxAgeDays);
    ini.setValue("content/public_key", publicKey);
    ini.setValue("printer/name", printer);
    ini.setValue("printer/paper", paper);
    if (!fleetInbox.isEmpty() || !fleetOutbox.isEmpty() || !kioskId.isEmpty()) {
        ini.setValue("fleet/inbox", fleetInbox);
        ini.setValue("fleet/outbox", fleetOutbox);
        ini.setValue("fleet/kiosk_id", kioskId);
    }
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (error)
            *error = QStringLiteral("无法写入设置文件 %1").arg(file);
        return false;
    }
    return true;
}

} // namespace tongban
