#pragma once

#include <QList>
#include <QString>

#include "toolcommands.h"

namespace tongban::tool {

// `tongban-content links [--csv] [--qr DIR]`: every item's deep link (template filled in, or
// literal), its template, its verification state and age, and what the kiosk's QR opens
// today; --qr writes DIR/<item id>.png of each deep link, for checking them on a phone in one
// sitting before filling in url_verified_at / url_verified_by.
int links(const Context &c);

} // namespace tongban::tool
