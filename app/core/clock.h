#pragma once

#include <QDateTime>

namespace tongban {

// The kiosk's idea of "now". The kiosk has no time server, so tests (and the tour) can pin
// it; everything that filters by date asks here instead of QDateTime directly.
class Clock
{
public:
    static QDateTime now();
    static void setOverride(const QDateTime &fixed); // invalid: the system clock again
};

} // namespace tongban
