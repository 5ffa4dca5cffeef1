#pragma once

// The traditional → simplified table, generated at build time from Debian's
// Unihan_Variants.txt by tongban_variantsgen (see variantsgen.cpp). Read it through pinyin.h.
#include <cstdint>

namespace tongban::pinyin::data {

extern const int traditionalCount;
extern const char32_t traditional[]; // traditionalCount code points, ascending
extern const uint32_t simplifiedOffsets[]; // traditionalCount + 1 offsets into simplified
extern const char32_t simplified[]; // the simplified forms, in Unihan's order

} // namespace tongban::pinyin::data
