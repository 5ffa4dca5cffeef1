#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <span>

// Pinyin of single characters, from the table generated out of Unihan at build time. Syllables
// are toneless and lowercase, ü written v ("lv", "nve").
namespace tongban::pinyin {

int syllableCount();
QByteArray syllable(int id);
// Id of a toneless syllable, -1 when the table has no such syllable.
int syllableId(QByteArrayView syllable);
// Every reading of a character (the usual one first); empty when the table has none.
std::span<const uint16_t> readings(char32_t codePoint);
// The simplified forms of a traditional character (護 → 护; 髮 → 发; a few have several), from
// Unihan's kSimplifiedVariant; empty for a character that is simplified already or is its own
// simplified form (乾).
std::span<const char32_t> simplified(char32_t codePoint);
// Lowercase pinyin without tone marks, ü (also ü written as u + combining diaeresis) as v:
// "Zhǎng" → "zhang", "lǜ" → "lv". Other characters are kept.
QString toneless(QStringView text);

} // namespace tongban::pinyin
