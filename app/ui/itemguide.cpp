#include "itemguide.h"

#include "cities.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QEvent>
#include <QUrl>

namespace tongban {

ItemGuide::ItemGuide(QObject *parent) : QObject(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool ItemGuide::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        emit changed();
    return false;
}

void ItemGuide::setStore(ContentStore *store)
{
    if (followStore(m_store, store, this, &ItemGuide::load))
        load();
}

void ItemGuide::setKioskCityCode(const QString &code)
{
    if (code == m_kioskCity)
        return;
    m_kioskCity = code;
    resolveLink();
    emit changed();
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
    m_item = m_store && !m_id.isEmpty() ? ItemDetail::load(m_store->db(), m_id) : std::nullopt;
    resolveLink();
    emit changed();
    if (m_item && m_openedId != m_id) {
        m_openedId = m_id;
        emit opened(m_id);
    }
}

void ItemGuide::resolveLink()
{
    m_link = m_item && m_store ? m_item->resolveLink(m_kioskCity, m_store->today(), UrlPolicy::current()) : ItemLink();
}

QString ItemGuide::cities() const
{
    if (!m_item)
        return {};
    QStringList names;
    for (const QString &name : m_item->cityNames)
        names.append(term(name));
    return names.join(tr("、"));
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
    return m_item ? QUrl(m_link.url).host() : QString();
}

QString ItemGuide::homeCityNote(const QString &homeCityCode) const
{
    if (!m_item)
        return {};
    return homeCityNote(*m_item, m_kioskCity, homeCityCode);
}

QString ItemGuide::homeCityNote(const ItemDetail &item, const QString &hereCode, const QString &homeCode)
{
    if (homeCode.isEmpty() || homeCode == hereCode)
        return {};
    const QString home = term(cityName(homeCode)), here = term(cityName(hereCode));
    if (!item.cityCodes.contains(homeCode))
        return tr("本事项的通办范围未列明%1，能否在本大厅办理，%2。").arg(home, askText());
    QString note;
    if (item.mode == QStringLiteral("全程网办"))
        note = tr("%1居民可在吉事办全程网上办理，无需到窗口；需要帮助可到本大厅通办窗口。").arg(home);
    else if (item.mode == QStringLiteral("异地受理、属地审批"))
        note = tr("本大厅（%1）通办窗口可以受理，由%2的主管部门审批（异地受理、属地审批）。").arg(here, home);
    else if (item.mode == QStringLiteral("代收代办"))
        note = tr("本大厅可代收材料，转交%1办理（代收代办）。").arg(home);
    else if (item.mode == QStringLiteral("多地联办"))
        note = tr("由%1与%2的部门联合办理（多地联办），可在本大厅通办窗口提出申请。").arg(here, home);
    else
        note = tr("本事项的通办范围包括%1；受理和审批方式%2。").arg(home, askText());
    if (!item.approver.isEmpty())
        note += tr("审批单位：%1。").arg(item.approver);
    return note;
}

} // namespace tongban
