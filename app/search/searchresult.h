#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace tongban {

// One hit of a search, ready to show: the record, which form of the query matched it and
// which characters of the title to highlight.
struct SearchResult
{
    enum class Kind { Item, Department, Theme, Notice };
    // The query form that matched: Hanzi (as typed), full pinyin (shenfenzheng, also while the
    // last syllable is being typed), initials (sfz) or mixed (shenfz); traditional characters
    // folded to simplified (護照); and the tolerant forms: fuzzy pinyin (sebaoka for shebaoka),
    // one typing error (shenfnezheng) or a character of the same reading (身分证).
    enum class Form { Hanzi, FullPinyin, Initials, Mixed, Traditional, FuzzyPinyin, Typo, SameReading };
    // The rank tiers, best first. Departments and themes are ranked by their names like items;
    // notices always come last.
    enum Tier {
        Exact, // the whole name (Hanzi, or full pinyin of every character)
        NamePrefix, // the name starts with it (Hanzi or full pinyin)
        InitialsWhole, // initials (or mixed) of the whole name
        InitialsPrefix, // initials (or mixed) of the name's start
        Substring, // anywhere else in the name
        Keyword, // an item's keyword or alias
        Fuzzy, // fuzzy pinyin (z/zh, n/l, an/ang …) of a name or keyword
        OrderedApart, // every part of the query in order in the name, but apart (公积金tq → 公积金离职提取)
        Tolerant, // one typing error, or a same-reading character
        NoticeTitle, // a notice's title
    };

    Kind kind = Kind::Item;
    QString id;
    QString title; // plain text, as in the content
    QString subtitle; // items and notices: the department's name
    QString status; // items: 在办 / 即将开通 / 已停办
    Tier tier = Exact;
    Form form = Form::Hanzi;
    QString keyword; // tier Keyword: the keyword that matched (the title has no highlight then)
    // A character of the match was read otherwise than its word's reading (zc → 长春 through
    // zhǎng); such matches rank after the others of their tier.
    bool alternateReading = false;
    // Found by fuzzy pinyin, a typing error or a same-reading character: shown as a
    // suggestion (您是不是要找) when nothing matches exactly.
    bool suggestion = false;
    // Matched characters of `title`: (start, length) in UTF-16 units, ascending, disjoint.
    QList<QPair<int, int>> ranges;

    // The title as HTML: escaped, each range wrapped in `open` … `close`.
    QString highlightedHtml(QStringView open = u"<b>", QStringView close = u"</b>") const;
    // "item", "department", "theme", "notice".
    QString kindName() const;
    static QString kindName(Kind kind);
    // For residents and staff: 事项 / 部门 / 主题 / 公告.
    QString kindLabel() const;
    // Which form matched, in Chinese: 名称（汉字）, 名称（全拼）, 名称（首字母）, 名称（混拼）,
    // 关键词“出国”（全拼）…
    QString matchedForm() const;
    static QString formName(Form form); // 汉字 / 全拼 / 首字母 / 混拼 / 繁体 / 模糊音 / 纠错 / 同音字
    QJsonObject toJson() const;
};

} // namespace tongban
