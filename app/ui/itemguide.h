#pragma once

#include <QObject>
#include <QQmlParserStatus>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "contentstore.h"
#include "itemdetail.h"
#include "terms.h"

namespace tongban {

// The item guide screen's data: one item's fields as display text in PRODUCT.md's order.
// An empty string means "not stated": the view leaves the field out, and unknownLine names
// all of them in one line. The QR code opens the item's verified deep link, else the portal
// of the kiosk's city (ItemLink), under UrlPolicy::current().
class ItemGuide : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tongban::ContentStore *store READ store WRITE setStore NOTIFY changed REQUIRED)
    Q_PROPERTY(QString kioskCityCode READ kioskCityCode WRITE setKioskCityCode NOTIFY changed)
    Q_PROPERTY(QString itemId READ itemId WRITE setItemId NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString department READ department NOTIFY changed)
    Q_PROPERTY(QString cities READ cities NOTIFY changed)
    Q_PROPERTY(QString mode READ mode NOTIFY changed)
    Q_PROPERTY(QString online READ online NOTIFY changed)
    Q_PROPERTY(QString offline READ offline NOTIFY changed)
    Q_PROPERTY(QString conditions READ conditions NOTIFY changed)
    Q_PROPERTY(QVariantList materials READ materials NOTIFY changed)
    Q_PROPERTY(QString promised READ promised NOTIFY changed)
    Q_PROPERTY(QString statutory READ statutory NOTIFY changed)
    Q_PROPERTY(QString fee READ fee NOTIFY changed)
    Q_PROPERTY(QString visits READ visits NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString statusSource READ statusSource NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString url READ url NOTIFY changed)
    Q_PROPERTY(QString urlHost READ urlHost NOTIFY changed)
    Q_PROPERTY(QString qrCaption READ qrCaption NOTIFY changed)
    Q_PROPERTY(bool deepLink READ deepLink NOTIFY changed)
    Q_PROPERTY(QString unknownLine READ unknownLine NOTIFY changed)

public:
    explicit ItemGuide(QObject *parent = nullptr);

    ContentStore *store() const { return m_store; }
    void setStore(ContentStore *store);
    // The city of this kiosk's hall, for homeCityNote().
    QString kioskCityCode() const { return m_kioskCity; }
    void setKioskCityCode(const QString &code);
    QString itemId() const { return m_id; }
    void setItemId(const QString &id);
    bool found() const { return m_item.has_value(); }
    QString name() const { return m_item ? m_item->name : QString(); }
    QString department() const { return m_item ? m_item->departmentName : QString(); }
    QString cities() const;
    QString mode() const { return m_item ? term(m_item->mode) : QString(); }
    QString online() const;
    QString offline() const;
    QString conditions() const { return m_item ? m_item->conditions : QString(); }
    QVariantList materials() const;
    QString promised() const { return m_item ? m_item->promisedText() : QString(); }
    QString statutory() const { return m_item ? m_item->statutoryText() : QString(); }
    QString fee() const { return m_item ? m_item->feeText() : QString(); }
    QString visits() const { return m_item ? m_item->visitsText() : QString(); }
    QString status() const { return m_item ? m_item->status : QString(); }
    QString statusText() const { return m_item ? m_item->statusText() : QString(); }
    QString statusSource() const { return m_item ? m_item->statementSource : QString(); }
    QString phone() const { return m_item ? m_item->phone : QString(); }
    QString url() const { return m_item ? m_link.url : QString(); }
    QString urlHost() const;
    QString qrCaption() const { return m_item ? m_item->qrCaption(m_link) : QString(); }
    bool deepLink() const { return m_item && m_link.deep(); }
    QString unknownLine() const { return m_item ? ItemDetail::unknownLine(m_item->unknownFields()) : QString(); }

    // What changes for a resident of `homeCityCode` at this hall, from the item's 通办模式.
    Q_INVOKABLE QString homeCityNote(const QString &homeCityCode) const;
    static QString homeCityNote(const ItemDetail &item, const QString &hereCode, const QString &homeCode);

signals:
    void changed();
    // An item was loaded for a new itemId (not on a content reload): a guide a resident opened.
    void opened(const QString &itemId);

protected:
    // The texts built here (dated status, home-city note…) follow the visit's language.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void resolveLink();

    ContentStore *m_store = nullptr;
    QString m_kioskCity;
    QString m_id;
    QString m_openedId;
    std::optional<ItemDetail> m_item;
    ItemLink m_link;
};

} // namespace tongban
