// The matcher: a query against one text, either as a folded substring (Hanzi, digits,
// punctuation) or token by token, each character taking one piece of the typed pinyin.
#include "searchdata.h"

#include "pinyin.h"

#include <tuple>

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

Query Query::parse(QStringView text)
{
    Query q;
    q.literal = fold(text).trimmed();
    const QString spelled = pinyin::toneless(q.literal);
    for (const QChar c : spelled)
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            q.pinyin = true;
    if (!q.pinyin)
        return q;
    std::vector<uint8_t> breakAfter;
    for (const char32_t c : spelled.toUcs4()) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum || (c > 127 && QChar::isLetterOrNumber(c))) {
            q.units.push_back(c);
            q.exact.push_back(!alnum);
            breakAfter.push_back(false);
            q.letterMask |= letterBit(c);
            q.hanInQuery = q.hanInQuery || !alnum;
        } else {
            if (!breakAfter.empty())
                breakAfter.back() = true; // a space, an apostrophe or a symbol ends a syllable
            if (!QChar::isSpace(c) && c != '\'' && c != 0x2019)
                q.literalFirst = true;
        }
    }
    q.segmentEnd.resize(q.units.size());
    int end = int(q.units.size());
    for (int i = int(q.units.size()) - 1; i >= 0; --i) {
        if (breakAfter[i])
            end = i + 1;
        q.segmentEnd[i] = end;
    }
    return q;
}

namespace {

// Depth-first over the ways the query splits into pieces, one per consecutive token: a piece
// is a whole reading, the initial of one (z or zh for zhang), or — only as the last piece —
// any start of one. Keeps the best outcome; a budget bounds pathological texts.
struct Walker
{
    const Data &data;
    const Query &query;
    const Token *tokens;
    int count;
    int size;
    int start = 0;
    int budget = 4096;
    bool done = false;
    Match best;

    void finish(int t, bool full, bool initials, bool demoted, bool lastComplete)
    {
        Match m;
        const bool whole = start == 0 && t == count - 1;
        if (full)
            m.tier = start != 0         ? SearchResult::Substring
                : whole && lastComplete ? SearchResult::Exact
                                        : SearchResult::NamePrefix;
        else
            m.tier = start != 0 ? SearchResult::Substring : whole ? SearchResult::InitialsWhole : SearchResult::InitialsPrefix;
        m.demoted = demoted;
        m.whole = whole;
        m.start = start;
        m.end = t;
        m.form = query.hanInQuery ? SearchResult::Form::Mixed
            : initials            ? SearchResult::Form::Initials
            : full                ? SearchResult::Form::FullPinyin
                                  : SearchResult::Form::Mixed;
        if (best.tier < 0
            || std::tuple(m.tier, m.demoted, !m.whole, m.start) < std::tuple(best.tier, best.demoted, !best.whole, best.start))
            best = m;
        if (!best.demoted && best.tier == (start == 0 ? SearchResult::Exact : SearchResult::Substring))
            done = true;
    }

    void advance(int t, int next, bool full, bool initials, bool demoted, bool complete)
    {
        if (next == size)
            finish(t, full, initials, demoted, complete);
        else if (t + 1 < count)
            walk(t + 1, next, full && complete, initials, demoted);
    }

    void walk(int t, int p, bool full, bool initials, bool demoted)
    {
        if (done || --budget < 0)
            return;
        const Token &token = tokens[t];
        const char32_t u = query.units[p];
        if (query.exact[p]) {
            if (token.codePoint == u)
                advance(t, p + 1, full, false, demoted, true);
            return;
        }
        if (!(token.firstMask & letterBit(u)))
            return;
        const int limit = query.segmentEnd[p] - p;
        for (uint32_t r = token.firstReading; r < token.firstReading + token.readingCount && !done; ++r) {
            const Reading reading = data.readings[r];
            const Syllable &s = data.syllables[reading.syllable];
            if (char32_t(uchar(s.text[0])) != u)
                continue;
            int typed = 1;
            while (typed < s.size && typed < limit && char32_t(uchar(s.text[typed])) == query.units[p + typed])
                ++typed;
            const bool dem = demoted || reading.demoted;
            if (typed == s.size) {
                advance(t, p + typed, full, initials && s.size == 1, dem, true);
                continue;
            }
            advance(t, p + 1, full, initials, dem, false); // the initial: s for shen, z for zheng
            if (s.initial == 2 && typed >= 2)
                advance(t, p + 2, full, initials, dem, false); // zh for zheng
            if (p + typed == size && typed > s.initial)
                advance(t, p + typed, full, false, dem, false); // the last syllable, still being typed
        }
    }
};

Match matchPinyin(const Data &data, const Field &field, const Query &query)
{
    const int size = int(query.units.size());
    if (field.tokenCount == 0 || (query.letterMask & ~field.letterMask) || size > field.maxLetters)
        return {};
    if (!query.exact[0] && !(field.firstMask & letterBit(query.units[0])))
        return {};
    Walker w{data, query, data.tokens.data() + field.firstToken, field.tokenCount, size, 0, 4096, false, {}};
    for (int s = 0; s < w.count && !w.done; ++s) {
        // Every later start is a substring match: stop once that cannot improve the best.
        if (s > 0 && w.best.tier >= 0 && (w.best.tier < SearchResult::Substring || !w.best.demoted))
            break;
        w.start = s;
        w.walk(s, 0, true, true, false);
    }
    return w.best;
}

} // namespace

Match matchField(const Data &data, const Field &field, const Query &query)
{
    if (!query.pinyin || query.literalFirst) {
        Match m;
        const qsizetype at = query.literal.size() <= field.folded.size() ? field.folded.indexOf(query.literal) : -1;
        if (at < 0 && query.pinyin)
            return matchPinyin(data, field, query);
        if (at < 0)
            return m;
        m.tier = at > 0                                   ? SearchResult::Substring
            : query.literal.size() == field.folded.size() ? SearchResult::Exact
                                                          : SearchResult::NamePrefix;
        m.whole = m.tier == SearchResult::Exact;
        m.start = int(at);
        m.end = int(query.literal.size());
        return m;
    }
    return matchPinyin(data, field, query);
}

QList<QPair<int, int>> matchRanges(const Data &data, const Field &field, const Match &match)
{
    QList<QPair<int, int>> out;
    if (match.tier < 0)
        return out;
    if (match.form == SearchResult::Form::Hanzi)
        return {{match.start, match.end}};
    for (int t = match.start; t <= match.end; ++t) {
        const Token &token = data.tokens[field.firstToken + t];
        if (!out.isEmpty() && out.back().first + out.back().second == token.position)
            out.back().second += token.size;
        else
            out.append({token.position, token.size});
    }
    return out;
}

} // namespace tongban::search
