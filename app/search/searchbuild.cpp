// Building the search index: the content's texts read once, each made tokens with every
// reading of every character and the masks the passes filter by.
#include "searchindex.h"

#include "pinyin.h"
#include "searchdata.h"
#include "sqliterows.h"
#include "wordreadings.h"

#include <QHash>

#include <algorithm>

namespace tongban {

using namespace search;

namespace {

// fold() would change the character.
bool needsFold(QChar c)
{
    return (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) || c.unicode() == 0x3000 || (!c.isSurrogate() && c.toLower() != c);
}

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
        for (char c = 'a'; c <= 'z'; ++c)
            latin[c - 'a'] = addSyllable(QByteArray(1, c));
        for (char c = '0'; c <= '9'; ++c)
            latin[26 + c - '0'] = addSyllable(QByteArray(1, c));
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
            wordFirsts[chars.first() & 0xFFFF] = true;
        }
    }

    uint32_t addField(const QString &text)
    {
        Field f;
        FieldKey key;
        Pairs bigrams;
        FieldPairs pairs;
        f.text = text;
        // Most names have nothing to fold: they share the text.
        f.folded = std::any_of(text.begin(), text.end(), needsFold) ? fold(text) : text;
        key.firstToken = uint32_t(d.tokens.size());
        d.maxLength = std::max(d.maxLength, int(text.size()));
        scan(f.folded);
        applyWords();
        for (size_t t = 0; t < pending.size(); ++t)
            key.maxLetters += appendToken(t, key, bigrams, pairs);
        key.tokenCount = uint16_t(std::min<size_t>(pending.size(), 0xFFFF));
        key.startMask = pending.empty() ? 0 : d.tokens[key.firstToken].firstMask;
        d.maxLetters = std::max(d.maxLetters, int(key.maxLetters));
        d.fields.push_back(std::move(f));
        d.keys.push_back(key);
        d.bigrams.push_back(bigrams);
        d.pairs.push_back(pairs);
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
        // Readings keep a syllable in 15 bits (Reading); the table has about 1 300 and word
        // readings only use its syllables, letters and digits.
        Q_ASSERT(d.syllables.size() < Demoted);
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

    // The table's readings of a character, looked up once per character of the BMP's Han
    // blocks (a name of ten characters would otherwise cost ten binary searches).
    std::span<const uint16_t> readingsOf(char32_t c)
    {
        if (c < HanFirst || c >= HanEnd)
            return pinyin::readings(c);
        if (known.empty()) {
            known.assign(HanEnd - HanFirst, 0);
            cached.resize(HanEnd - HanFirst);
        }
        const size_t i = c - HanFirst;
        if (!known[i]) {
            cached[i] = pinyin::readings(c);
            known[i] = 1;
        }
        return cached[i];
    }

    void scan(const QString &folded)
    {
        pending.clear();
        for (qsizetype i = 0; i < folded.size();) {
            const int size = folded[i].isHighSurrogate() && i + 1 < folded.size() && folded[i + 1].isLowSurrogate() ? 2 : 1;
            const char32_t c = size == 2 ? QChar::surrogateToUcs4(folded[i], folded[i + 1]) : folded[i].unicode();
            Pending p{c, int(i), size, -1, {}, {}};
            if (c >= 'a' && c <= 'z')
                p.latin = latin[c - 'a'];
            else if (c >= '0' && c <= '9')
                p.latin = latin[26 + c - '0'];
            else
                p.table = readingsOf(c);
            if (p.latin >= 0 || !p.table.empty() || (c > 127 && QChar::isLetterOrNumber(c)))
                pending.push_back(p);
            i += size;
        }
    }

    // A word counts where its characters follow each other in the text.
    void applyWords()
    {
        for (size_t t = 0; t < pending.size(); ++t) {
            if (!wordFirsts[pending[t].codePoint & 0xFFFF])
                continue;
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

    void addReading(int syllable, bool demoted)
    {
        for (const Reading r : current)
            if (syllableOf(r) == syllable)
                return;
        current.push_back(Reading(syllable | (demoted ? Demoted : 0)));
        if (size_t(syllable) < uSpelling.size() && uSpelling[syllable] >= 0)
            addReading(uSpelling[syllable], demoted);
    }

    // Appends the token's readings (word readings first, not demoted); returns the length of
    // its longest spelling.
    int appendToken(size_t t, FieldKey &f, Pairs &bigrams, FieldPairs &pairs)
    {
        const Pending &p = pending[t];
        current.clear();
        if (p.latin >= 0)
            addReading(p.latin, false);
        for (const int s : p.preferred)
            addReading(s, false);
        for (const uint16_t s : p.table)
            addReading(s, !p.preferred.isEmpty());
        Token token{0, 0, uint16_t(current.size()), {}};
        int longest = 1;
        for (const Reading r : current) {
            const SyllableMasks &m = masksOf(syllableOf(r));
            longest = std::max(longest, int(d.syllables[syllableOf(r)].size));
            token.firstMask |= m.firstBit;
            token.fuzzyFirstMask |= m.fuzzyFirstBit;
            f.firstMask |= m.first;
            f.fuzzyFirstMask |= m.fuzzyFirst;
            f.letterMask |= m.letters;
            f.fuzzyLetterMask |= m.fuzzyLetters;
            for (int w = 0; w < 4; ++w) {
                bigrams.bits[w] |= m.bigrams.bits[w];
                pairs.plain.bits[w] |= m.plain.bits[w];
                pairs.fuzzy.bits[w] |= m.fuzzy.bits[w];
            }
        }
        // Letter pairs across the syllable before and this one (typo tolerance's filter).
        if (t > 0) {
            for (const Reading a : previous)
                for (const Reading b : current) {
                    const Syllable &x = d.syllables[syllableOf(a)], &y = d.syllables[syllableOf(b)];
                    addPair(bigrams, x.text[x.size - 1], y.text[0]);
                    setPair(pairs.plain, x.text[x.size - 1], y.text[0]);
                    setPair(pairs.plain, x.text[0], y.text[0]);
                    if (x.initial == 2)
                        setPair(pairs.plain, x.text[1], y.text[0]);
                    if (x.fuzzySize > 0 && y.fuzzySize > 0) {
                        setPair(pairs.fuzzy, x.fuzzy[x.fuzzySize - 1], y.fuzzy[0]);
                        setPair(pairs.fuzzy, x.fuzzy[0], y.fuzzy[0]);
                    }
                }
        }
        if (current.size() <= 3) {
            std::copy(current.begin(), current.end(), token.inlined);
        } else {
            const auto at = uint32_t(d.readings.size());
            token.inlined[0] = uint16_t(at & 0xFFFF);
            token.inlined[1] = uint16_t(at >> 16);
            d.readings.insert(d.readings.end(), current.begin(), current.end());
        }
        f.charMask |= charBit(p.codePoint);
        d.tokens.push_back(token);
        d.tokenTexts.push_back({p.codePoint, p.position, uint16_t(p.size)});
        previous.swap(current);
        return longest;
    }

    // What a syllable adds to a token's and a field's masks, worked out once per syllable.
    struct SyllableMasks
    {
        bool known = false;
        uint32_t firstBit = 0, fuzzyFirstBit = 0;
        uint64_t first = 0, fuzzyFirst = 0, letters = 0, fuzzyLetters = 0;
        Pairs bigrams, plain, fuzzy; // the letter pairs inside it
    };

    const SyllableMasks &masksOf(uint16_t id)
    {
        if (id >= masks.size())
            masks.resize(d.syllables.size());
        SyllableMasks &m = masks[id];
        if (m.known)
            return m;
        const Syllable &s = d.syllables[id];
        m.known = true;
        m.firstBit = firstBit(char32_t(uchar(s.text[0])));
        m.first = letterBit(char32_t(uchar(s.text[0])));
        for (int i = 0; i < s.size; ++i)
            m.letters |= letterBit(char32_t(uchar(s.text[i])));
        for (int i = 0; i < s.fuzzySize; ++i)
            m.fuzzyLetters |= letterBit(char32_t(uchar(s.fuzzy[i])));
        for (int i = 1; i < s.size; ++i) {
            addPair(m.bigrams, s.text[i - 1], s.text[i]);
            setPair(m.plain, s.text[i - 1], s.text[i]);
        }
        for (int i = 1; i < s.fuzzySize; ++i)
            setPair(m.fuzzy, s.fuzzy[i - 1], s.fuzzy[i]);
        if (s.fuzzySize > 0) {
            m.fuzzyFirstBit = firstBit(char32_t(uchar(s.fuzzy[0])));
            m.fuzzyFirst = letterBit(char32_t(uchar(s.fuzzy[0])));
        }
        return m;
    }

    static void setPair(Pairs &pairs, char a, char b)
    {
        const uint8_t bit = pairBit(char32_t(uchar(a)), char32_t(uchar(b)));
        pairs.bits[bit >> 6] |= uint64_t(1) << (bit & 63);
    }

    static constexpr char32_t HanFirst = 0x3400, HanEnd = 0xA000; // Extension A … the end of the URO

    Data &d;
    QHash<QByteArray, int> ids;
    std::vector<int> uSpelling;
    int latin[36] = {};
    QHash<char32_t, QList<WordIds>> wordsByFirst;
    std::vector<bool> wordFirsts = std::vector<bool>(0x10000); // by the low 16 bits: a cheap "no word starts here"
    std::vector<uint8_t> known;
    std::vector<std::span<const uint16_t>> cached;
    std::vector<Pending> pending;
    std::vector<Reading> current, previous; // the readings of the token being added, and of the one before
    std::vector<SyllableMasks> masks; // per syllable
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
        SqliteRows q(db, QString::fromLatin1(sql));
        while (q.next())
            rows->append({kind, q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7)});
        if (!q.error().isEmpty()) {
            if (error)
                *error = QStringLiteral("搜索索引：读取内容失败：%1").arg(q.error());
            return false;
        }
    }
    return true;
}

bool isSeparator(QChar c)
{
    return c == u';' || c == u'；' || c == u'、' || c == u',' || c == u'，';
}

// Keywords as written: separated by ; ； 、 , or ，, trimmed, each once.
QStringList keywordsOf(const QString &text)
{
    QStringList out;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isSeparator(text[i]))
            continue;
        const QString word = QStringView(text).mid(from, i - from).trimmed().toString();
        if (!word.isEmpty() && !out.contains(word))
            out.append(word);
        from = i + 1;
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
    data->entryKeys.reserve(rows.size());
    for (Row &row : rows) {
        EntryKey key;
        key.notice = row.kind == SearchResult::Kind::Notice;
        key.titleField = builder.addField(row.title);
        key.firstKeyword = uint32_t(data->fields.size());
        for (const QString &k : keywordsOf(row.keywords))
            builder.addField(k);
        key.keywordCount = uint32_t(data->fields.size()) - key.firstKeyword;
        data->entryKeys.push_back(key);
        data->entries.push_back({row.kind, std::move(row.id), std::move(row.subtitle), std::move(row.status),
            std::move(row.publishFrom), std::move(row.expireAt)});
    }
    SearchIndex index;
    index.d = std::move(data);
    return index;
}

} // namespace tongban
