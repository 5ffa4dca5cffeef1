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
// content does not state are left out and named once in unknownLine(): never an invented
// answer.
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
    QList<Material> materials; // empty: not stated
    QStringList where; // windows of the kiosk's hall and the item's offline channels
    QString hours; // empty: not stated
    QString promised; // empty: not stated
    QStringList unknown; // the slip's fields not stated: 所需材料、办理窗口、办公时间、承诺办结时限
    QString url; // the verified deep link, or the portal of the kiosk's city
    bool deepLink = false;
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
    // "以下信息请以吉事办页面或窗口告知为准：…" naming `unknown`; empty when all are stated.
    QString unknownLine() const;
};

} // namespace tongban
