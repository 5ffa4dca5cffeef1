#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tongban {

class UrlPolicy;

// The link an item's QR code opens (package format v2, docs/content-package.md). An item may
// carry a deep link to its own 吉事办 page — a links.csv template filled with its codes, or a
// literal URL — and a record of who checked it on a phone, and when. Only a deep link whose
// check is younger than the kiosk's [urls] verified_max_age_days is drawn; every other item
// opens the portal page of the kiosk's city, and the caption tells the resident to search.
struct ItemLink
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ItemLink)

public:
    enum class State {
        None, // no deep link: the portal
        Unverified, // a deep link nobody has checked: the portal
        Expired, // checked longer ago than the kiosk allows: the portal
        Refused, // the filled-in link fails the kiosk's URL policy now: the portal
        Verified, // the deep link
    };

    // What the package says about one item's link.
    struct Input
    {
        QString name; // the item's name, for {name}
        QString taskCode; // 实施编码
        QString handleCode; // 业务办理项编码
        QString templateId; // links.csv id, empty: none
        QString pattern; // that template's pattern
        QString literal; // items.csv url, when no template is named
        QString verifiedAt; // ISO date, empty: not verified
        QString verifiedBy;
    };

    State state = State::None;
    QString deepUrl; // the item's own link, filled in; empty: none (or it could not be filled)
    QString url; // what the QR code opens: deepUrl when Verified, else the portal
    QString templateId;
    QString verifiedAt;
    QString verifiedBy;
    int ageDays = -1; // days since the check, by the content's day (clock rule); -1: no check
    QString problem; // Refused: why

    bool deep() const { return state == State::Verified; }
    // verified / unverified / expired / refused / none: for `tongban-content links`.
    QString stateName() const;

    // Decides what an item's QR opens on `today` (ContentStore::today(): the clock rule) at a
    // kiosk of city `areaCode`, under `policy` (allowlist, portal, maximum age).
    static ItemLink resolve(const Input &in, const QString &areaCode, const QDate &today, const UrlPolicy &policy);
    // The portal page for `areaCode`.
    static QString portal(const UrlPolicy &policy, const QString &areaCode);

    // The placeholders a template may use: {task_code} {handle_code} {area} {name}.
    static const QStringList &placeholders();
    // `pattern` with each {placeholder} replaced by its value from `values`, percent-encoded
    // (everything but RFC 3986's unreserved characters). Empty with `error` set when a
    // placeholder is unknown or unclosed, or its value is empty.
    static QString fill(const QString &pattern, const QHash<QString, QString> &values, QString *error);
    // The values of an item's placeholders.
    static QHash<QString, QString> values(const Input &in, const QString &areaCode);
};

} // namespace tongban
