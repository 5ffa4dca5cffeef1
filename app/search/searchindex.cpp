#include "searchindex.h"

#include "dates.h"
#include "pinyin.h"
#include "searchdata.h"
#include "wordreadings.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace tongban {

using namespace search;

namespace {

struct Row
{
    SearchResult::Kind kind;
    QString id, title, subtitle, status, keywords, readings, publishFrom, expireAt;
};

// Turns texts into fields: tokens with every reading of every character, word readings
// marking the reading a word settles (the others of that character are demoted).
class Builder
{
public:
    explicit Builder(Data &data) : d(data)
    {
        for (int i = 0; i < pinyin::syllableCount(); ++i)
            addSyllable(pinyin::syllable(i));
        const size_t tableSize = d.syllables.size();
        uSpelling.assign(tableSize, -1);
        for (size_t i = 0; i < tableSize; ++i) {
            QByteArray text(d.syllables[i].text, d.syllables[i].size);
            if (text.contains('v'))
                uSpelling[i] = addSyllable(text.replace('v', 'u'));
        }
    }

    void addWords(const QList<WordReading> &list)
    {
        for (const WordReading &w : list) {
            QList<char32_t> chars;
            for (const char32_t c : fold(w.word).toUcs4())
                chars.append(c);
            if (chars.size() != w.syllables.size() || chars.isEmpty())
                continue;
            WordIds ids{chars, {}};
            for (const QByteArray &s : w.syllables)
                ids.syllables.append(addSyllable(s));
            wordsByFirst[chars.first()].append(ids);
        }
    }

    uint32_t addField(const QString &text)
    {
        Field f;
        f.text = text;
        f.folded = fold(text);
        f.firstToken = uint32_t(d.tokens.size());
        d.maxLength = std::max(d.maxLength, int(text.size()));
        scan(f.folded);
        applyWords();
        for (size_t t = 0; t < pending.size(); ++t)
            f.maxLetters += appendToken(t, f);
        f.tokenCount = uint16_t(std::min<size_t>(pending.size(), 0xFFFF));
        d.maxLetters = std::max(d.maxLetters, int(f.maxLetters));
        d.fields.push_back(std::move(f));
        return uint32_t(d.fields.size() - 1);
    }

private:
    struct WordIds
    {
        QList<char32_t> chars;
        QList<int> syllables;
    };
    struct Pending
    {
        char32_t codePoint;
        int position, size;
        int latin; // syllable id of a letter or digit, else -1
        std::span<const uint16_t> table;
        QList<int> preferred; // set by word readings
    };

    int addSyllable(QByteArrayView text)
    {
        const auto it = ids.constFind(text.toByteArray());
        if (it != ids.cend())
            return it.value();
        Syllable s;
        s.size = uint8_t(std::min<qsizetype>(text.size(), sizeof s.text - 1));
        std::copy_n(text.data(), s.size, s.text);
        s.initial = text.startsWith("zh") || text.startsWith("ch") || text.startsWith("sh") ? 2 : 1;
        const QByteArray fuzzy = fuzzySpelling(QByteArrayView(s.text, s.size));
        s.fuzzySize = uint8_t(std::min<qsizetype>(fuzzy.size(), sizeof s.fuzzy - 1));
        std::copy_n(fuzzy.data(), s.fuzzySize, s.fuzzy);
        d.syllables.push_back(s);
        ids.insert(text.toByteArray(), int(d.syllables.size() - 1));
        return int(d.syllables.size() - 1);
    }

    void scan(const QString &folded)
    {
        pending.clear();
        for (qsizetype i = 0; i < folded.size();) {
            const int size = folded[i].isHighSurrogate() && i + 1 < folded.size() && folded[i + 1].isLowSurrogate() ? 2 : 1;
            const char32_t c = size == 2 ? QChar::surrogateToUcs4(folded[i], folded[i + 1]) : folded[i].unicode();
            Pending p{c, int(i), size, -1, {}, {}};
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                p.latin = addSyllable(QByteArray(1, char(c)));
            else
                p.table = pinyin::readings(c);
            if (p.latin >= 0 || !p.table.empty() || (c > 127 && QChar::isLetterOrNumber(c)))
                pending.push_back(p);
            i += size;
        }
    }

    // A word counts where its characters follow each other in the text.
    void applyWords()
    {
        for (size_t t = 0; t < pending.size(); ++t) {
            const auto it = wordsByFirst.constFind(pending[t].codePoint);
            if (it == wordsByFirst.cend())
                continue;
            for (const WordIds &w : it.value()) {
                if (t + w.chars.size() > pending.size())
                    continue;
                bool match = true;
                for (qsizetype j = 1; j < w.chars.size() && match; ++j) {
                    const Pending &a = pending[t + j - 1], &b = pending[t + j];
                    match = b.codePoint == w.chars[j] && a.position + a.size == b.position;
                }
                for (qsizetype j = 0; match && j < w.chars.size(); ++j)
                    if (!pending[t + j].preferred.contains(w.syllables[j]))
                        pending[t + j].preferred.append(w.syllables[j]);
            }
        }
    }

    void addReading(int syllable, bool demoted, Token &token)
    {
        for (uint32_t r = token.firstReading; r < d.readings.size(); ++r)
            if (d.readings[r].syllable == syllable)
                return;
        d.readings.push_back({uint16_t(syllable), demoted});
        token.firstMask |= letterBit(char32_t(uchar(d.syllables[syllable].text[0])));
        if (size_t(syllable) < uSpelling.size() && uSpelling[syllable] >= 0)
            addReading(uSpelling[syllable], demoted, token);
    }

    // Appends the token's readings (word readings first, not demoted); returns the length of
    // its longest spelling.
    int appendToken(size_t t, Field &f)
    {
        const Pending &p = pending[t];
        Token token{p.codePoint, uint32_t(d.readings.size()), 0, uint16_t(p.size), p.position, 0, 0};
        if (p.latin >= 0)
            addReading(p.latin, false, token);
        for (const int s : p.preferred)
            addReading(s, false, token);
        for (const uint16_t s : p.table)
            addReading(s, !p.preferred.isEmpty(), token);
        token.readingCount = uint16_t(d.readings.size() - token.firstReading);
        int longest = 1;
        for (uint32_t r = token.firstReading; r < d.readings.size(); ++r) {
            const Syllable &s = d.syllables[d.readings[r].syllable];
            longest = std::max(longest, int(s.size));
            for (int i = 0; i < s.size; ++i)
                f.letterMask |= letterBit(char32_t(uchar(s.text[i])));
            for (int i = 0; i < s.fuzzySize; ++i)
                f.fuzzyLetterMask |= letterBit(char32_t(uchar(s.fuzzy[i])));
            for (int i = 1; i < s.size; ++i)
                addBigram(f.bigrams, s.text[i - 1], s.text[i]);
            if (s.fuzzySize > 0)
                token.fuzzyFirstMask |= letterBit(char32_t(uchar(s.fuzzy[0])));
        }
        // Letter pairs across the syllable before and this one (typo tolerance's filter).
        if (t > 0) {
            const Token &before = d.tokens.back();
            for (uint32_t a = before.firstReading; a < before.firstReading + before.readingCount; ++a)
                for (uint32_t b = token.firstReading; b < d.readings.size(); ++b) {
                    const Syllable &x = d.syllables[d.readings[a].syllable], &y = d.syllables[d.readings[b].syllable];
                    addBigram(f.bigrams, x.text[x.size - 1], y.text[0]);
                }
        }
        f.firstMask |= token.firstMask;
        f.fuzzyFirstMask |= token.fuzzyFirstMask;
        f.charMask |= charBit(p.codePoint);
        d.tokens.push_back(token);
        return longest;
    }

    Data &d;
    QHash<QByteArray, int> ids;
    std::vector<int> uSpelling;
    QHash<char32_t, QList<WordIds>> wordsByFirst;
    std::vector<Pending> pending;
};

bool readRows(const QSqlDatabase &db, QList<Row> *rows, QString *error)
{
    using K = SearchResult::Kind;
    const struct
    {
        K kind;
        const char *sql;
    } queries[] = {
        // Keywords, then the content office's everyday words (aliases.csv, content migration 010).
        {K::Item,
            "SELECT i.id, i.name, coalesce(d.name, ''), i.status, i.keywords || ';' || "
            "coalesce((SELECT group_concat(a.alias, ';') FROM aliases a WHERE a.item_id = i.id), ''), i.readings, '', '' "
            "FROM items i LEFT JOIN departments d ON d.id = i.department_id ORDER BY i.rowid"},
        // Only departments and themes that lead somewhere, as their own pages list them.
        {K::Department,
            "SELECT d.id, d.name, '', '', '', '', '', '' FROM departments d "
            "WHERE EXISTS (SELECT 1 FROM items i WHERE i.department_id = d.id) "
            "OR EXISTS (SELECT 1 FROM notices n WHERE n.department_id = d.id) ORDER BY d.sort, d.name"},
        {K::Theme,
            "SELECT t.id, t.name, '', '', '', '', '', '' FROM themes t "
            "WHERE EXISTS (SELECT 1 FROM item_themes it WHERE it.theme_id = t.id) ORDER BY t.sort, t.name"},
        {K::Notice,
            "SELECT n.id, n.title, coalesce(d.name, ''), '', '', n.readings, n.publish_from, n.expire_at "
            "FROM notices n LEFT JOIN departments d ON d.id = n.department_id "
            "ORDER BY n.pinned DESC, n.publish_from DESC, n.id"},
    };
    for (const auto &[kind, sql] : queries) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = QStringLiteral("搜索索引：读取内容失败：%1").arg(q.lastError().text());
            return false;
        }
        while (q.next())
            rows->append({kind, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    return true;
}

QStringList keywordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;；、,，]"));
    QStringList out;
    for (const QString &k : text.split(separators)) {
        const QString word = k.trimmed();
        if (!word.isEmpty() && !out.contains(word))
            out.append(word);
    }
    return out;
}

} // namespace

SearchIndex::SearchIndex() = default;

SearchIndex SearchIndex::build(const QSqlDatabase &db, QString *error)
{
    QList<Row> rows;
    if (!readRows(db, &rows, error))
        return {};
    auto data = std::make_shared<Data>();
    Builder builder(*data);
    builder.addWords(WordReadings::builtIn());
    for (const Row &row : std::as_const(rows))
        if (!row.readings.trimmed().isEmpty())
            builder.addWords(WordReadings::parse(row.readings,
                QStringLiteral("%1 %2").arg(row.kind == SearchResult::Kind::Notice ? "公告" : "事项", row.id), &data->problems));
    data->entries.reserve(rows.size());
    int order = 0;
    for (const Row &row : std::as_const(rows)) {
        Entry e{row.kind, order++, row.id, row.subtitle, row.status, row.publishFrom, row.expireAt};
        e.titleField = builder.addField(row.title);
        e.firstKeyword = uint32_t(data->fields.size());
        for (const QString &k : keywordsOf(row.keywords))
            builder.addField(k);
        e.keywordCount = uint32_t(data->fields.size()) - e.firstKeyword;
        data->entries.push_back(std::move(e));
    }
    SearchIndex index;
    index.d = std::move(data);
    return index;
}

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
    const Query query = Query::parse(text);
    // Longer than any text could match: nothing to do (a pasted page of text stays cheap).
    if (query.isEmpty() || (query.pinyin ? int(query.plain.size()) > d->maxLetters + 1 : query.literal.size() > d->maxLength + 1))
        return {};
    const QString day = today.toString(Qt::ISODate);

    struct Hit
    {
        uint32_t entry, field;
        int tier, sub;
        bool keyword;
        Match match;
        auto key(const Data &data) const
        {
            const Entry &e = data.entries[entry];
            return std::make_tuple(tier, sub, keyword, match.demoted, !match.whole, match.start, int(e.kind), e.order);
        }
    };
    // The tier of a field's match: exact forms of a name by their own tier, of a keyword as
    // Keyword; the tolerant forms by theirs; notices after everything, in the same order.
    const auto tierOf = [](const Match &m, bool keyword, bool notice) {
        int tier = m.how == Match::Fuzzy ? SearchResult::Fuzzy
            : m.how == Match::Apart      ? SearchResult::OrderedApart
            : m.how != Match::Plain      ? SearchResult::Tolerant
            : keyword                    ? SearchResult::Keyword
                                         : m.tier;
        return notice ? std::pair(int(SearchResult::NoticeTitle), tier) : std::pair(tier, m.tier);
    };
    std::vector<Hit> hits;
    hits.reserve(std::min<size_t>(size_t(limit) * 4, d->entries.size()));
    std::vector<uint8_t> state(d->entries.size(), 0); // 1: matched, 2: hidden notice
    const auto bestOf = [&](uint32_t i, const Entry &e, auto &&match) {
        const bool notice = e.kind == SearchResult::Kind::Notice;
        Hit best{i, 0, -1, 0, false, {}};
        const auto consider = [&](uint32_t f, bool keyword) {
            const Match m = match(d->fields[f]);
            if (m.tier < 0)
                return;
            const auto [tier, sub] = tierOf(m, keyword, notice);
            Hit h{i, f, tier, sub, keyword, m};
            if (best.tier < 0 || h.key(*d) < best.key(*d))
                best = h;
        };
        // The name first, as residents read it (highlighted); keywords when the name did not match.
        consider(e.titleField, false);
        if (best.tier < 0)
            for (uint32_t k = e.firstKeyword; k < e.firstKeyword + e.keywordCount; ++k)
                consider(k, true);
        if (best.tier >= 0) {
            hits.push_back(best);
            state[i] = 1;
        }
    };
    // A tolerant pass stops once the list is full: its matches all rank below every exact one,
    // so only which guesses fill the last places can change, never an exact result.
    const auto pass = [&](auto &&match, bool untilFull) {
        for (uint32_t i = 0; i < d->entries.size(); ++i) {
            if (state[i] == 0)
                bestOf(i, d->entries[i], match);
            if (untilFull && qsizetype(hits.size()) >= limit)
                break;
        }
    };
    for (uint32_t i = 0; i < d->entries.size(); ++i) {
        const Entry &e = d->entries[i];
        if (e.kind == SearchResult::Kind::Notice && !noticeShown(e.publishFrom, e.expireAt, day))
            state[i] = 2;
    }
    // The exact forms first. The tolerant ones rank below every exact match, so they are only
    // looked for while the list is not full; typing errors only when almost nothing was found.
    pass([&](const Field &f) { return matchField(*d, f, query); }, false);
    if (tolerant && qsizetype(hits.size()) < limit) {
        pass(
            [&](const Field &f) {
                const Match m = matchFuzzy(*d, f, query);
                return m.tier >= 0 ? m : matchApart(*d, f, query);
            },
            true);
    }
    if (tolerant && hits.size() < 3)
        pass([&](const Field &f) { return matchTypo(*d, f, query); }, true);

    const auto less = [this](const Hit &a, const Hit &b) { return a.key(*d) < b.key(*d); };
    const auto top = hits.begin() + std::min<qsizetype>(limit, qsizetype(hits.size()));
    std::partial_sort(hits.begin(), top, hits.end(), less);

    QList<SearchResult> out;
    out.reserve(top - hits.begin());
    for (auto it = hits.begin(); it != top; ++it) {
        const Entry &e = d->entries[it->entry];
        const Field &title = d->fields[e.titleField];
        SearchResult r;
        r.kind = e.kind;
        r.id = e.id;
        r.title = title.text;
        r.subtitle = e.subtitle;
        r.status = e.status;
        r.tier = SearchResult::Tier(it->tier);
        r.form = it->match.form;
        r.alternateReading = it->match.demoted;
        r.suggestion = it->match.how == Match::Fuzzy || it->match.how == Match::Typo || it->match.how == Match::SameSound;
        if (it->keyword)
            r.keyword = d->fields[it->field].text;
        else
            r.ranges = matchRanges(*d, title, it->match);
        out.append(r);
    }
    return out;
}

} // namespace tongban
