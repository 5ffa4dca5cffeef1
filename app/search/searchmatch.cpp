// The matcher: a query against one text, either as a folded substring (Hanzi, digits,
// punctuation) or token by token, each character taking one piece of the typed pinyin.
#include "searchdata.h"

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
    int count;
    int size;
    Walker(const Data &d, const Query &q, const Units &u, const Token *t, int c, int s, bool f, bool a)
        : data(d), query(q), units(u), tokens(t), count(c), size(s), fuzzy(f), apart(a)
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

    bool sameCharacter(const Token &token, int p) const
    {
        if (token.codePoint == units.units[p])
            return true;
        for (const char32_t o : units.others[p])
            if (o && o == token.codePoint)
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
            if (sameCharacter(token, p))
                advance(t, p + 1, full, false, demoted, true);
            return;
        }
        if (!((fuzzy ? token.fuzzyFirstMask : token.firstMask) & letterBit(u)))
            return;
        const int limit = units.segmentEnd[p] - p;
        for (uint32_t r = token.firstReading; r < token.firstReading + token.readingCount && !done; ++r) {
            const Reading reading = data.readings[r];
            const Syllable &syllable = data.syllables[reading.syllable];
            const char *text = fuzzy ? syllable.fuzzy : syllable.text;
            const int length = fuzzy ? syllable.fuzzySize : syllable.size;
            const int initial = fuzzy ? 1 : syllable.initial;
            if (char32_t(uchar(text[0])) != u)
                continue;
            int typed = 1;
            while (typed < length && typed < limit && char32_t(uchar(text[typed])) == units.units[p + typed])
                ++typed;
            const bool dem = demoted || reading.demoted;
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

Match walkField(const Data &data, const FieldKey &field, const Query &query, const Units &units, bool fuzzy, bool apart)
{
    const int size = int(units.size());
    if (field.tokenCount == 0 || size == 0 || size > field.maxLetters)
        return {};
    const uint64_t letters = fuzzy ? field.fuzzyLetterMask : field.letterMask;
    if ((units.letterMask & ~letters) || (units.charMask & ~field.charMask))
        return {};
    if (!units.exact[0] && !((fuzzy ? field.fuzzyFirstMask : field.firstMask) & letterBit(units.units[0])))
        return {};
    Walker w(data, query, units, data.tokens.data() + field.firstToken, field.tokenCount, size, fuzzy, apart);
    const bool exactFirst = units.exact[0];
    const uint64_t firstBit = letterBit(units.units[0]);
    for (int s = 0; s < w.count && !w.done && w.budget > 0; ++s) {
        // Every later start is a substring match: stop once that cannot improve the best.
        if (s > 0 && w.best.tier >= 0 && (w.best.tier < SearchResult::Substring || !w.best.demoted))
            break;
        const Token &token = w.tokens[s];
        if (exactFirst ? !w.sameCharacter(token, 0) : !((fuzzy ? token.fuzzyFirstMask : token.firstMask) & firstBit))
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
// must be right. Depth-first over the readings with a row of the edit-distance table per letter.
struct TypoWalker
{
    static constexpr int MaxLetters = 32;
    const Data &data;
    const Token *tokens;
    int count;
    const char32_t *q;
    int m;
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

    // row: the table row after the letters so far; prev: the one before; last: the last letter.
    void walk(int t, const int *row, const int *prev, char32_t last)
    {
        if (--budget < 0)
            return;
        const Token &token = tokens[t];
        for (uint32_t r = token.firstReading; r < token.firstReading + token.readingCount; ++r) {
            const Syllable &s = data.syllables[data.readings[r].syllable];
            if (t == start && char32_t(uchar(s.text[0])) != q[0])
                continue;
            int rows[8][MaxLetters + 1];
            const int *above = row, *above2 = prev;
            char32_t before = last;
            bool alive = true, ended = false;
            for (int i = 0; i < s.size && alive; ++i) {
                const char32_t c = char32_t(uchar(s.text[i]));
                int *cur = rows[i];
                cur[0] = above[0] + 1;
                int least = cur[0];
                for (int j = 1; j <= m; ++j) {
                    int v = std::min({above[j] + 1, cur[j - 1] + 1, above[j - 1] + (c == q[j - 1] ? 0 : 1)});
                    if (above2 && j >= 2 && c == q[j - 2] && before == q[j - 1])
                        v = std::min(v, above2[j - 2] + 1);
                    cur[j] = v;
                    least = std::min(least, v);
                }
                if (cur[m] <= 1) {
                    found(t, i == s.size - 1);
                    ended = true;
                    break;
                }
                alive = least <= 1;
                above2 = above;
                above = cur;
                before = c;
            }
            if (!ended && alive && t + 1 < count && best.tier != SearchResult::Exact)
                walk(t + 1, above, above2, before);
        }
    }
};

Match typoPinyin(const Data &data, uint32_t f, const Query &query)
{
    const int m = int(query.typed.size());
    const FieldKey &field = data.keys[f];
    if (m < 4 || m > TypoWalker::MaxLetters || field.tokenCount == 0 || m > field.maxLetters + 1)
        return {};
    // Letters: at most one not in the text; the first must be a first letter; letter pairs: an
    // edit breaks at most three of them.
    if (std::popcount(query.plain.letterMask & ~field.letterMask) > 1 || !(field.firstMask & letterBit(query.typed[0])))
        return {};
    int shared = 0;
    for (int w = 0; w < 4; ++w)
        shared += std::popcount(query.typedBigrams.bits[w] & data.bigrams[f].bits[w]);
    if (shared < query.typedBigramCount - 3)
        return {};
    TypoWalker w{data, data.tokens.data() + field.firstToken, field.tokenCount, query.typed.data(), m, 0, 2048, {}};
    int row0[TypoWalker::MaxLetters + 1];
    for (int j = 0; j <= m; ++j)
        row0[j] = j;
    for (int s = 0; s < w.count && w.budget > 0 && w.best.tier < 0; ++s) {
        if (!(w.tokens[s].firstMask & letterBit(query.typed[0])))
            continue;
        w.start = s;
        w.walk(s, row0, nullptr, 0);
    }
    if (w.best.tier < 0)
        w.best.unsure = w.budget <= 0;
    return w.best;
}

bool shareReading(const Data &data, const Token &token, const std::vector<uint16_t> &readings)
{
    for (uint32_t r = token.firstReading; r < token.firstReading + token.readingCount; ++r)
        if (std::find(readings.begin(), readings.end(), data.readings[r].syllable) != readings.end())
            return true;
    return false;
}

// Hanzi typed with a character of the same reading (身分证 for 身份证, 公基金 for 公积金): at most
// one such character (two from six), the others as typed.
Match sameReading(const Data &data, const FieldKey &field, const Query &query)
{
    const Units &u = query.plain;
    const int n = int(u.size());
    if (n < 2 || int(query.hanReadings.size()) != n || field.tokenCount < n)
        return {};
    const int allowed = n >= 6 ? 2 : 1;
    if (std::popcount(u.charMask & ~field.charMask) > allowed)
        return {};
    const Token *tokens = data.tokens.data() + field.firstToken;
    const auto same = [&](const Token &token, int p) {
        if (token.codePoint == u.units[p])
            return true;
        for (const char32_t o : u.others[p])
            if (o && o == token.codePoint)
                return true;
        return false;
    };
    for (int s = 0; s + n <= field.tokenCount; ++s) {
        int substituted = 0;
        bool ok = true;
        for (int j = 0; j < n && ok; ++j) {
            if (same(tokens[s + j], j))
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
    return walkField(data, field, query, query.plain, false, false);
}

Match matchFuzzy(const Data &data, uint32_t f, const Query &query)
{
    return query.pinyin ? walkField(data, data.keys[f], query, query.fuzzy, true, false) : Match();
}

Match matchApart(const Data &data, uint32_t f, const Query &query)
{
    return query.plain.hasParts ? walkField(data, data.keys[f], query, query.plain, false, true) : Match();
}

Match matchTypo(const Data &data, uint32_t f, const Query &query)
{
    if (query.letters)
        return typoPinyin(data, f, query);
    return query.pinyin ? Match() : sameReading(data, data.keys[f], query);
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
        const Token &token = data.tokens[data.keys[f].firstToken + t];
        if (!out.isEmpty() && out.back().first + out.back().second == token.position)
            out.back().second += token.size;
        else
            out.append({token.position, token.size});
    }
    return out;
}

} // namespace tongban::search
