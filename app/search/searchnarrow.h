#pragma once

// Internal to the search engine: what one keystroke leaves for the next. Each query form rules
// entries out for every longer query (Query::extends says when that holds), so a query that
// only grew looks only at what the keystroke before kept.
#include "searchdata.h"

#include <memory>
#include <vector>

namespace tongban::search {

// One search's outcome, per form: the entries a query extending this one may still match
// (ascending; null: every entry).
struct Level
{
    QString text; // as typed
    Query query;
    std::shared_ptr<const std::vector<uint32_t>> exact, tolerant, typo;
};

// The deepest remembered level `query` extends whose text is a strict beginning of `text`
// (a repeated query narrows from the keystroke before, never from itself); null when none.
std::shared_ptr<const Level> narrowFrom(const Data &data, const QString &text, const Query &query);
// Remembers `level`, found from `from` (null: from nothing): the levels after `from` go.
void remember(const Data &data, const std::shared_ptr<const Level> &from, std::shared_ptr<const Level> level);
// Per entry: Hidden (2) for a notice not shown on `day` (ISO date), else 0.
std::shared_ptr<const std::vector<uint8_t>> hiddenNotices(const Data &data, const QString &day);

} // namespace tongban::search
