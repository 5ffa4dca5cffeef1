#include "itemlink.h"

#include "urlpolicy.h"

#include <QUrl>

namespace tongban {

const QStringList &ItemLink::placeholders()
{
    static const QStringList names = {"task_code", "handle_code", "area", "name"};
    return names;
}

QString ItemLink::fill(const QString &pattern, const QHash<QString, QString> &values, QString *error)
{
    QString out;
    out.reserve(pattern.size() + 64);
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (c == u'}') {
            *error = tr("模板中的「}」没有对应的「{」");
            return {};
        }
        if (c != u'{') {
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype end = pattern.indexOf(u'}', i + 1);
        if (end < 0) {
            *error = tr("模板中的「{」没有对应的「}」");
            return {};
        }
        const QString name = pattern.mid(i + 1, end - i - 1);
        if (!placeholders().contains(name)) {
            *error = tr("模板中的占位符「{%1}」未知（可用 {task_code}、{handle_code}、{area}、{name}）").arg(name);
            return {};
        }
        const QString value = values.value(name);
        if (value.isEmpty()) {
            *error = tr("模板用到 {%1}，但本事项没有填写").arg(name);
            return {};
        }
        out.append(QString::fromLatin1(QUrl::toPercentEncoding(value)));
        i = end + 1;
    }
    error->clear();
    return out;
}

QHash<QString, QString> ItemLink::values(const Input &in, const QString &areaCode)
{
    return {{"task_code", in.taskCode}, {"handle_code", in.handleCode}, {"area", areaCode}, {"name", in.name}};
}

QString ItemLink::portal(const UrlPolicy &policy, const QString &areaCode)
{
    QString error;
    const QString url = fill(policy.portal(), {{"area", areaCode}}, &error);
    return url.isEmpty() ? policy.portal() : url; // an unusable portal is then refused where it is drawn
}

QString ItemLink::stateName() const
{
    switch (state) {
    case State::None:
        return QStringLiteral("none");
    case State::Unverified:
        return QStringLiteral("unverified");
    case State::Expired:
        return QStringLiteral("expired");
    case State::Refused:
        return QStringLiteral("refused");
    case State::Verified:
        return QStringLiteral("verified");
    }
    return {};
}

ItemLink ItemLink::resolve(const Input &in, const QString &areaCode, const QDate &today, const UrlPolicy &policy)
{
    ItemLink link;
    link.templateId = in.templateId;
    link.verifiedAt = in.verifiedAt;
    link.verifiedBy = in.verifiedBy;
    link.url = portal(policy, areaCode);
    if (!in.templateId.isEmpty()) {
        link.deepUrl = fill(in.pattern, values(in, areaCode), &link.problem);
        if (link.deepUrl.isEmpty()) {
            link.state = State::Refused;
            return link;
        }
    } else {
        link.deepUrl = in.literal;
    }
    if (link.deepUrl.isEmpty())
        return link; // None
    const QDate checked = QDate::fromString(in.verifiedAt, Qt::ISODate);
    if (checked.isValid())
        link.ageDays = int(qMax<qint64>(0, checked.daysTo(today)));
    // The same check as at import: content may have been imported under another allowlist.
    link.problem = policy.check(link.deepUrl);
    if (!link.problem.isEmpty())
        link.state = State::Refused;
    else if (!checked.isValid())
        link.state = State::Unverified;
    else if (link.ageDays > policy.verifiedMaxAgeDays())
        link.state = State::Expired;
    else
        link.state = State::Verified;
    if (link.state == State::Verified)
        link.url = link.deepUrl;
    return link;
}

} // namespace tongban
