#pragma once

// Internal to the search engine: the index's flat arrays and the matcher over them.
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "searchresult.h"

namespace tongban::search {

// A syllable of the index: the table's syllables, their u-spelling for ü ("lue" for "lve"),
// single letters and digits for Latin text, and any extra syllable of a word reading.
struct Syllable
{
    char text[8] = {};
    uint8_t size = 0;
    uint8_t initial = 1; // length of the initial: 2 for zh/ch/sh, else 1
    char fuzzy[8] = {}; // the fuzzy spelling (fuzzyFold): shang → san → sal
    uint8_t fuzzySize = 0;
};

// A reading of a token: its syllable, and in the top bit whether a word reading settled the
// character otherwise (zhǎng in 长春 is demoted).
using Reading = uint16_t;
constexpr Reading Demoted = 0x8000;
inline uint16_t syllableOf(Reading r)
{
    return r & 0x7FFF;
}

// A token's first-letter bit: a–z bits 0–25, any digit bit 26. Token masks only say where a
// match cannot be; the letters are compared after them.
inline uint32_t firstBit(char32_t c)
{
    if (c >= 'a' && c <= 'z')
        return uint32_t(1) << (c - 'a');
    return c >= '0' && c <= '9' ? uint32_t(1) << 26 : 0;
}

// One searchable character of a text: a Han character, a Latin letter or a digit.
// Punctuation, spaces and symbols are not tokens (they neither match nor break a match).
// What a walk reads, in 16 bytes: a name's tokens fill a few cache lines, its readings inline.
struct Token
{
    uint32_t firstMask; // first letters of the readings (firstBit)
    uint32_t fuzzyFirstMask; // first letters of the fuzzy spellings
    uint16_t readingCount;
    Reading inlined[3]; // the readings when at most 3, else the first two: the index of the first in Data::readings
};

// Where a token is in its text, and its character (matching Hanzi, highlighting).
struct TokenText
{
    char32_t codePoint;
    int32_t position; // UTF-16 offset in the text
    uint16_t size; // UTF-16 units in the text (2 for characters outside the BMP)
};

// Letter pairs, hashed into 256 bits (addPair, pairBit).
struct Pairs
{
    uint64_t bits[4] = {};
    bool has(uint8_t bit) const { return bits[bit >> 6] >> (bit & 63) & 1; }
};

// The letter pairs a walk over a field's tokens can meet, for the plain and the fuzzy
// spellings: two letters side by side in a reading, and where a piece of the typed pinyin
// ends on one token and the next begins (the piece's last letter — of the whole reading, of its
// initial, or the h of zh/ch/sh — then the next token's first letter). A typed pair that is not
// there rules the field out before its tokens are read.
struct FieldPairs
{
    Pairs plain, fuzzy;
};

// What every pass reads of a field before it looks at its tokens: one compact array, apart
// from the texts, so that a pass over 10 000 names stays in the cache.
struct FieldKey
{
    uint64_t letterMask = 0; // every letter of every reading
    uint64_t firstMask = 0;
    uint64_t fuzzyLetterMask = 0, fuzzyFirstMask = 0; // the same for the fuzzy spellings
    uint64_t charMask = 0; // the characters of the text, hashed (charBit)
    uint32_t firstToken = 0;
    uint16_t tokenCount = 0;
    uint16_t maxLetters = 0; // the longest pinyin spelling of the whole text
    uint32_t startMask = 0; // the first token's first letters (firstBit): a match elsewhere is a substring
};

struct Field
{
    QString text; // as shown
    QString folded; // lowercase, full-width ASCII made ASCII; same length as text (shares text when equal)
};

struct Entry
{
    SearchResult::Kind kind;
    QString id, subtitle, status;
    QString publishFrom, expireAt; // notices
};

// Per entry, what a pass needs: its fields (the title, then its keywords) and whether it is a notice.
struct EntryKey
{
    uint32_t titleField = 0;
    uint32_t firstKeyword = 0;
    uint32_t keywordCount : 31 = 0;
    uint32_t notice : 1 = 0;
};

struct Level;

// What the previous keystrokes ruled out (searchnarrow.cpp): shared by copies of an index.
struct Narrowing
{
    std::mutex mutex;
    std::vector<std::shared_ptr<const Level>> chain; // each level's query extends the one before
    QString day; // the notices hidden on `day`
    std::shared_ptr<const std::vector<uint8_t>> hidden;
};

// Entries are in content order, items first, then departments, themes and notices: an
// entry's index is its rank among equal matches.
struct Data
{
    std::vector<Syllable> syllables;
    std::vector<Reading> readings; // of tokens with more than three
    std::vector<Token> tokens;
    std::vector<TokenText> tokenTexts; // per token
    std::vector<FieldKey> keys; // per field
    std::vector<Field> fields;
    std::vector<FieldPairs> pairs; // per field
    std::vector<Pairs> bigrams; // per field: letter pairs of the full spellings (typo tolerance's filter)
    std::vector<Entry> entries;
    std::vector<EntryKey> entryKeys;
    int maxLetters = 0;
    int maxLength = 0;
    QStringList problems;
    mutable Narrowing narrowing;
};

inline const Reading *readingsOf(const Data &data, const Token &token)
{
    return token.readingCount <= 3 ? token.inlined
                                   : data.readings.data() + (uint32_t(token.inlined[0]) | uint32_t(token.inlined[1]) << 16);
}

inline uint64_t letterBit(char32_t c)
{
    if (c >= 'a' && c <= 'z')
        return uint64_t(1) << (c - 'a');
    if (c >= '0' && c <= '9')
        return uint64_t(1) << (26 + c - '0');
    return 0;
}

// Lowercase, full-width ASCII and the ideographic space made ASCII; keeps the length.
QString fold(QStringView text);

// Fuzzy pinyin (模糊音), the pairs input methods offer, in one place: zh/ch/sh → z/c/s,
// ang/eng/ing → an/en/in (so iang → ian, uang → uan), then n → l, r → l, f → h. Applied to
// each syllable of the index and to the typed letters, so a fuzzy match is the same cheap walk
// over the folded spellings. `breakAfter` marks a typed syllable end (a space, an apostrophe);
// exact units (characters) pass unchanged. A g before a vowel starts the next syllable (xiangong).
void fuzzyFold(std::vector<char32_t> &units, std::vector<uint8_t> &exact, std::vector<uint8_t> &breakAfter,
    std::vector<size_t> *kept); // kept: the indices of the units that stay
QByteArray fuzzySpelling(QByteArrayView syllable);

// The units of a query in one spelling (as typed, or fuzzy).
struct Units
{
    std::vector<char32_t> units; // a–z, 0–9 (letters of pinyin) or other characters matched exactly
    std::vector<uint8_t> exact; // per unit: matched as a character, not as pinyin
    std::vector<uint8_t> breakAfter; // per unit: a space, an apostrophe or a symbol follows
    std::vector<uint8_t> spaceAfter; // per unit: a space follows (plain units only)
    std::vector<int> segmentEnd; // per unit: where its piece must end at the latest (a space, an apostrophe)
    std::vector<uint8_t> partStart; // per unit: a new part starts here (ordered-apart may skip tokens before it)
    std::vector<std::array<char32_t, 3>> others; // per exact unit: the other simplified forms typed (0: none)
    std::vector<uint8_t> pairs; // pairBit of each two letters side by side (none next to a character)
    std::vector<uint8_t> apartPairs; // the same but across parts (ordered-apart may skip tokens there)
    uint64_t letterMask = 0;
    uint64_t charMask = 0; // exact units typed in one form only (charBit): each must be in the text
    bool hasParts = false;
    size_t size() const { return units.size(); }
};

// A query prepared for matching.
struct Query
{
    QString literal; // folded, trimmed, traditional characters simplified: matched as a substring when `pinyin` is false
    QStringList literalVariants; // literal with the other simplified forms of characters that have several
    bool pinyin = false; // has Latin letters: matched token by token
    bool literalFirst = false; // pinyin with punctuation or symbols (<b>, a&b): try the text as typed first
    bool traditional = false; // a traditional character was folded (護照 → 护照)
    Units plain, fuzzy;
    bool hanInQuery = false;
    bool letters = false; // letters only (and spaces, apostrophes): typo tolerance may apply
    // The parts of ordered-apart matches are those any longer query would have too (a run of
    // two Hanzi at the end may become a run of three, which splits): see searchnarrow.cpp.
    bool partsSettled = true;
    std::vector<char32_t> typed; // the letters, for typo tolerance
    std::vector<uint8_t> typedPairs; // per two letters side by side: its bit in the text's bigrams (addPair)
    mutable std::vector<uint32_t> typoStarts; // typo tolerance's first step per syllable, filled as met (searchmatch.cpp)
    std::vector<std::vector<uint16_t>> hanReadings; // Hanzi only: per character its readings (same-reading substitution)
    // The same readings spelled, for a field's masks and pairs: a character the text lacks
    // needs one of them there.
    struct Spelling
    {
        uint64_t letters = 0, first = 0;
        std::vector<uint8_t> pairs; // pairBit
    };
    std::vector<std::vector<Spelling>> hanSpellings;

    static Query parse(QStringView text);
    bool isEmpty() const { return pinyin ? plain.units.empty() : literal.isEmpty(); }
    // True when every text this query matches, in any form, is matched by `shorter` in that
    // form or an exact one (this query only grew): the previous keystroke's candidates hold.
    bool extends(const Query &shorter) const;
};

// A character's bit in FieldKey::charMask: a cheap test that a text lacks a typed character.
inline uint64_t charBit(char32_t c)
{
    return uint64_t(1) << ((uint32_t(c) * 2654435761u) >> 26);
}

// A pair of letters or digits (a–z, 0–9) as a bit of FieldPairs.
inline uint8_t pairBit(char32_t a, char32_t b)
{
    const auto index = [](char32_t c) { return c >= 'a' ? uint32_t(c - 'a') : 26 + uint32_t(c - '0'); };
    return uint8_t(((index(a) * 36 + index(b)) * 2654435761u) >> 24);
}

// Typo tolerance's letter pairs, hashed.
inline uint8_t bigramBit(char a, char b)
{
    return uint8_t((unsigned(uchar(a)) * 31u + unsigned(uchar(b))) & 255u);
}

inline void addPair(Pairs &pairs, char a, char b)
{
    const uint8_t h = bigramBit(a, b);
    pairs.bits[h >> 6] |= uint64_t(1) << (h & 63);
}

// How one field matched; tier as in SearchResult::Tier (0 exact … 4 substring), -1: no match.
// `how` says which form found it; a tolerant form ranks by its own tier, `tier` orders within it.
struct Match
{
    enum How : uint8_t { Plain, Fuzzy, Apart, Typo, SameSound };
    int tier = -1;
    How how = Plain;
    bool demoted = false;
    bool whole = false; // covers the whole text (ranks 医保 above 医保查询 for "yib")
    // No match, but a longer query might still match (searchnarrow.cpp): the walk ran out of
    // budget, or a fuzzy split was all initials (refused for this query, not for a longer one).
    bool unsure = false;
    int start = 0, end = 0; // tokens (pinyin) or UTF-16 offset and length (literal)
    SearchResult::Form form = SearchResult::Form::Hanzi;
    static constexpr int MaxGaps = 6;
    uint8_t gaps = 0; // ordered-apart: tokens gapFrom[i] < t < gapTo[i] are skipped
    uint16_t gapFrom[MaxGaps] = {}, gapTo[MaxGaps] = {};
};

// Each after its mayMatch… (searchfilter.h) allowed the field: matchField after mayMatchField,
// matchFuzzy and matchApart after mayMatchTolerant, matchTypo after mayMatchTypo.
Match matchField(const Data &data, uint32_t field, const Query &query); // the exact forms
Match matchFuzzy(const Data &data, uint32_t field, const Query &query);
Match matchApart(const Data &data, uint32_t field, const Query &query);
// One edit in typed pinyin of 4 letters or more; a same-reading character in Hanzi.
Match matchTypo(const Data &data, uint32_t field, const Query &query);
// The characters of the field's text a match covers, as (start, length) in UTF-16 units.
QList<QPair<int, int>> matchRanges(const Data &data, uint32_t field, const Match &match);

} // namespace tongban::search
