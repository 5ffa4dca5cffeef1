#include "searchresult.h"

#include <QJsonArray>

namespace tongban {

QString SearchResult::highlightedHtml(QStringView open, QStringView close) const
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : ranges) {
        if (start < at || start + length > title.size())
            continue; // never split the text on a bad range
        out += QStringView(title).mid(at, start - at).toString().toHtmlEscaped();
        out += open;
        out += QStringView(title).mid(start, length).toString().toHtmlEscaped();
        out += close;
        at = start + length;
    }
    out += QStringView(title).mid(at).toString().toHtmlEscaped();
    return out;
}

QString SearchResult::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Item:
        return QStringLiteral("item");
    case Kind::Department:
        return QStringLiteral("department");
    case Kind::Theme:
        return QStringLiteral("theme");
    case Kind::Notice:
        return QStringLiteral("notice");
    }
    return {};
}

QString SearchResult::kindName() const
{
    return kindName(kind);
}

QString SearchResult::kindLabel() const
{
    switch (kind) {
    case Kind::Item:
        return QStringLiteral("事项");
    case Kind::Department:
        return QStringLiteral("部门");
    case Kind::Theme:
        return QStringLiteral("主题");
    case Kind::Notice:
        return QStringLiteral("公告");
    }
    return {};
}

QString SearchResult::formName(Form form)
{
    switch (form) {
    case Form::Hanzi:
        return QStringLiteral("汉字");
    case Form::FullPinyin:
        return QStringLiteral("全拼");
    case Form::Initials:
        return QStringLiteral("首字母");
    case Form::Mixed:
        return QStringLiteral("混拼");
    case Form::Traditional:
        return QStringLiteral("繁体");
    case Form::FuzzyPinyin:
        return QStringLiteral("模糊音");
    case Form::Typo:
        return QStringLiteral("纠错");
    case Form::SameReading:
        return QStringLiteral("同音字");
    }
    return {};
}

QString SearchResult::matchedForm() const
{
    if (!keyword.isEmpty())
        return QStringLiteral("关键词“%1”（%2）").arg(keyword, formName(form));
    return (kind == Kind::Notice ? QStringLiteral("标题（%1）") : QStringLiteral("名称（%1）")).arg(formName(form));
}

QJsonObject SearchResult::toJson() const
{
    QJsonArray spans;
    for (const auto &[start, length] : ranges)
        spans.append(QJsonArray{start, length});
    QJsonObject o{{"kind", kindName()}, {"id", id}, {"title", title}, {"subtitle", subtitle}, {"tier", int(tier)},
        {"form", formName(form)}, {"matched", matchedForm()}, {"ranges", spans}};
    if (!status.isEmpty())
        o.insert("status", status);
    if (!keyword.isEmpty())
        o.insert("keyword", keyword);
    if (alternateReading)
        o.insert("alternate_reading", true);
    if (suggestion)
        o.insert("suggestion", true);
    return o;
}

} // namespace tongban
