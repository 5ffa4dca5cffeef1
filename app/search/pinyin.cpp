#include "pinyin.h"

#include "pinyindata.h"
#include "variantsdata.h"

#include <algorithm>

namespace tongban::pinyin {

int syllableCount()
{
    return data::syllableCount;
}

QByteArray syllable(int id)
{
    return id >= 0 && id < data::syllableCount ? QByteArray(data::syllables[id]) : QByteArray();
}

int syllableId(QByteArrayView s)
{
    const auto *begin = data::syllables, *end = data::syllables + data::syllableCount;
    const auto it = std::lower_bound(begin, end, s, [](const char *a, QByteArrayView b) { return QByteArrayView(a) < b; });
    return it != end && QByteArrayView(*it) == s ? int(it - begin) : -1;
}

std::span<const uint16_t> readings(char32_t cp)
{
    const auto *begin = data::codepoints, *end = data::codepoints + data::charCount;
    const auto it = std::lower_bound(begin, end, uint32_t(cp));
    if (it == end || *it != cp)
        return {};
    const uint16_t set = data::charSet[it - begin];
    return {data::setSyllables + data::setOffsets[set], data::setSyllables + data::setOffsets[set + 1]};
}

std::span<const char32_t> simplified(char32_t cp)
{
    const auto *begin = data::traditional, *end = data::traditional + data::traditionalCount;
    const auto it = std::lower_bound(begin, end, cp);
    if (it == end || *it != cp)
        return {};
    const auto at = it - begin;
    return {data::simplified + data::simplifiedOffsets[at], data::simplified + data::simplifiedOffsets[at + 1]};
}

QString toneless(QStringView text)
{
    const QString d = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (qsizetype i = 0; i < d.size(); ++i) {
        const QChar c = d.at(i);
        if (c == QChar(0x0308) && !out.isEmpty() && out.back() == QLatin1Char('u')) {
            out.back() = QLatin1Char('v');
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toLower());
    }
    return out;
}

} // namespace tongban::pinyin
