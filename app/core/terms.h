#pragma once

#include <QString>

namespace tongban {

// The fixed vocabulary content uses as values (通办模式, status, time-limit units, notice
// categories, window kinds, city names), as the resident's language shows it. Content keeps
// the Chinese value; only its display is translated. Unknown values are returned as they are.
QString term(const QString &value);

} // namespace tongban
