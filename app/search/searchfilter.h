#pragma once

// Internal to the search engine: what a field's masks and pairs allow, before its tokens are
// read. Inline, as every pass asks them of every entry it looks at.
#include "searchdata.h"

#include <algorithm>

namespace tongban::search {

// More than `n` bits set (n is 1 or 2; no popcount instruction on the baseline x86-64).
inline bool moreThan(uint64_t bits, int n)
{
    for (int i = 0; i < n && bits; ++i)
        bits &= bits - 1;
    return bits != 0;
}

// Typo tolerance looks at typed pinyin of this many letters at most.
constexpr int TypoMaxLetters = 32;

// What the field's masks and pairs allow, before its tokens are read.
inline bool walkable(const Data &data, uint32_t f, const Units &units, bool fuzzy, bool apart)
{
    const FieldKey &field = data.keys[f];
    const int size = int(units.size());
    if (field.tokenCount == 0 || size == 0 || size > field.maxLetters)
        return false;
    const uint64_t letters = fuzzy ? field.fuzzyLetterMask : field.letterMask;
    if ((units.letterMask & ~letters) || (units.charMask & ~field.charMask))
        return false;
    if (!units.exact[0] && !((fuzzy ? field.fuzzyFirstMask : field.firstMask) & letterBit(units.units[0])))
        return false;
    const Pairs &pairs = fuzzy ? data.pairs[f].fuzzy : data.pairs[f].plain;
    for (const uint8_t bit : apart ? units.apartPairs : units.pairs)
        if (!pairs.has(bit))
            return false;
    return true;
}

inline bool typoPossible(const Data &data, uint32_t f, const Query &query)
{
    const int m = int(query.typed.size());
    const FieldKey &field = data.keys[f];
    if (m < 4 || m > TypoMaxLetters || field.tokenCount == 0 || m > field.maxLetters + 1)
        return false;
    // Letters: at most one not in the text; the first must be a first letter.
    if (moreThan(query.plain.letterMask & ~field.letterMask, 1) || !(field.firstMask & letterBit(query.typed[0])))
        return false;
    // Letter pairs: an edit breaks at most three, side by side (a swap: the pair before, the
    // swapped one and the pair after).
    const Pairs &bigrams = data.bigrams[f];
    int firstMissing = -1;
    for (int k = 0; k + 1 < m; ++k)
        if (!bigrams.has(query.typedPairs[k])) {
            if (firstMissing < 0)
                firstMissing = k;
            else if (k - firstMissing > 2)
                return false;
        }
    return true;
}

inline bool sameReadingPossible(const Data &data, uint32_t f, const Query &query)
{
    const FieldKey &field = data.keys[f];
    const Units &u = query.plain;
    const int n = int(u.size());
    if (n < 2 || int(query.hanReadings.size()) != n || field.tokenCount < n)
        return false;
    if (moreThan(u.charMask & ~field.charMask, n >= 6 ? 2 : 1))
        return false;
    // A character typed in one form that the text lacks is replaced by one of the same
    // reading: the text spells that reading somewhere.
    const Pairs &pairs = data.pairs[f].plain;
    for (int j = 0; j < n; ++j) {
        if (u.others[j][0] || (charBit(u.units[j]) & field.charMask))
            continue;
        bool spelled = false;
        for (const Query::Spelling &sp : query.hanSpellings[j]) {
            spelled = !(sp.letters & ~field.letterMask) && (sp.first & field.firstMask)
                && std::all_of(sp.pairs.begin(), sp.pairs.end(), [&](uint8_t bit) { return pairs.has(bit); });
            if (spelled)
                break;
        }
        if (!spelled)
            return false;
    }
    return true;
}

inline bool mayMatchField(const Data &data, uint32_t f, const Query &query)
{
    if (query.plain.charMask & ~data.keys[f].charMask)
        return false;
    return !query.pinyin || query.literalFirst || walkable(data, f, query.plain, false, false);
}

inline bool mayMatchTolerant(const Data &data, uint32_t f, const Query &query)
{
    return (query.pinyin && walkable(data, f, query.fuzzy, true, false))
        || (query.plain.hasParts && walkable(data, f, query.plain, false, true));
}

inline bool mayMatchTypo(const Data &data, uint32_t f, const Query &query)
{
    if (query.letters)
        return typoPossible(data, f, query);
    return !query.pinyin && sameReadingPossible(data, f, query);
}

} // namespace tongban::search
