#include "slip.h"

#include "clock.h"
#include "contentstore.h"
#include "dates.h"
#include "itemdetail.h"
#include "qrimage.h"
#include "services.h"

#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace tongban {

namespace {

struct HallInfo
{
    QStringList windows;
    QString hours;
};

// The kiosk's own hall is the content hall whose name is the one in the kiosk settings
// (in the kiosk's city when names repeat). Its 通办 and 帮办代办 windows are where a resident
// goes with the slip; without a match the slip says nothing it cannot back up.
std::optional<HallInfo> kioskHall(const QSqlDatabase &db, const KioskSettings &settings)
{
    QSqlQuery hall(db);
    hall.prepare(QStringLiteral("SELECT id, address, hours FROM halls WHERE name = ? ORDER BY city_code = ? DESC LIMIT 1"));
    hall.addBindValue(settings.hallName);
    hall.addBindValue(settings.cityCode);
    if (!hall.exec() || !hall.next())
        return std::nullopt;
    HallInfo info;
    const QString hallId = hall.value(0).toString();
    const QString address = hall.value(1).toString();
    const QString hallHours = hall.value(2).toString();
    if (!address.isEmpty())
        info.windows.append(QStringLiteral("地址：%1").arg(address));

    QSqlQuery windows(db);
    windows.prepare(QStringLiteral("SELECT kind, name, location, hours FROM windows WHERE hall_id = ? "
                                   "AND kind IN ('通办窗口', '帮办代办') ORDER BY kind = '通办窗口' DESC, rowid"));
    windows.addBindValue(hallId);
    windows.exec();
    QStringList windowHours;
    while (windows.next()) {
        const QString kind = windows.value(0).toString();
        const QString name = windows.value(1).toString();
        const QString location = windows.value(2).toString();
        const QString hours = windows.value(3).toString();
        QString line = name.contains(kind) ? name : QStringLiteral("%1：%2").arg(kind, name);
        if (!location.isEmpty())
            line += QStringLiteral("（%1）").arg(location);
        info.windows.append(line);
        if (!hours.isEmpty())
            windowHours.append(QStringLiteral("%1 %2").arg(name, hours));
    }
    info.hours = !hallHours.isEmpty() ? hallHours : windowHours.join(QStringLiteral("；"));
    return info;
}

} // namespace

std::optional<Slip> Slip::forItem(Services &services, const QString &itemId, QString *error)
{
    ContentStore *store = services.content();
    const std::optional<ItemDetail> item = store ? ItemDetail::load(store->db(), itemId) : std::nullopt;
    if (!item) {
        if (error)
            *error = QStringLiteral("内容中没有编号为「%1」的事项").arg(itemId);
        return std::nullopt;
    }
    Slip slip;
    slip.hallName = services.settings().hallName;
    slip.itemId = item->id;
    slip.itemName = item->name;
    slip.departmentName = item->departmentName;
    for (const tongban::Material &m : item->materials)
        slip.materials.append({m.name, item->materialText(m)});

    const std::optional<HallInfo> hall = kioskHall(store->db(), services.settings());
    if (hall)
        slip.where = hall->windows;
    for (const QString &channel : item->offlineChannels)
        slip.where.append(QStringLiteral("线下办理：%1").arg(channel));
    slip.hours = hall ? hall->hours : QString();
    slip.promised = item->promisedText();
    // The slip is printed in Chinese, whatever the screen's language.
    if (slip.materials.isEmpty())
        slip.unknown.append(QStringLiteral("所需材料"));
    if (slip.where.isEmpty())
        slip.unknown.append(QStringLiteral("办理窗口"));
    if (slip.hours.isEmpty())
        slip.unknown.append(QStringLiteral("办公时间"));
    if (slip.promised.isEmpty())
        slip.unknown.append(QStringLiteral("承诺办结时限"));

    const UrlPolicy policy = services.settings().urlPolicy();
    const ItemLink link = item->resolveLink(services.settings().cityCode, store->today(), policy);
    slip.url = link.url;
    slip.deepLink = link.deep();
    slip.qr = encodeQr(link.url, policy, &slip.qrError);
    if (!slip.qr.isNull()) {
        slip.urlHost = QUrl(link.url).host();
        slip.qrCaption = item->qrCaption(link);
    }
    slip.contentDate = displayDate(store->builtAt().date());
    slip.contentVersion = store->contentVersion();
    slip.printedAt = Clock::now();
    return slip;
}

QString Slip::unknownLine() const
{
    return unknown.isEmpty() ? QString()
                             : QStringLiteral("以下信息请以吉事办页面或窗口告知为准：%1").arg(unknown.join(QStringLiteral("、")));
}

QString Slip::printedAtText() const
{
    return displayDateTime(printedAt);
}

} // namespace tongban
