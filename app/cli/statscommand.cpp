// `tongban-content stats --from DATE --to DATE [--csv]`: the usage figures of local state, as
// the admin screen shows and exports them (usagereport.h).
#include "toolcommands.h"

#include "services.h"
#include "usagereport.h"

#include <QCoreApplication>

#include <cstdio>

namespace tongban::tool {

namespace {
QString ratings(const std::array<int, 5> &counts)
{
    QStringList parts;
    for (int score = 5; score >= 1; --score)
        if (counts[score - 1] > 0)
            parts << QStringLiteral("%1 %2").arg(ratingLabel(score)).arg(counts[score - 1]);
    return parts.join(QStringLiteral("，"));
}

void targets(const char *heading, const QList<UsageReport::Target> &rows, bool withId)
{
    if (rows.isEmpty())
        return;
    out(QCoreApplication::translate("stats", heading));
    for (const UsageReport::Target &t : rows)
        out(withId ? QStringLiteral("  %1  %2  %3").arg(t.id, t.name.isEmpty() ? QStringLiteral("-") : t.name).arg(t.count)
                   : QStringLiteral("  %1  %2").arg(t.name).arg(t.count));
}
} // namespace

int stats(const Context &c)
{
    const QDate from = QDate::fromString(c.from, Qt::ISODate);
    const QDate to = QDate::fromString(c.to, Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to) {
        err(QCoreApplication::translate(
            "stats", "请用 --from 和 --to 给出起止日期（例如 --from 2026-11-01 --to 2026-11-30），起始不晚于截止"));
        return 2;
    }
    const auto started = startServices(c);
    if (!started)
        return 2;
    Services &services = *started;
    const UsageReport report = usageReport(services.state(), from, to, usageNames(*services.content()));
    if (c.csv) {
        const QByteArray csv = usageCsv(report);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
        return 0;
    }

    out(QCoreApplication::translate("stats", "使用统计：%1，%2 至 %3")
            .arg(services.settings().hallName, from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (report.rows.isEmpty()) {
        out(QCoreApplication::translate("stats", "这段时间没有记录"));
        return 0;
    }
    out(QCoreApplication::translate("stats", "合计："));
    for (auto it = report.totals.cbegin(); it != report.totals.cend(); ++it)
        out(QStringLiteral("  %1  %2").arg(usageKindLabel(it.key())).arg(it.value()));
    out(QCoreApplication::translate("stats", "按日："));
    for (const UsageReport::Day &d : report.days) {
        QStringList parts;
        for (auto it = d.kinds.cbegin(); it != d.kinds.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(usageKindLabel(it.key())).arg(it.value());
        out(QStringLiteral("  %1  %2").arg(d.day.toString(Qt::ISODate), parts.join(QStringLiteral("，"))));
    }
    if (!report.items.isEmpty()) {
        out(QCoreApplication::translate("stats", "按事项（打开 / 二维码查看 / 打印 / 打印失败 / 好差评）："));
        for (const UsageReport::Item &i : report.items) {
            QString line = QStringLiteral("  %1  %2  %3 / %4 / %5 / %6")
                               .arg(i.id, i.name.isEmpty() ? QStringLiteral("-") : i.name)
                               .arg(i.opened)
                               .arg(i.qrKept)
                               .arg(i.printed)
                               .arg(i.printFailed);
            line += QStringLiteral(" / %1").arg(i.ratingCount());
            if (i.ratingCount() > 0)
                line += QStringLiteral("（%1）").arg(ratings(i.ratings));
            out(line);
        }
    }
    out(QCoreApplication::translate("stats", "好差评："));
    for (int score = 5; score >= 1; --score)
        out(QStringLiteral("  %1  %2").arg(ratingLabel(score)).arg(report.ratings[score - 1]));
    targets(QT_TRANSLATE_NOOP("stats", "公告："), report.notices, true);
    targets(QT_TRANSLATE_NOOP("stats", "搜索（有结果）："), report.searchesFound, false);
    targets(QT_TRANSLATE_NOOP("stats", "无结果搜索词（当天3次以上）："), report.searchesNotFound, false);
    return 0;
}

} // namespace tongban::tool
