#pragma once

#include <QList>
#include <QString>

#include "itemlink.h"
#include "toolcommands.h"

namespace tongban {
class Services;
}

namespace tongban::tool {

// One item's link as the kiosk of these settings resolves it today (clock rule).
struct LinkRow
{
    QString id;
    QString name;
    ItemLink link;
};
QList<LinkRow> itemLinks(Services &services);

// `tongban-content links [--csv] [--qr DIR]`: every item's deep link (template filled in, or
// literal), its template, its verification state and age, and what the kiosk's QR opens
// today; --qr writes DIR/<item id>.png of each deep link, for checking them on a phone in one
// sitting before filling in url_verified_at / url_verified_by.
int links(const Context &c);

} // namespace tongban::tool
