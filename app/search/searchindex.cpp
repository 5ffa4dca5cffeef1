// Searching the index: the exact forms over every entry a longer query could still match,
// then the tolerant forms while the list is not full, the best few kept as they come.
#include "searchindex.h"

#include "searchdata.h"
#include "searchfilter.h"
#include "searchnarrow.h"

#include <algorithm>
#include <bit>

namespace tongban {

using namespace search;

namespace {

enum State : uint8_t { Open = 0, Matched = 1, Hidden = 2, Unsure = 4 };

struct Hit
{
    uint64_t key = ~uint64_t(0); // the rank, best first (rankKey)
    uint32_t entry = 0, field = 0;
    int tier = 0;
    bool keyword = false;
    Match match;
};

// The rank as one number: tier, the tier within it, keyword after name, the word's own reading
// before another, the whole text before a part, an earlier start, then content order (the
// entry's index: items, departments, themes, notices, each in content order).
uint64_t rankKey(int tier, int sub, bool keyword, const Match &m, uint32_t entry)
{
    const uint64_t start = uint64_t(std::min(m.start, (1 << 22) - 1));
    return uint64_t(tier) << 59 | uint64_t(sub) << 55 | uint64_t(keyword) << 54 | uint64_t(m.demoted) << 53
        | uint64_t(!m.whole) << 52 | start << 30 | entry;
}

// The tier of a field's match: exact forms of a name by their own tier, of a keyword as
// Keyword; the tolerant forms by theirs; notices after everything, in the same order.
std::pair<int, int> tierOf(const Match &m, bool keyword, bool notice)
{
    const int tier = m.how == Match::Fuzzy ? SearchResult::Fuzzy
        : m.how == Match::Apart            ? SearchResult::OrderedApart
        : m.how != Match::Plain            ? SearchResult::Tolerant
        : keyword                          ? SearchResult::Keyword
                                           : m.tier;
    return notice ? std::pair(int(SearchResult::NoticeTitle), tier) : std::pair(tier, m.tier);
}

using List = std::shared_ptr<const Entries>;

class Searcher
{
public:
    Searcher(const Data &data, int limit, const std::vector<uint8_t> &hidden) : d(data), limit(size_t(limit)), state(hidden)
    {
        best.reserve(std::min(this->limit, d.entries.size()));
    }

    // Runs `match` over the open entries of `from` (every entry when null), in content order,
    // on the fields `may` allows; `untilFull`: stops once `limit` were found. Returns the
    // entries a longer query may still match in this form: all but those looked at and refused
    // (when `record`; an unsure refusal is kept too). Once `limit` are found, an entry whose best
    // possible rank (`bound`) is below all of them is not matched, only kept when `may` allows.
    template <class May, class M, class B>
    List pass(const List &from, May &&may, M &&match, bool untilFull, bool record, B &&bound)
    {
        const size_t count = d.entries.size();
        auto kept = std::make_shared<Entries>(count);
        const auto visit = [&](uint32_t i) {
            if (untilFull && found >= limit) { // the rest is not looked at
                kept->addFrom(from.get(), i, count);
                return false;
            }
            if (!(state[i] & (Matched | Hidden))) {
                if (best.size() == limit && bound(i) > best.front().key) {
                    if (anyField(i, may))
                        kept->add(i);
                    return true;
                }
                if (consider(i, may, match))
                    state[i] |= Matched;
            }
            if ((state[i] & (Matched | Hidden | Unsure)) || !record)
                kept->add(i);
            return true;
        };
        if (!from) {
            for (uint32_t i = 0; i < count; ++i)
                if (!visit(i))
                    break;
            return kept;
        }
        for (size_t w = 0; w < from->words.size(); ++w)
            for (uint64_t bits = from->words[w]; bits; bits &= bits - 1)
                if (!visit(uint32_t(w * 64 + size_t(std::countr_zero(bits)))))
                    return kept;
        return kept;
    }

    template <class May, class M> List pass(const List &from, May &&may, M &&match, bool untilFull, bool record)
    {
        return pass(from, may, match, untilFull, record, [](uint32_t) { return uint64_t(0); });
    }

    size_t count() const { return found; }

    QList<SearchResult> results()
    {
        std::sort_heap(best.begin(), best.end(), [](const Hit &a, const Hit &b) { return a.key < b.key; });
        QList<SearchResult> out;
        out.reserve(qsizetype(best.size()));
        for (const Hit &hit : best) {
            const Entry &e = d.entries[hit.entry];
            const uint32_t titleField = d.entryKeys[hit.entry].titleField;
            SearchResult r;
            r.kind = e.kind;
            r.id = e.id;
            r.title = d.fields[titleField].text;
            r.subtitle = e.subtitle;
            r.status = e.status;
            r.tier = SearchResult::Tier(hit.tier);
            r.form = hit.match.form;
            r.alternateReading = hit.match.demoted;
            r.suggestion = hit.match.how == Match::Fuzzy || hit.match.how == Match::Typo || hit.match.how == Match::SameSound;
            if (hit.keyword)
                r.keyword = d.fields[hit.field].text;
            else
                r.ranges = matchRanges(d, titleField, hit.match);
            out.append(r);
        }
        return out;
    }

private:
    // The entry's best match: its name first, as residents read it (highlighted); its keywords
    // when the name did not match.
    template <class May> bool anyField(uint32_t i, May &&may) const
    {
        const EntryKey &e = d.entryKeys[i];
        if (may(e.titleField))
            return true;
        for (uint32_t k = e.firstKeyword; k < e.firstKeyword + e.keywordCount; ++k)
            if (may(k))
                return true;
        return false;
    }

    template <class May, class M> bool consider(uint32_t i, May &&may, M &&match)
    {
        const EntryKey &e = d.entryKeys[i];
        Hit hit;
        bool any = false, unsure = false;
        const auto field = [&](uint32_t f, bool keyword) {
            if (!may(f))
                return;
            const Match m = match(f);
            if (m.tier < 0) {
                unsure = unsure || m.unsure;
                return;
            }
            const auto [tier, sub] = tierOf(m, keyword, e.notice);
            const uint64_t key = rankKey(tier, sub, keyword, m, i);
            if (!any || key < hit.key)
                hit = {key, i, f, tier, keyword, m};
            any = true;
        };
        field(e.titleField, false);
        if (!any)
            for (uint32_t k = e.firstKeyword; k < e.firstKeyword + e.keywordCount; ++k)
                field(k, true);
        if (unsure && !any)
            state[i] |= Unsure;
        if (any)
            add(hit);
        return any;
    }

    // Keeps the `limit` best as a heap, worst on top.
    void add(const Hit &hit)
    {
        ++found;
        const auto less = [](const Hit &a, const Hit &b) { return a.key < b.key; };
        if (best.size() < limit) {
            best.push_back(hit);
            std::push_heap(best.begin(), best.end(), less);
        } else if (hit.key < best.front().key) {
            std::pop_heap(best.begin(), best.end(), less);
            best.back() = hit;
            std::push_heap(best.begin(), best.end(), less);
        }
    }

    const Data &d;
    size_t limit;
    std::vector<uint8_t> state; // per entry: State bits
    std::vector<Hit> best;
    size_t found = 0;
};

} // namespace

bool SearchIndex::isEmpty() const
{
    return !d || d->entries.empty();
}

int SearchIndex::entryCount() const
{
    return d ? int(d->entries.size()) : 0;
}

QStringList SearchIndex::problems() const
{
    return d ? d->problems : QStringList();
}

QString SearchIndex::normalise(const QString &query)
{
    return Query::parse(query).literal.simplified();
}

QList<SearchResult> SearchIndex::search(const QString &text, int limit, const QDate &today, bool tolerant) const
{
    if (!d || limit <= 0)
        return {};
    Query query = Query::parse(text);
    // Longer than any text could match: nothing to do (a pasted page of text stays cheap).
    if (query.isEmpty() || (query.pinyin ? int(query.plain.size()) > d->maxLetters + 1 : query.literal.size() > d->maxLength + 1))
        return {};
    const auto hidden = hiddenNotices(*d, today.toString(Qt::ISODate));
    // What the previous keystroke ruled out, when this query only grew.
    const std::shared_ptr<const Level> from = narrowFrom(*d, text, query);
    Searcher s(*d, limit, *hidden);
    auto level = std::make_shared<Level>();
    // The exact forms first. The tolerant ones rank below every exact match, so they are only
    // looked for while the list is not full (stopping once it is: only which guesses fill the
    // last places could change, never an exact result); typing errors only when almost
    // nothing was found.
    // Once the list is full, an entry that cannot rank above its last is only checked for
    // whether it may match (for the next keystroke): a name not starting with the first
    // letter typed matches as a substring at best, a keyword as a keyword, a notice last.
    const bool startKnown = query.pinyin && !query.literalFirst && !query.plain.exact[0];
    const uint32_t first = startKnown ? firstBit(query.plain.units[0]) : 0;
    const auto bound = [&](uint32_t i) {
        const EntryKey &e = d->entryKeys[i];
        Match best;
        best.whole = true;
        if (e.notice)
            return rankKey(SearchResult::NoticeTitle, 0, false, best, i);
        int tier = startKnown && !(d->keys[e.titleField].startMask & first) ? SearchResult::Substring : SearchResult::Exact;
        if (e.keywordCount > 0)
            tier = std::min<int>(tier, SearchResult::Keyword);
        return rankKey(tier, 0, false, best, i);
    };
    level->exact = s.pass(
        from ? from->exact : nullptr, [&](uint32_t f) { return mayMatchField(*d, f, query); },
        [&](uint32_t f) { return matchField(*d, f, query); }, false, true, bound);
    level->tolerant = from ? from->tolerant : nullptr;
    level->typo = from ? from->typo : nullptr;
    // A pass that cannot find anything for this query is not run (fuzzy pinyin needs letters,
    // ordered-apart parts; typing errors 4 to 32 letters, same reading two Hanzi or more).
    const bool fuzzyOrApart = query.pinyin || query.plain.hasParts;
    const size_t letters = query.typed.size(), hanzi = query.hanReadings.size();
    const bool typing
        = (query.letters && letters >= 4 && letters <= 32) || (!query.pinyin && hanzi >= 2 && hanzi == query.plain.size());
    if (tolerant && fuzzyOrApart && s.count() < size_t(limit)) {
        level->tolerant = s.pass(
            from ? from->tolerant : nullptr, [&](uint32_t f) { return mayMatchTolerant(*d, f, query); },
            [&](uint32_t f) {
                const Match m = matchFuzzy(*d, f, query);
                if (m.tier >= 0)
                    return m;
                Match a = matchApart(*d, f, query);
                a.unsure = a.unsure || m.unsure;
                return a;
            },
            true, query.partsSettled);
    }
    if (tolerant && typing && s.count() < 3) {
        const bool record = query.letters;
        level->typo = s.pass(
            from ? from->typo : nullptr, [&](uint32_t f) { return mayMatchTypo(*d, f, query); },
            [&](uint32_t f) { return matchTypo(*d, f, query); }, true, record);
    }
    QList<SearchResult> out = s.results();
    level->text = text;
    level->query = std::move(query);
    level->query.typoStarts = {}; // the next keystroke works out its own
    remember(*d, from, std::move(level));
    return out;
}

} // namespace tongban
