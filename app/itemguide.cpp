#include "itemguide.h"

#include "contentstore.h"
#include "kiosk.h"
#include "kiosksettings.h"
#include "services.h"

#include <QUrl>

namespace tongban {

ItemGuide::ItemGuide(QObject *parent) : QObject(parent)
{
    if (Kiosk::instance())
        connect(Kiosk::instance(), &Kiosk::contentChanged, this, &ItemGuide::load);
}

void ItemGuide::setItemId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    load();
}

void ItemGuide::load()
{
    Kiosk *kiosk = Kiosk::instance();
    m_item = kiosk && !m_id.isEmpty() ? ItemDetail::load(kiosk->store()->db(), m_id) : std::nullopt;
    if (m_item)
        kiosk->services()->state().countUsage(QStringLiteral("item-opened"), m_id);
    emit changed();
}

QString ItemGuide::cities() const
{
    return m_item ? m_item->cityNames.join(QStringLiteral("、")) : QString();
}

QString ItemGuide::online() const
{
    return m_item ? m_item->onlineChannels.join(QStringLiteral("；")) : QString();
}

QString ItemGuide::offline() const
{
    return m_item ? m_item->offlineChannels.join(QStringLiteral("；")) : QString();
}

QVariantList ItemGuide::materials() const
{
    QVariantList out;
    if (!m_item)
        return out;
    for (const Material &m : m_item->materials)
        out.append(QVariantMap{{"name", m.name}, {"detail", m_item->materialText(m)}});
    return out;
}

QString ItemGuide::urlHost() const
{
    return m_item ? QUrl(m_item->url).host() : QString();
}

QString ItemGuide::homeCityNote(const QString &homeCityCode) const
{
    if (!m_item || !Kiosk::instance())
        return {};
    return homeCityNote(*m_item, Kiosk::instance()->cityCode(), homeCityCode);
}

QString ItemGuide::homeCityNote(const ItemDetail &item, const QString &hereCode, const QString &homeCode)
{
    if (homeCode.isEmpty() || homeCode == hereCode)
        return {};
    const QString home = cityName(homeCode), here = cityName(hereCode);
    if (!item.cityCodes.contains(homeCode))
        return QStringLiteral("本事项的通办范围未列明%1，能否在本大厅办理，%2。").arg(home, askText());
    QString note;
    if (item.mode == QStringLiteral("全程网办"))
        note = QStringLiteral("%1居民可在吉事办全程网上办理，无需到窗口；需要帮助可到本大厅通办窗口。").arg(home);
    else if (item.mode == QStringLiteral("异地受理、属地审批"))
        note = QStringLiteral("本大厅（%1）通办窗口可以受理，由%2的主管部门审批（异地受理、属地审批）。").arg(here, home);
    else if (item.mode == QStringLiteral("代收代办"))
        note = QStringLiteral("本大厅可代收材料，转交%1办理（代收代办）。").arg(home);
    else if (item.mode == QStringLiteral("多地联办"))
        note = QStringLiteral("由%1与%2的部门联合办理（多地联办），可在本大厅通办窗口提出申请。").arg(here, home);
    else
        note = QStringLiteral("本事项的通办范围包括%1；受理和审批方式%2。").arg(home, askText());
    if (!item.approver.isEmpty())
        note += QStringLiteral("审批单位：%1。").arg(item.approver);
    return note;
}

} // namespace tongban
