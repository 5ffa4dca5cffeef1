// The query side of matching: folding, fuzzy pinyin, a typed text made units and parts.
#include "searchdata.h"

#include "pinyin.h"

#include <algorithm>

namespace tongban::search {

QString fold(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text[i];
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        else if (c.unicode() == 0x3000)
            c = QLatin1Char(' ');
        out[i] = c.isSurrogate() ? c : c.toLower();
    }
    return out;
}

namespace {

bool isVowel(char32_t c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'v';
}

bool isLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

void appendCodePoint(QString &s, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        s.append(QChar(QChar::highSurrogate(c)));
        s.append(QChar(QChar::lowSurrogate(c)));
    } else {
        s.append(QChar(char16_t(c)));
    }
}

void addUnique(std::vector<uint8_t> &list, uint8_t value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

// Fills segmentEnd from breakAfter, the pairs and the masks.
void finishUnits(Units &u)
{
    u.segmentEnd.resize(u.units.size());
    int end = int(u.units.size());
    for (int i = int(u.units.size()) - 1; i >= 0; --i) {
        if (u.breakAfter[i])
            end = i + 1;
        u.segmentEnd[i] = end;
    }
    u.pairs.clear();
    for (size_t i = 1; i < u.units.size(); ++i)
        if (!u.exact[i - 1] && !u.exact[i])
            addUnique(u.pairs, pairBit(u.units[i - 1], u.units[i]));
    u.letterMask = 0;
    u.charMask = 0;
    for (size_t i = 0; i < u.units.size(); ++i) {
        if (!u.exact[i])
            u.letterMask |= letterBit(u.units[i]);
        else if (i < u.others.size() && !u.others[i][0])
            u.charMask |= charBit(u.units[i]);
    }
}

// `longer` begins with `shorter`: the same units, and the same syllable ends before the last
// unit of `shorter` (after it, a longer query may end a syllable where the shorter one could not).
bool unitsExtend(const Units &longer, const Units &shorter)
{
    const size_t n = shorter.size();
    if (n > longer.size())
        return false;
    for (size_t i = 0; i < n; ++i)
        if (longer.units[i] != shorter.units[i] || longer.exact[i] != shorter.exact[i] || longer.others[i] != shorter.others[i]
            || (i + 1 < n && longer.breakAfter[i] != shorter.breakAfter[i])
            || (i + 1 < n && i < shorter.spaceAfter.size() && longer.spaceAfter[i] != shorter.spaceAfter[i]))
            return false;
    return true;
}

} // namespace

void fuzzyFold(
    std::vector<char32_t> &units, std::vector<uint8_t> &exact, std::vector<uint8_t> &breakAfter, std::vector<size_t> *kept)
{
    std::vector<char32_t> u;
    std::vector<uint8_t> ex, brk;
    const size_t n = units.size();
    u.reserve(n);
    ex.reserve(n);
    brk.reserve(n);
    const auto joined = [&](size_t i) { return i > 0 && !exact[i - 1] && !breakAfter[i - 1] && !exact[i]; };
    for (size_t i = 0; i < n; ++i) {
        char32_t c = units[i];
        if (!exact[i]) {
            const bool dropH = c == 'h' && joined(i) && (units[i - 1] == 'z' || units[i - 1] == 'c' || units[i - 1] == 's');
            const bool dropG = c == 'g' && joined(i) && units[i - 1] == 'n' && joined(i - 1)
                && (units[i - 2] == 'a' || units[i - 2] == 'e' || units[i - 2] == 'i')
                && !(i + 1 < n && !breakAfter[i] && !exact[i + 1] && isVowel(units[i + 1]));
            if (dropH || dropG) {
                if (breakAfter[i] && !brk.empty())
                    brk.back() = 1;
                continue;
            }
            if (c == 'n' || c == 'r')
                c = 'l';
            else if (c == 'f')
                c = 'h';
        }
        u.push_back(c);
        ex.push_back(exact[i]);
        brk.push_back(breakAfter[i]);
        if (kept)
            kept->push_back(i);
    }
    units.swap(u);
    exact.swap(ex);
    breakAfter.swap(brk);
}

QByteArray fuzzySpelling(QByteArrayView syllable)
{
    std::vector<char32_t> u;
    for (const char c : syllable)
        u.push_back(char32_t(uchar(c)));
    std::vector<uint8_t> ex(u.size(), 0), brk(u.size(), 0);
    fuzzyFold(u, ex, brk, nullptr);
    QByteArray out;
    for (const char32_t c : u)
        out.append(char(c));
    return out;
}

Query Query::parse(QStringView text)
{
    Query q;
    const QString folded = fold(text).trimmed();
    // Traditional characters are folded to their (first) simplified form; the others of a
    // character that has several are tried too.
    const QList<uint> codePoints = folded.toUcs4();
    QString literal;
    literal.reserve(folded.size());
    QList<QPair<qsizetype, std::span<const char32_t>>> several;
    for (const char32_t c : codePoints) {
        const auto s = c > 127 ? pinyin::simplified(c) : std::span<const char32_t>();
        if (s.size() > 1 && several.size() < 3)
            several.append({literal.size(), s});
        appendCodePoint(literal, s.empty() ? c : s[0]);
        q.traditional = q.traditional || !s.empty();
    }
    q.literal = literal;
    for (const auto &[at, forms] : std::as_const(several)) {
        const QStringList base = q.literalVariants.isEmpty() ? QStringList{literal} : q.literalVariants;
        QStringList next = base;
        for (const QString &b : base)
            for (size_t k = 1; k < forms.size() && next.size() < 8; ++k) {
                QString v = b;
                v.replace(at, QChar::requiresSurrogates(forms[0]) ? 2 : 1, QString::fromUcs4(&forms[k], 1));
                next.append(v);
            }
        q.literalVariants = next;
    }
    if (!q.literalVariants.isEmpty())
        q.literalVariants.removeFirst(); // the literal itself

    const QString spelled = pinyin::toneless(folded);
    for (const QChar c : spelled)
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            q.pinyin = true;
    Units &u = q.plain;
    std::vector<uint8_t> &spaceAfter = u.spaceAfter;
    bool symbols = false;
    for (const char32_t c : spelled.toUcs4()) {
        const bool alnum = isLetter(c);
        if (alnum || (c > 127 && QChar::isLetterOrNumber(c))) {
            const auto s = alnum ? std::span<const char32_t>() : pinyin::simplified(c);
            u.units.push_back(s.empty() ? c : s[0]);
            std::array<char32_t, 3> others{};
            for (size_t k = 1; k < s.size() && k <= others.size(); ++k)
                others[k - 1] = s[k];
            u.others.push_back(others);
            u.exact.push_back(!alnum);
            u.breakAfter.push_back(false);
            spaceAfter.push_back(false);
            q.hanInQuery = q.hanInQuery || !alnum;
        } else {
            if (!u.breakAfter.empty()) {
                u.breakAfter.back() = true; // a space, an apostrophe or a symbol ends a syllable
                spaceAfter.back() = spaceAfter.back() || QChar::isSpace(c);
            }
            if (!QChar::isSpace(c) && c != '\'' && c != 0x2019)
                symbols = true;
        }
    }
    q.literalFirst = q.pinyin && symbols;
    finishUnits(u);

    // Parts for ordered-apart matches: split at spaces and where Hanzi meets pinyin; a run of
    // three or more Hanzi may be found a character at a time.
    u.partStart.assign(u.units.size(), 0);
    for (size_t i = 1; i < u.units.size(); ++i) {
        qsizetype run = 0;
        if (u.exact[i] && u.exact[i - 1]) {
            size_t a = i, b = i;
            while (a > 0 && u.exact[a - 1])
                --a;
            while (b < u.units.size() && u.exact[b])
                ++b;
            run = qsizetype(b - a);
        }
        u.partStart[i] = spaceAfter[i - 1] || u.exact[i] != u.exact[i - 1] || run >= 3;
        u.hasParts = u.hasParts || u.partStart[i];
        // Two Hanzi side by side split once a third follows: a longer query has parts here.
        if (u.exact[i] && u.exact[i - 1] && !u.partStart[i])
            q.partsSettled = false;
    }

    for (size_t i = 1; i < u.units.size(); ++i)
        if (!u.exact[i - 1] && !u.exact[i] && !u.partStart[i])
            addUnique(u.apartPairs, pairBit(u.units[i - 1], u.units[i]));

    if (q.pinyin) {
        q.fuzzy.units = u.units;
        q.fuzzy.exact = u.exact;
        q.fuzzy.breakAfter = u.breakAfter;
        std::vector<size_t> kept;
        fuzzyFold(q.fuzzy.units, q.fuzzy.exact, q.fuzzy.breakAfter, &kept);
        for (const size_t i : kept)
            q.fuzzy.others.push_back(u.others[i]);
        finishUnits(q.fuzzy);
        q.fuzzy.partStart.assign(q.fuzzy.units.size(), 0);
    }

    q.letters = q.pinyin && !q.hanInQuery && !symbols;
    if (q.letters) {
        q.typed = u.units;
        for (size_t i = 1; i < q.typed.size(); ++i)
            q.typedPairs.push_back(bigramBit(char(q.typed[i - 1]), char(q.typed[i])));
    }
    if (!q.pinyin && !u.units.empty()) {
        bool allHan = true;
        for (size_t i = 0; i < u.units.size() && allHan; ++i) {
            const auto r = pinyin::readings(u.units[i]);
            allHan = !r.empty();
            q.hanReadings.emplace_back(r.begin(), r.end());
            auto &spellings = q.hanSpellings.emplace_back();
            for (const uint16_t id : r) {
                const QByteArray text = pinyin::syllable(id);
                Query::Spelling &sp = spellings.emplace_back();
                for (qsizetype k = 0; k < text.size(); ++k) {
                    sp.letters |= letterBit(char32_t(uchar(text[k])));
                    if (k > 0)
                        sp.pairs.push_back(pairBit(char32_t(uchar(text[k - 1])), char32_t(uchar(text[k]))));
                }
                sp.first = text.isEmpty() ? 0 : letterBit(char32_t(uchar(text[0])));
            }
        }
        if (!allHan) {
            q.hanReadings.clear();
            q.hanSpellings.clear();
        }
    }
    return q;
}

// Why it holds, form by form, when the units of `shorter` begin this query's (same syllable
// ends, same kind of query):
// - a walk over the tokens (exact pinyin, Hanzi, mixed; fuzzy over the fuzzy spellings):
//   cutting a match after the shorter query's last unit leaves a start of a reading as the
//   last piece, which the walk accepts (matchField's "still being typed"); a fuzzy match cut
//   so may be all initials, which a fuzzy walk refuses: it says `unsure` then;
// - a literal (Hanzi as typed, text with symbols): a substring's start is a substring, and
//   every variant of this literal begins with the shorter one or one of its variants;
// - ordered-apart: the cut match keeps its gaps at parts the shorter query has too (the same
//   spaces, the same Hanzi next to pinyin), or has none left and is an exact match; only two
//   Hanzi side by side may become a part later (a third follows): then the shorter query's
//   refusals are not kept (partsSettled);
// - one typing error: an alignment with at most one edit, cut, has at most one.
// Mixed kinds (letters, then Hanzi or symbols) are simply not narrowed.
bool Query::extends(const Query &shorter) const
{
    if (pinyin != shorter.pinyin || literalFirst != shorter.literalFirst || letters != shorter.letters
        || hanInQuery != shorter.hanInQuery || !unitsExtend(plain, shorter.plain))
        return false;
    if (pinyin && !unitsExtend(fuzzy, shorter.fuzzy))
        return false;
    if (!pinyin || literalFirst) {
        if (!literal.startsWith(shorter.literal))
            return false;
        for (const QString &v : literalVariants) {
            const QStringView start = QStringView(v).left(shorter.literal.size());
            if (start != shorter.literal && !shorter.literalVariants.contains(start))
                return false;
        }
    }
    return true;
}

} // namespace tongban::search
