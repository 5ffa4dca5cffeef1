#pragma once

#include <QString>
#include <QStringList>

#include "cities.h"
#include "urlpolicy.h"

namespace tongban {

// The kiosk settings store: an INI file written by the installer or staff, never by a content
// package. Missing keys fall back to defaults; a missing file is created with them so staff
// have something to edit.
struct KioskSettings
{
    QString hallName = QStringLiteral("长春市政务中心");
    QString cityCode = QStringLiteral("220100");
    QStringList urlAllowlist = {QStringLiteral("zwfw.jl.gov.cn")};
    QString portal = QString::fromLatin1(UrlPolicy::DefaultPortal); // [urls] portal, {area}: the city code
    int verifiedMaxAgeDays = 365; // [urls] verified_max_age_days
    QString publicKey; // base64 ed25519; empty: unsigned packages accepted
    QString printer; // CUPS name, "pdf:PATH" or "escpos:DEVICE"; empty: none
    QString paper = QStringLiteral("80mm");
    int idleTimeoutSeconds = 60;
    int volume = 70; // sounds and the readout, 0…100
    bool touchSounds = true; // the touch and page-change sounds
    QString quietHours; // no touch sounds then, e.g. "22:00-07:00"; empty: none
    // [fleet]: folders Syncthing fills (inbox, receive-only) and sends (outbox, send-only);
    // empty: no fleet. kiosk_id names this kiosk in the office's report (default: host name).
    QString fleetInbox;
    QString fleetOutbox;
    QString kioskId;
    int fleetPollSeconds = 5; // how often the inbox is looked at
    int fleetStatusSeconds = 300; // how often status.json is rewritten (and after each import)
    // [admin] pin_hash: the admin PIN as an Argon2id hash (`tongban-content set-pin`); empty:
    // no PIN set, and the admin screen cannot be opened. There is no default PIN.
    QByteArray pinHash;
    // [admin] media_roots, colon-separated: where a USB stick is looked for when udisks2 is not
    // on the system bus (a developer's PC, tests); each root and two levels of folders below it
    // (/media/USER/LABEL) are scanned. With udisks2 the sticks are found and mounted through it.
    QStringList mediaRoots = {QStringLiteral("/media"), QStringLiteral("/run/media"), QStringLiteral("/mnt")};

    bool hasPin() const { return !pinHash.isEmpty(); }

    UrlPolicy urlPolicy() const
    {
        UrlPolicy policy(urlAllowlist);
        policy.setPortal(portal);
        policy.setVerifiedMaxAgeDays(verifiedMaxAgeDays);
        return policy;
    }

    static KioskSettings load(const QString &file, QString *error = nullptr);
    bool save(const QString &file, QString *error = nullptr) const;
};

} // namespace tongban
