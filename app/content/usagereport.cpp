#include "usagereport.h"

#include "contentstore.h"
#include "csv.h"
#include "localstate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace tongban {

namespace {
const char *const Context = "usage";

struct KindLabel
{
    const char *kind;
    const char *label;
};
// What staff read for each kind, in the order the figures are listed.
const KindLabel kindLabels[] = {
    {usage::ItemOpened, QT_TRANSLATE_NOOP("usage", "事项指南打开")},
    {usage::QrKept, QT_TRANSLATE_NOOP("usage", "二维码查看（3秒以上）")},
    {usage::Printed, QT_TRANSLATE_NOOP("usage", "打印成功")},
    {usage::PrintFailed, QT_TRANSLATE_NOOP("usage", "打印失败")},
    {usage::Rating, QT_TRANSLATE_NOOP("usage", "好差评")},
    {usage::NoticeOpened, QT_TRANSLATE_NOOP("usage", "公告打开")},
    {usage::HallsOpened, QT_TRANSLATE_NOOP("usage", "大厅指引打开")},
    {usage::LargeText, QT_TRANSLATE_NOOP("usage", "使用大字")},
    {usage::English, QT_TRANSLATE_NOOP("usage", "使用英文")},
    {usage::StaffHelp, QT_TRANSLATE_NOOP("usage", "找工作人员")},
    {usage::SearchFound, QT_TRANSLATE_NOOP("usage", "搜索（有结果）")},
    {usage::SearchNotFound, QT_TRANSLATE_NOOP("usage", "搜索（无结果）")},
    {usage::SearchNotFoundQuery, QT_TRANSLATE_NOOP("usage", "无结果搜索词（当天3次以上）")},
};

const char *const ratingLabels[] = {
    QT_TRANSLATE_NOOP("usage", "非常不满意"),
    QT_TRANSLATE_NOOP("usage", "不满意"),
    QT_TRANSLATE_NOOP("usage", "基本满意"),
    QT_TRANSLATE_NOOP("usage", "满意"),
    QT_TRANSLATE_NOOP("usage", "非常满意"),
};

bool is(const QString &kind, const char *name)
{
    return kind == QLatin1String(name);
}

int kindOrder(const QString &kind)
{
    for (size_t i = 0; i < std::size(kindLabels); ++i)
        if (is(kind, kindLabels[i].kind))
            return int(i);
    return int(std::size(kindLabels));
}

QList<UsageReport::Target> sorted(const QHash<QString, UsageReport::Target> &byId)
{
    QList<UsageReport::Target> out = byId.values();
    std::sort(out.begin(), out.end(),
        [](const auto &a, const auto &b) { return a.count != b.count ? a.count > b.count : a.id < b.id; });
    return out;
}
} // namespace

int UsageReport::Item::ratingCount() const
{
    int n = 0;
    for (int r : ratings)
        n += r;
    return n;
}

QString usageKindLabel(const QString &kind)
{
    for (const KindLabel &k : kindLabels)
        if (is(kind, k.kind))
            return QCoreApplication::translate(Context, k.label);
    return kind;
}

QString ratingLabel(int score)
{
    return score >= 1 && score <= 5 ? QCoreApplication::translate(Context, ratingLabels[score - 1]) : QString();
}

QString ratingTarget(const QString &itemId, int score)
{
    return QStringLiteral("%1:%2").arg(itemId).arg(score);
}

std::pair<QString, int> parseRatingTarget(const QString &target)
{
    const qsizetype colon = target.lastIndexOf(u':');
    bool ok = false;
    const int score = colon > 0 ? target.mid(colon + 1).toInt(&ok) : 0;
    if (!ok || score < 1 || score > 5)
        return {target, 0};
    return {target.left(colon), score};
}

UsageNames usageNames(const ContentStore &content)
{
    UsageNames names;
    QSqlQuery q(content.db());
    if (q.exec(QStringLiteral("SELECT id, name FROM items")))
        while (q.next())
            names.items.insert(q.value(0).toString(), q.value(1).toString());
    if (q.exec(QStringLiteral("SELECT id, title FROM notices")))
        while (q.next())
            names.notices.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

UsageReport usageReport(const LocalState &state, const QDate &from, const QDate &to, const UsageNames &names)
{
    UsageReport report;
    report.from = from;
    report.to = to;
    QHash<QString, UsageReport::Item> items;
    QHash<QString, UsageReport::Target> notices, found, notFound;
    auto item = [&](const QString &id) -> UsageReport::Item & {
        auto it = items.find(id);
        if (it == items.end())
            it = items.insert(id, UsageReport::Item{id, names.items.value(id)});
        return *it;
    };
    auto target = [](QHash<QString, UsageReport::Target> &map, const QString &id, const QString &name, int count) {
        auto it = map.find(id);
        if (it == map.end())
            it = map.insert(id, UsageReport::Target{id, name, 0});
        it->count += count;
    };

    for (const QDate &day : state.usageDays()) {
        if (day < from || day > to)
            continue;
        UsageReport::Day totals{day, {}};
        QList<LocalState::UsageRow> rows = state.usageOn(day);
        std::stable_sort(
            rows.begin(), rows.end(), [](const auto &a, const auto &b) { return kindOrder(a.kind) < kindOrder(b.kind); });
        for (const LocalState::UsageRow &r : std::as_const(rows)) {
            totals.kinds[r.kind] += r.count;
            report.totals[r.kind] += r.count;
            QString name;
            if (is(r.kind, usage::ItemOpened)) {
                item(r.target).opened += r.count;
            } else if (is(r.kind, usage::QrKept)) {
                item(r.target).qrKept += r.count;
            } else if (is(r.kind, usage::Printed)) {
                item(r.target).printed += r.count;
            } else if (is(r.kind, usage::PrintFailed)) {
                item(r.target).printFailed += r.count;
            } else if (is(r.kind, usage::Rating)) {
                const auto [itemId, score] = parseRatingTarget(r.target);
                if (score > 0) {
                    item(itemId).ratings[score - 1] += r.count;
                    report.ratings[score - 1] += r.count;
                }
                name = names.items.value(itemId);
            } else if (is(r.kind, usage::NoticeOpened)) {
                name = names.notices.value(r.target);
                target(notices, r.target, name, r.count);
            } else if (is(r.kind, usage::SearchFound)) {
                target(found, r.target, r.target, r.count);
            } else if (is(r.kind, usage::SearchNotFoundQuery)) {
                target(notFound, r.target, r.target, r.count);
            }
            if (name.isEmpty() && !r.target.isEmpty() && !is(r.kind, usage::Rating))
                name = names.items.value(r.target);
            report.rows.append({day, r.kind, r.target, name, r.count});
        }
        report.days.append(totals);
    }

    report.items = items.values();
    std::sort(report.items.begin(), report.items.end(),
        [](const auto &a, const auto &b) { return a.opened != b.opened ? a.opened > b.opened : a.id < b.id; });
    report.notices = sorted(notices);
    report.searchesFound = sorted(found);
    report.searchesNotFound = sorted(notFound);
    return report;
}

QByteArray usageCsv(const UsageReport &report)
{
    QByteArray out("\xEF\xBB\xBF"); // UTF-8 BOM: WPS and Excel then open it as Chinese
    out += Csv::row({QCoreApplication::translate("usage", "日期"), QCoreApplication::translate("usage", "统计项"),
        QCoreApplication::translate("usage", "编号"), QCoreApplication::translate("usage", "名称"),
        QCoreApplication::translate("usage", "评价"), QCoreApplication::translate("usage", "次数")});
    for (const UsageReport::Row &r : report.rows) {
        QString id = r.target;
        QString name = r.name;
        QString rating;
        if (is(r.kind, usage::Rating)) {
            const auto [itemId, score] = parseRatingTarget(r.target);
            id = itemId;
            rating = ratingLabel(score);
        } else if (is(r.kind, usage::SearchFound) || is(r.kind, usage::SearchNotFoundQuery)) {
            id.clear(); // a query is no id: it goes under 名称
            name = r.target;
        }
        out += Csv::row({r.day.toString(Qt::ISODate), usageKindLabel(r.kind), id, name, rating, QString::number(r.count)});
    }
    return out;
}

QString usageCsvFileName(const QString &hallName, const QDate &from, const QDate &to)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f\\s]+"));
    QString hall = hallName.trimmed();
    hall.replace(unsafe, QStringLiteral("_"));
    if (hall.isEmpty())
        hall = QStringLiteral("_");
    return QCoreApplication::translate("usage", "使用统计_%1_%2_%3.csv")
        .arg(hall, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace tongban
