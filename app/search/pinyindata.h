#pragma once

// The per-character pinyin table, generated at build time from Debian's Unihan_Readings.txt
// by tongban_pinyingen (see pinyingen.cpp). Read it through pinyin.h.
#include <cstdint>

namespace tongban::pinyin::data {

extern const char *const syllables[]; // toneless, ü as v, sorted
extern const int syllableCount;
extern const int charCount;
extern const int setCount;
extern const uint32_t codepoints[]; // charCount code points, ascending
extern const uint16_t charSet[]; // per character: its reading set
extern const uint32_t setOffsets[]; // setCount + 1 offsets into setSyllables
extern const uint16_t setSyllables[]; // syllable ids, the usual reading first

} // namespace tongban::pinyin::data
