// The matcher: a query against one text, either as a folded substring (Hanzi, digits,
// punctuation) or token by token, each character taking one piece of the typed pinyin.
#include "searchdata.h"
#include "searchfilter.h"

#include <algorithm>
#include <bit>
#include <tuple>

namespace tongban::search {

namespace {

// Depth-first over the ways the query splits into pieces, one per consecutive token: a piece
// is a whole reading, the initial of one (z or zh for zhang), or — only as the last piece —
// any start of one. Keeps the best outcome; a budget bounds pathological texts.
// Fuzzy: the same over the fuzzy spellings (initials alone never match fuzzily). Apart: a new
// part of the query may begin any number of tokens later (at least one gap is required).
struct Walker
{
    const Data &data;
    const Query &query;
    const Units &units;
    const Token *tokens;
    const TokenText *texts;
    int count;
    int size;
    Walker(const Data &d, const Query &q, const Units &u, uint32_t firstToken, int c, int s, bool f, bool a)
        : data(d),
          query(q),
          units(u),
          tokens(d.tokens.data() + firstToken),
          texts(d.tokenTexts.data() + firstToken),
          count(c),
          size(s),
          fuzzy(f),
          apart(a)
    {
    }
    bool fuzzy = false;
    bool apart = false;
    int start = 0;
    int budget = 4096;
    bool done = false;
    bool allInitials = false;
    Match best;
    int gaps = 0;
    uint16_t gapFrom[Match::MaxGaps] = {}, gapTo[Match::MaxGaps] = {};

    bool sameCharacter(int t, int p) const
    {
        const char32_t c = texts[t].codePoint;
        if (c == units.units[p])
            return true;
        for (const char32_t o : units.others[p])
            if (o && o == c)
                return true;
        return false;
    }

    void finish(int t, bool full, bool initials, bool demoted, bool lastComplete)
    {
        if (fuzzy && initials && !query.hanInQuery) {
            allInitials = true; // refused, but a longer query may add a full syllable
            return;
        }
        if (apart && gaps == 0)
            return;
        Match m;
        const bool whole = start == 0 && t == count - 1 && gaps == 0;
        if (full)
            m.tier = start != 0         ? SearchResult::Substring
                : whole && lastComplete ? SearchResult::Exact
                                        : SearchResult::NamePrefix;
        else
            m.tier = start != 0 ? SearchResult::Substring : whole ? SearchResult::InitialsWhole : SearchResult::InitialsPrefix;
        m.how = fuzzy ? Match::Fuzzy : apart ? Match::Apart : Match::Plain;
        m.demoted = demoted;
        m.whole = whole;
        m.start = start;
        m.end = t;
        m.form = fuzzy         ? SearchResult::Form::FuzzyPinyin
            : !query.pinyin    ? (query.traditional ? SearchResult::Form::Traditional : SearchResult::Form::Hanzi)
            : query.hanInQuery ? SearchResult::Form::Mixed
            : initials         ? SearchResult::Form::Initials
            : full             ? SearchResult::Form::FullPinyin
                               : SearchResult::Form::Mixed;
        m.gaps = uint8_t(gaps);
        std::copy_n(gapFrom, gaps, m.gapFrom);
        std::copy_n(gapTo, gaps, m.gapTo);
        if (best.tier < 0
            || std::tuple(m.tier, m.demoted, !m.whole, m.start) < std::tuple(best.tier, best.demoted, !best.whole, best.start))
            best = m;
        if (!best.demoted && best.tier == (start == 0 ? SearchResult::Exact : SearchResult::Substring))
            done = true;
    }

    void advance(int t, int next, bool full, bool initials, bool demoted, bool complete)
    {
        if (next == size) {
            finish(t, full, initials, demoted, complete);
            return;
        }
        if (t + 1 < count)
            walk(t + 1, next, full && complete, initials, demoted);
        if (apart && units.partStart[next] && gaps < Match::MaxGaps)
            for (int later = t + 2; later < count && !done && budget > 0; ++later) {
                gapFrom[gaps] = uint16_t(t);
                gapTo[gaps] = uint16_t(later);
                ++gaps;
                walk(later, next, full && complete, initials, demoted);
                --gaps;
            }
    }

    void walk(int t, int p, bool full, bool initials, bool demoted)
    {
        if (done || --budget < 0)
            return;
        const Token &token = tokens[t];
        const char32_t u = units.units[p];
        if (units.exact[p]) {
            if (sameCharacter(t, p))
                advance(t, p + 1, full, false, demoted, true);
            return;
        }
        if (!((fuzzy ? token.fuzzyFirstMask : token.firstMask) & firstBit(u)))
            return;
        const int limit = units.segmentEnd[p] - p;
        const Reading *readings = readingsOf(data, token);
        for (int r = 0; r < token.readingCount && !done; ++r) {
            const Reading reading = readings[r];
            const Syllable &syllable = data.syllables[syllableOf(reading)];
            const char *text = fuzzy ? syllable.fuzzy : syllable.text;
            const int length = fuzzy ? syllable.fuzzySize : syllable.size;
            const int initial = fuzzy ? 1 : syllable.initial;
            if (char32_t(uchar(text[0])) != u)
                continue;
            int typed = 1;
            while (typed < length && typed < limit && char32_t(uchar(text[typed])) == units.units[p + typed])
                ++typed;
            const bool dem = demoted || (reading & Demoted);
            if (typed == length) {
                advance(t, p + typed, full, initials && length == 1, dem, true);
                continue;
            }
            advance(t, p + 1, full, initials, dem, false); // the initial: s for shen, z for zheng
            if (initial == 2 && typed >= 2)
                advance(t, p + 2, full, initials, dem, false); // zh for zheng
            if (p + typed == size && typed > initial)
                advance(t, p + typed, full, false, dem, false); // the last syllable, still being typed
        }
    }
};

// `checked`: walkable() said yes already.
Match walkField(const Data &data, uint32_t f, const Query &query, const Units &units, bool fuzzy, bool apart, bool checked)
{
    if (!checked && !walkable(data, f, units, fuzzy, apart))
        return {};
    const FieldKey &field = data.keys[f];
    const int size = int(units.size());
    Walker w(data, query, units, field.firstToken, field.tokenCount, size, fuzzy, apart);
    const bool exactFirst = units.exact[0];
    const uint32_t first = firstBit(units.units[0]);
    for (int s = 0; s < w.count && !w.done && w.budget > 0; ++s) {
        // Every later start is a substring match: stop once that cannot improve the best.
        if (s > 0 && w.best.tier >= 0 && (w.best.tier < SearchResult::Substring || !w.best.demoted))
            break;
        if (exactFirst ? !w.sameCharacter(s, 0) : !((fuzzy ? w.tokens[s].fuzzyFirstMask : w.tokens[s].firstMask) & first))
            continue; // cannot start here
        w.start = s;
        w.walk(s, 0, true, true, false);
    }
    if (w.best.tier < 0)
        w.best.unsure = w.allInitials || w.budget <= 0;
    return w.best;
}

Match literalMatch(const QString &folded, const QString &literal)
{
    Match m;
    const qsizetype at = literal.size() <= folded.size() ? folded.indexOf(literal) : -1;
    if (at < 0)
        return m;
    m.tier = at > 0 ? SearchResult::Substring : literal.size() == folded.size() ? SearchResult::Exact : SearchResult::NamePrefix;
    m.whole = m.tier == SearchResult::Exact;
    m.start = int(at);
    m.end = int(literal.size());
    return m;
}

// One edit (insert, delete, substitute, swap of neighbours) between the typed letters and the
// full pinyin of consecutive tokens, the last syllable possibly typed in part. The first letter
// must be right. Depth-first over the readings with a row of the edit-distance table per letter,
// kept only near its diagonal: a cell farther than one from it costs more than one edit.
struct TypoWalker
{
    static constexpr int MaxLetters = TypoMaxLetters;
    // A row of the table (after `at` letters of the spelling): its cells at-1, at and at+1,
    // each at most 2 (2: more than one edit), two bits each; every other cell is more than
    // one edit too. Kept in registers.
    using Row = uint32_t;
    static constexpr Row Dead = 0b101010;
    static int cell(Row row, int k) { return int(row >> (2 * k)) & 3; }
    static Row row(int a, int b, int c) { return Row(std::min(a, 2) | std::min(b, 2) << 2 | std::min(c, 2) << 4); }

    const Data &data;
    const Token *tokens;
    int count;
    const char32_t *q;
    int m;
    std::vector<uint32_t> *starts; // per syllable: its startStep, packed (0: not yet)
    int start = 0;
    int budget = 2048;
    Match best;

    void found(int t, bool syllableEnd)
    {
        Match r;
        const bool whole = start == 0 && t == count - 1 && syllableEnd;
        r.tier = start != 0 ? SearchResult::Substring : whole ? SearchResult::Exact : SearchResult::NamePrefix;
        r.how = Match::Typo;
        r.whole = whole;
        r.start = start;
        r.end = t;
        r.form = SearchResult::Form::Typo;
        if (best.tier < 0 || std::tuple(r.tier, !r.whole) < std::tuple(best.tier, !best.whole))
            best = r;
    }

    // Row `at` after letter `c` of the spelling, from the row before (`above`) and the one
    // before that (`above2`, when `hasAbove2`); `before`: the letter before `c` (a swap).
    Row next(int at, Row above, Row above2, bool hasAbove2, char32_t c, char32_t before) const
    {
        const auto cost = [&](int j) { return c == q[j - 1] ? 0 : 1; };
        const auto swapped = [&](int j) { return hasAbove2 && j >= 2 && c == q[j - 2] && before == q[j - 1]; };
        int a = 2;
        if (at == 1) { // cell 0: the typed letters not begun
            a = 1;
        } else if (at - 1 <= m) { // cell at-1; cell at-2 of this row is out of the band
            a = std::min(cell(above, 1) + 1, cell(above, 0) + cost(at - 1));
            if (swapped(at - 1))
                a = std::min(a, cell(above2, 0) + 1);
        }
        a = std::min(a, 2);
        int b = 2;
        if (at <= m) {
            b = std::min({cell(above, 2) + 1, a + 1, cell(above, 1) + cost(at)});
            if (swapped(at))
                b = std::min(b, cell(above2, 1) + 1);
        }
        b = std::min(b, 2);
        int c2 = 2;
        if (at + 1 <= m) { // cell at+1 of the row above is out of the band
            c2 = std::min(b + 1, cell(above, 2) + cost(at + 1));
            if (swapped(at + 1))
                c2 = std::min(c2, cell(above2, 2) + 1);
        }
        return row(a, b, c2);
    }

    // The letters that may come next without leaving more than one edit in every cell of the
    // next row (next()): any when a cell is 0, else the typed letter after a cell of 1, or the
    // one before it after a swap's cell of 0.
    uint32_t viable(int at, Row now, Row above, bool hasAbove, char32_t before) const
    {
        uint32_t mask = 0;
        for (int k = 0; k < 3; ++k) {
            const int j = at - 1 + k; // this row's cell: the next row's cell j+1 costs it plus the letter
            if (j < 0 || j > m)
                continue;
            if (cell(now, k) == 0)
                return ~uint32_t(0);
            if (cell(now, k) == 1 && j < m)
                mask |= firstBit(q[j]);
        }
        // A swap: cell j of the next row from cell j-2 of this one's row above, when the letter
        // before is q[j-1] and the next is q[j-2].
        for (int k = 0; hasAbove && k < 3; ++k) {
            const int j = at - 2 + k + 2; // above's cell at-2+k is column j-2
            if (cell(above, k) == 0 && j >= 2 && j <= m && before == q[j - 1])
                mask |= firstBit(q[j - 2]);
        }
        return mask;
    }

    // The cell of column m in row `at`, at most 2.
    int last(int at, Row now) const
    {
        const int k = m - at + 1;
        return k >= 0 && k < 3 ? cell(now, k) : 2;
    }

    // row: the table row after the `at` letters so far; prev: the one before; previous: the last letter.
    // The table after one syllable: found (the whole typed text within one edit; `end`: at
    // the syllable's last letter), dead (more than one edit everywhere) or alive.
    struct Step
    {
        enum Kind : uint8_t { Unknown, Dead, Found, Alive } kind = Unknown;
        bool end = false;
        int depth = 0;
        Row above = Dead, above2 = Dead;
        char32_t before = 0;
    };

    Step step(const Syllable &s, int at, Row now, Row prev, bool hasPrev, char32_t previous) const
    {
        Step out{Step::Alive, false, at, now, prev, previous};
        bool hasAbove2 = hasPrev;
        for (int i = 0; i < s.size; ++i) {
            const char32_t c = char32_t(uchar(s.text[i]));
            const Row cur = next(++out.depth, out.above, out.above2, hasAbove2, c, out.before);
            if (last(out.depth, cur) <= 1)
                return {Step::Found, i == s.size - 1};
            if (std::min({cell(cur, 0), cell(cur, 1), cell(cur, 2)}) > 1)
                return {Step::Dead};
            out.above2 = out.above;
            hasAbove2 = true;
            out.above = cur;
            out.before = c;
        }
        return out;
    }

    // The first syllable's step is the same wherever it starts: worked out once per query.
    Step startStep(uint16_t id, const Syllable &s) const
    {
        uint32_t &known = (*starts)[id];
        if (!known) {
            const Step st = step(s, 0, row(2, 0, 1), Dead, false, 0); // row 0: cell j is j
            known = st.kind | uint32_t(st.end) << 2 | uint32_t(st.depth) << 3 | st.above << 8 | st.above2 << 14
                | uint32_t(st.before) << 20;
        }
        return {Step::Kind(known & 3), bool(known >> 2 & 1), int(known >> 3 & 31), known >> 8 & 63, known >> 14 & 63,
            char32_t(known >> 20 & 255)};
    }

    // now: the table row after the `at` letters so far; prev: the one before; previous: the last letter.
    void walk(int t, int at, Row now, Row prev, bool hasPrev, char32_t previous)
    {
        if (--budget < 0)
            return;
        const Token &token = tokens[t];
        const Reading *readings = readingsOf(data, token);
        for (int r = 0; r < token.readingCount; ++r) {
            const uint16_t id = syllableOf(readings[r]);
            const Syllable &s = data.syllables[id];
            if (t == start && char32_t(uchar(s.text[0])) != q[0])
                continue;
            const Step st = t == start ? startStep(id, s) : step(s, at, now, prev, hasPrev, previous);
            if (st.kind == Step::Found)
                found(t, st.end);
            if (st.kind != Step::Alive || t + 1 >= count || best.tier == SearchResult::Exact)
                continue;
            // A token none of whose readings begins with a viable letter ends every spelling at
            // its first letter: skipped, at the walk's cost in budget.
            if (tokens[t + 1].firstMask & viable(st.depth, st.above, st.above2, true, st.before))
                walk(t + 1, st.depth, st.above, st.above2, true, st.before);
            else
                --budget;
        }
    }
};

Match typoPinyin(const Data &data, uint32_t f, const Query &query)
{
    const int m = int(query.typed.size());
    const FieldKey &field = data.keys[f];
    if (query.typoStarts.empty())
        query.typoStarts.assign(data.syllables.size(), 0);
    TypoWalker w{
        data, data.tokens.data() + field.firstToken, field.tokenCount, query.typed.data(), m, &query.typoStarts, 0, 2048, {}};
    const TypoWalker::Row row0 = TypoWalker::row(2, 0, 1); // row 0: cell j is j
    for (int s = 0; s < w.count && w.budget > 0 && w.best.tier < 0; ++s) {
        if (!(w.tokens[s].firstMask & firstBit(query.typed[0])))
            continue;
        w.start = s;
        w.walk(s, 0, row0, TypoWalker::Dead, false, 0);
    }
    if (w.best.tier < 0)
        w.best.unsure = w.budget <= 0;
    return w.best;
}

bool shareReading(const Data &data, const Token &token, const std::vector<uint16_t> &readings)
{
    const Reading *own = readingsOf(data, token);
    for (int r = 0; r < token.readingCount; ++r)
        if (std::find(readings.begin(), readings.end(), syllableOf(own[r])) != readings.end())
            return true;
    return false;
}

// Hanzi typed with a character of the same reading (身分证 for 身份证, 公基金 for 公积金): at most
// one such character (two from six), the others as typed.

Match sameReading(const Data &data, uint32_t f, const Query &query)
{
    const FieldKey &field = data.keys[f];
    const Units &u = query.plain;
    const int n = int(u.size());
    const int allowed = n >= 6 ? 2 : 1;
    const Token *tokens = data.tokens.data() + field.firstToken;
    const TokenText *texts = data.tokenTexts.data() + field.firstToken;
    const auto same = [&](int t, int p) {
        const char32_t c = texts[t].codePoint;
        if (c == u.units[p])
            return true;
        for (const char32_t o : u.others[p])
            if (o && o == c)
                return true;
        return false;
    };
    for (int s = 0; s + n <= field.tokenCount; ++s) {
        int substituted = 0;
        bool ok = true;
        for (int j = 0; j < n && ok; ++j) {
            if (same(s + j, j))
                continue;
            ok = ++substituted <= allowed && shareReading(data, tokens[s + j], query.hanReadings[j]);
        }
        if (!ok || substituted == 0)
            continue;
        Match m;
        m.whole = s == 0 && n == field.tokenCount;
        m.tier = s != 0 ? SearchResult::Substring : m.whole ? SearchResult::Exact : SearchResult::NamePrefix;
        m.how = Match::SameSound;
        m.start = s;
        m.end = s + n - 1;
        m.form = SearchResult::Form::SameReading;
        return m;
    }
    return {};
}

} // namespace

Match matchField(const Data &data, uint32_t f, const Query &query)
{
    const FieldKey &field = data.keys[f];
    if (query.plain.charMask & ~field.charMask)
        return {}; // a typed character the text does not have
    if (!query.pinyin || query.literalFirst) {
        const QString &folded = data.fields[f].folded;
        Match m = literalMatch(folded, query.literal);
        for (qsizetype i = 0; m.tier < 0 && i < query.literalVariants.size(); ++i)
            m = literalMatch(folded, query.literalVariants[i]);
        if (m.tier >= 0) {
            if (!query.pinyin && query.traditional)
                m.form = SearchResult::Form::Traditional;
            return m;
        }
        if (!query.pinyin)
            return m;
    }
    return walkField(data, f, query, query.plain, false, false, !query.literalFirst); // mayMatchField walked it
}

Match matchFuzzy(const Data &data, uint32_t f, const Query &query)
{
    return query.pinyin ? walkField(data, f, query, query.fuzzy, true, false, false) : Match();
}

Match matchApart(const Data &data, uint32_t f, const Query &query)
{
    return query.plain.hasParts ? walkField(data, f, query, query.plain, false, true, false) : Match();
}

Match matchTypo(const Data &data, uint32_t f, const Query &query)
{
    if (query.letters)
        return typoPinyin(data, f, query);
    return query.pinyin ? Match() : sameReading(data, f, query);
}

QList<QPair<int, int>> matchRanges(const Data &data, uint32_t f, const Match &match)
{
    QList<QPair<int, int>> out;
    if (match.tier < 0)
        return out;
    if (match.how == Match::Plain && (match.form == SearchResult::Form::Hanzi || match.form == SearchResult::Form::Traditional))
        return {{match.start, match.end}};
    int gap = 0;
    for (int t = match.start; t <= match.end; ++t) {
        if (gap < match.gaps && t > match.gapFrom[gap] && t < match.gapTo[gap])
            continue;
        if (gap < match.gaps && t == match.gapTo[gap])
            ++gap;
        const TokenText &token = data.tokenTexts[data.keys[f].firstToken + t];
        if (!out.isEmpty() && out.back().first + out.back().second == token.position)
            out.back().second += token.size;
        else
            out.append({token.position, token.size});
    }
    return out;
}

} // namespace tongban::search
