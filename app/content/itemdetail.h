#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

#include "itemlink.h"

namespace tongban {

// What residents are told when a field is not stated: never an invented answer.
inline QString askText()
{
    return QCoreApplication::translate("tongban::ItemDetail", "以吉事办页面或窗口告知为准");
}

struct Material
{
    int seq = 0;
    QString name;
    std::optional<bool> required;
    QString form;
    std::optional<int> copies;
    QString note;
};

// One service item with everything the guide screen and the printed slip show. Loaded in
// one go from the content store; the text helpers are shared so screen and paper agree.
struct ItemDetail
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ItemDetail)

public:
    QString id;
    QString name;
    QString departmentId;
    QString departmentName;
    QStringList cityCodes; // in the circle's order
    QStringList cityNames;
    QStringList themeNames;
    QString mode; // 通办模式, empty: not stated
    QString approver;
    QStringList onlineChannels;
    QStringList offlineChannels;
    QString conditions;
    std::optional<int> statutoryLimit;
    QString statutoryUnit;
    std::optional<int> promisedLimit;
    QString promisedUnit;
    std::optional<bool> feeCharged;
    QString fee;
    std::optional<int> visits;
    QString status; // 在办 / 即将开通 / 已停办
    QString batch;
    QString startDate;
    QString planned;
    QString statementDate;
    QString statementSource; // title of the source the statement was made in
    QString phone;
    ItemLink::Input link; // deep link, template, codes and verification (format v2)
    QString keywords;
    QString source;
    QList<Material> materials;

    static std::optional<ItemDetail> load(const QSqlDatabase &db, const QString &id);

    // What the QR code opens at a kiosk of `areaCode` on `today` (ContentStore::today()).
    ItemLink resolveLink(const QString &areaCode, const QDate &today, const UrlPolicy &policy) const
    {
        return ItemLink::resolve(link, areaCode, today, policy);
    }
    // "手机扫码，在吉事办办理" for a verified deep link; for the portal,
    // "扫码打开吉事办，搜索「事项名」".
    QString qrCaption(const ItemLink &resolved) const;
    // The guide's fields the content does not state, by their names on screen (translated),
    // in the guide's order: 通办方式、受理条件、需要带的材料、办理时限、收费、到现场次数、咨询电话.
    QStringList unknownFields() const;
    // "以下信息请以吉事办页面或窗口告知为准：A、B、C"; empty for no names.
    static QString unknownLine(const QStringList &fieldNames);
    // "5 个工作日", "即办件"; empty when not stated.
    static QString limitText(const std::optional<int> &limit, const QString &unit);
    QString promisedText() const { return limitText(promisedLimit, promisedUnit); }
    QString statutoryText() const { return limitText(statutoryLimit, statutoryUnit); }
    QString feeText() const; // 不收费 / 收费：… / empty
    QString visitsText() const; // 零跑动 / 最多跑一次 / 到现场 N 次 / empty
    // The dated statement behind the status, e.g. "据 2026年4月13日消息：6月底前推出".
    QString statusText() const;
    QString materialText(const Material &m) const; // "原件 1 份 · 必需"
};

} // namespace tongban
