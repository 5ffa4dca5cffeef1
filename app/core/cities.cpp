#include "cities.h"

namespace tongban {

namespace {
constexpr City kCities[] = {
    {u"220100", u"长春"},
    {u"220200", u"吉林"},
    {u"220300", u"四平"},
    {u"220400", u"辽源"},
};
} // namespace

QString cityName(const QString &code)
{
    for (const City &c : kCities)
        if (code == QStringView(c.code))
            return QString::fromUtf16(c.name);
    return {};
}

QString cityCode(const QString &nameOrCode)
{
    const QString s = nameOrCode.trimmed();
    for (const City &c : kCities) {
        const QString name = QString::fromUtf16(c.name);
        if (s == QStringView(c.code) || s == name || s == name + u'市')
            return QString::fromUtf16(c.code);
    }
    return {};
}

QStringList cityCodes()
{
    QStringList out;
    for (const City &c : kCities)
        out.append(QString::fromUtf16(c.code));
    return out;
}

} // namespace tongban
