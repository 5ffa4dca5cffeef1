#pragma once

// Internal to the search engine: the index's flat arrays and the matcher over them.
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
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
};

struct Reading
{
    uint16_t syllable;
    bool demoted; // a word reading settled this character otherwise (zhǎng in 长春)
};

// One searchable character of a text: a Han character, a Latin letter or a digit.
// Punctuation, spaces and symbols are not tokens (they neither match nor break a match).
struct Token
{
    char32_t codePoint;
    uint32_t firstReading;
    uint16_t readingCount;
    uint16_t size; // UTF-16 units in the text (2 for characters outside the BMP)
    int32_t position; // UTF-16 offset in the text
    uint64_t firstMask; // first letters of the readings (bits: a–z 0–25, 0–9 26–35)
};

struct Field
{
    QString text; // as shown
    QString folded; // lowercase, full-width ASCII made ASCII; same length as text
    uint32_t firstToken = 0;
    uint16_t tokenCount = 0;
    uint16_t maxLetters = 0; // the longest pinyin spelling of the whole text
    uint64_t letterMask = 0; // every letter of every reading
    uint64_t firstMask = 0;
};

struct Entry
{
    SearchResult::Kind kind;
    int order; // content order within its kind
    QString id, subtitle, status;
    QString publishFrom, expireAt; // notices
    uint32_t titleField = 0;
    uint32_t firstKeyword = 0, keywordCount = 0;
};

struct Data
{
    std::vector<Syllable> syllables;
    std::vector<Reading> readings;
    std::vector<Token> tokens;
    std::vector<Field> fields;
    std::vector<Entry> entries;
    int maxLetters = 0;
    int maxLength = 0;
    QStringList problems;
};

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

// A query prepared for matching.
struct Query
{
    QString literal; // folded, trimmed: matched as a substring when `pinyin` is false
    bool pinyin = false; // has Latin letters: matched token by token
    bool literalFirst = false; // pinyin with punctuation or symbols (<b>, a&b): try the text as typed first
    std::vector<char32_t> units; // a–z, 0–9 (letters of pinyin) or other characters matched exactly
    std::vector<uint8_t> exact; // per unit: matched as a character, not as pinyin
    std::vector<int> segmentEnd; // per unit: where its piece must end at the latest (a space, an apostrophe)
    uint64_t letterMask = 0;
    bool hanInQuery = false;

    static Query parse(QStringView text);
    bool isEmpty() const { return pinyin ? units.empty() : literal.isEmpty(); }
};

// How one field matched; tier as in SearchResult::Tier (0 exact … 4 substring), -1: no match.
struct Match
{
    int tier = -1;
    bool demoted = false;
    bool whole = false; // covers the whole text (ranks 医保 above 医保查询 for "yib")
    int start = 0, end = 0; // tokens (pinyin) or UTF-16 offset and length (literal)
    SearchResult::Form form = SearchResult::Form::Hanzi;
};

Match matchField(const Data &data, const Field &field, const Query &query);
// The characters of `field.text` a match covers, as (start, length) in UTF-16 units.
QList<QPair<int, int>> matchRanges(const Data &data, const Field &field, const Match &match);

} // namespace tongban::search
