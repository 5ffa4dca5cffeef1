#pragma once

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace tongban {

class Services;

// Everything printed on an item's guide slip, gathered on the main thread (the content
// store's connection lives there) so the print thread only lays out and sends. Fields the
// content does not state carry askText(): never an invented answer.
struct Slip
{
    struct Material
    {
        QString name;
        QString detail; // "原件 1 份 · 必需 · 备注", may be empty
    };

    QString hallName;
    QString itemId;
    QString itemName;
    QString departmentName;
    QList<Material> materials; // empty: the slip prints askText() instead
    QStringList where; // windows of the kiosk's hall and the item's offline channels
    QString hours;
    QString promised;
    QString url;
    QString urlHost;
    QString qrCaption;
    QImage qr; // one pixel per module, no quiet zone; null when the URL is refused
    QString qrError;
    QString contentDate; // 2026年3月1日
    QString contentVersion;
    QDateTime printedAt;

    // Null with `error` set when the item is not in the content.
    static std::optional<Slip> forItem(Services &services, const QString &itemId, QString *error = nullptr);

    QString printedAtText() const;
};

} // namespace tongban
