#pragma once

// Internal to the search engine: what one keystroke leaves for the next. Each query form rules
// entries out for every longer query (Query::extends says when that holds), so a query that
// only grew looks only at what the keystroke before kept.
#include "searchdata.h"

#include <memory>
#include <vector>

namespace tongban::search {

// A set of entries, one bit each (small enough that remembering a few dozen keystrokes does
// not grow the heap; a search allocating and freeing large blocks waits on the kernel).
struct Entries
{
    std::vector<uint64_t> words;
    explicit Entries(size_t count) : words((count + 63) / 64, 0) { }
    void add(uint32_t i) { words[i >> 6] |= uint64_t(1) << (i & 63); }
    // Adds every entry of `from` (all when null) from `i` on.
    void addFrom(const Entries *from, uint32_t i, size_t count)
    {
        for (size_t w = i >> 6; w < words.size(); ++w) {
            uint64_t bits = from ? from->words[w] : ~uint64_t(0);
            if (w == i >> 6)
                bits &= ~uint64_t(0) << (i & 63);
            if (!from && w == words.size() - 1 && count % 64)
                bits &= ~(~uint64_t(0) << (count % 64));
            words[w] |= bits;
        }
    }
};

// One search's outcome, per form: the entries a query extending this one may still match
// (null: every entry).
struct Level
{
    QString text; // as typed
    Query query;
    std::shared_ptr<const Entries> exact, tolerant, typo;
};

// The deepest remembered level `query` extends whose text is a strict beginning of `text`
// (a repeated query narrows from the keystroke before, never from itself); null when none.
std::shared_ptr<const Level> narrowFrom(const Data &data, const QString &text, const Query &query);
// Remembers `level`, found from `from` (null: from nothing): the levels after `from` go.
void remember(const Data &data, const std::shared_ptr<const Level> &from, std::shared_ptr<const Level> level);
// Per entry: Hidden (2) for a notice not shown on `day` (ISO date), else 0.
std::shared_ptr<const std::vector<uint8_t>> hiddenNotices(const Data &data, const QString &day);

} // namespace tongban::search
