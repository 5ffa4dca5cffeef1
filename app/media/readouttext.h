#pragma once

#include <QString>

namespace tongban {

struct ItemDetail;

// What 读给我听 says, in Mandarin (the voice speaks nothing else, so these texts are not
// translated), and the rewriting of numbers and marks that the voices read badly.
namespace readout {

// Numbers as they are said: years digit by digit (2026年 → 二〇二六年), dates (2026-01-05 →
// 二〇二六年一月五日), times (9:00-17:00 → 九点到十七点), phone numbers digit by digit
// (0431-88776655 → 零四三幺，八八七七六六五五), percentages, counts as cardinals (191家 →
// 一百九十一家); the 「」『』 around names are dropped.
QString speakable(const QString &text);

// An integer as a cardinal: 0 → 零, 12 → 十二, 105 → 一百零五, 20000 → 两万.
QString cardinal(qint64 n);
// Digit by digit: 2026 → 二〇二六 (`phone`: 0431 → 零四三幺).
QString digits(const QString &ascii, bool phone = false);

// An item: its name, where it can be done, what to bring and the QR hint.
// `deepLink`: the QR opens a verified deep link (ItemLink::deep()), else the portal + search.
QString forItem(const ItemDetail &item, bool deepLink = false);
// A notice: its title and body.
QString forNotice(const QString &title, const QString &body);

} // namespace readout
} // namespace tongban
