#include "searchnarrow.h"

#include "dates.h"

#include <algorithm>

namespace tongban::search {

namespace {
// A query of more keystrokes than this forgets its first ones (backspacing that far searches afresh).
constexpr size_t MaxLevels = 40;
} // namespace

std::shared_ptr<const Level> narrowFrom(const Data &data, const QString &text, const Query &query)
{
    std::lock_guard lock(data.narrowing.mutex);
    const auto &chain = data.narrowing.chain;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Level &level = **it;
        if (text.size() > level.text.size() && text.startsWith(level.text) && query.extends(level.query))
            return *it;
    }
    return nullptr;
}

void remember(const Data &data, const std::shared_ptr<const Level> &from, std::shared_ptr<const Level> level)
{
    std::lock_guard lock(data.narrowing.mutex);
    auto &chain = data.narrowing.chain;
    const auto at = from ? std::find(chain.begin(), chain.end(), from) : chain.end();
    chain.erase(at == chain.end() ? chain.begin() : at + 1, chain.end());
    chain.push_back(std::move(level));
    if (chain.size() > MaxLevels)
        chain.erase(chain.begin());
}

std::shared_ptr<const std::vector<uint8_t>> hiddenNotices(const Data &data, const QString &day)
{
    std::lock_guard lock(data.narrowing.mutex);
    Narrowing &n = data.narrowing;
    if (!n.hidden || n.day != day) {
        auto hidden = std::make_shared<std::vector<uint8_t>>(data.entries.size(), 0);
        for (size_t i = 0; i < data.entries.size(); ++i) {
            const Entry &e = data.entries[i];
            if (e.kind == SearchResult::Kind::Notice && !noticeShown(e.publishFrom, e.expireAt, day))
                (*hidden)[i] = 2;
        }
        n.day = day;
        n.hidden = std::move(hidden);
    }
    return n.hidden;
}

} // namespace tongban::search
