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
    // last syllable is being typed), initials (sfz) or mixed (shenfz).
    enum class Form { Hanzi, FullPinyin, Initials, Mixed };
    // The rank tiers, best first. Departments and themes are ranked by their names like items;
    // notices always come last.
    enum Tier {
        Exact, // the whole name (Hanzi, or full pinyin of every character)
        NamePrefix, // the name starts with it (Hanzi or full pinyin)
        InitialsWhole, // initials (or mixed) of the whole name
        InitialsPrefix, // initials (or mixed) of the name's start
        Substring, // anywhere else in the name
        Keyword, // an item's keyword or alias
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
    static QString formName(Form form); // 汉字 / 全拼 / 首字母 / 混拼
    QJsonObject toJson() const;
};

} // namespace tongban
