#pragma once

#include <QString>
#include <QStringList>

namespace tongban {

// The circle's four cities (GB/T 2260 codes), fixed by the product, not by content.
struct City
{
    const char16_t *code;
    const char16_t *name;
};
QString cityName(const QString &code);
QString cityCode(const QString &nameOrCode);
QStringList cityCodes();

} // namespace tongban
