#pragma once

// A generated content package of realistic size and shape for the benchmarks: N items with
// Chinese names built from real item vocabulary, M notices, materials and halls. The URLs
// are on the default allowlist. Not content: nothing here is ever shown to a resident.
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include "csv.h"

namespace bench {

inline bool writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(tongban::Csv::row(header));
    for (const QStringList &r : rows)
        f.write(tongban::Csv::row(r));
    return true;
}

inline bool writeCatalogue(const QString &dir, int items, int notices, const QString &version = QStringLiteral("bench-1"))
{
    QDir().mkpath(dir);
    const QStringList subjects = {"居民身份证", "户口迁移", "护照", "港澳通行证", "社会保障卡", "医保关系", "住房公积金",
        "营业执照", "机动车驾驶证", "结婚登记", "出生医学证明", "失业保险金", "养老保险", "异地就医", "高龄津贴", "低保",
        "残疾人证", "从业资格证", "卫生许可证", "不动产登记", "居住证", "职业资格", "技能补贴", "生育登记", "门诊慢特病",
        "临时救助", "工伤认定", "医师执业", "教师资格", "道路运输证"};
    const QStringList actions = {
        "首次申领", "换领", "补领", "变更", "注销", "查询打印", "转移接续", "备案", "证明开具", "资格认定", "申请", "年度审验"};
    const QStringList qualifiers = {"", "（个人）", "（单位）", "（异地）", "（跨市通办）", "（网上办理）", "（窗口办理）"};
    const QStringList cities = {"长春", "吉林", "四平", "辽源"};
    const QStringList statuses = {"在办", "在办", "在办", "即将开通"};

    QList<QStringList> depts;
    for (int d = 0; d < 20; ++d)
        depts.append(
            {QStringLiteral("dept-%1").arg(d), QStringLiteral("测试部门%1局").arg(d + 1), "", QString::number(d), "bench"});
    QList<QStringList> itemRows, materialRows, noticeRows;
    for (int i = 0; i < items; ++i) {
        const QString name = subjects[i % subjects.size()] + actions[(i / subjects.size()) % actions.size()]
            + qualifiers[(i / 360) % qualifiers.size()]
            + QStringLiteral("%1").arg(i / 2520 ? QString::number(i / 2520) : QString());
        const QString id = QStringLiteral("item-%1").arg(i);
        itemRows.append({id, name, depts[i % depts.size()][0], "theme-a", cities.mid(0, 1 + i % 4).join(';'), statuses[i % 4],
            QStringLiteral("https://zwfw.jl.gov.cn/jlszwfw/item/%1?area=220100").arg(i), "bench"});
        for (int m = 0; m < 3; ++m)
            materialRows.append({id, QString::number(m + 1), m == 0 ? "居民身份证" : QStringLiteral("申请材料%1").arg(m),
                m == 0 ? "是" : "否", "原件", "1", "bench"});
    }
    for (int n = 0; n < notices; ++n)
        noticeRows.append({QStringLiteral("notice-%1").arg(n), depts[n % depts.size()][0],
            QStringLiteral("关于%1的公告（第%2号）").arg(subjects[n % subjects.size()]).arg(n),
            QStringLiteral("公告正文第%1号。").arg(n).repeated(8), "公告", "2026-01-05", n % 3 ? "" : "2027-01-05",
            n < 2 ? "1" : "0", "bench"});

    QFile manifest(QDir(dir).filePath("manifest.json"));
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    manifest.write(QStringLiteral(
        R"({"format":"tongban-content","format_version":1,"content_version":"%1","built_at":"2026-12-03T00:00:00+08:00","title":"benchmark catalogue"})")
                       .arg(version)
                       .toUtf8());
    return writeCsv(QDir(dir).filePath("sources.csv"), {"id", "title"}, {{"bench", "generated benchmark catalogue"}})
        && writeCsv(QDir(dir).filePath("departments.csv"), {"id", "name", "name_en", "sort", "source"}, depts)
        && writeCsv(QDir(dir).filePath("themes.csv"), {"id", "name", "source"}, {{"theme-a", "测试主题", "bench"}})
        && writeCsv(QDir(dir).filePath("items.csv"),
            {"id", "name", "department_id", "theme_ids", "cities", "status", "url", "source"}, itemRows)
        && writeCsv(
            QDir(dir).filePath("materials.csv"), {"item_id", "seq", "name", "required", "form", "copies", "source"}, materialRows)
        && writeCsv(QDir(dir).filePath("notices.csv"),
            {"id", "department_id", "title", "body", "category", "publish_from", "expire_at", "pinned", "source"}, noticeRows)
        && writeCsv(QDir(dir).filePath("halls.csv"), {"id", "city", "name", "source"}, {{"hall-1", "长春", "测试大厅", "bench"}})
        && writeCsv(QDir(dir).filePath("windows.csv"), {"id", "hall_id", "kind", "name", "source"},
            {{"w-1", "hall-1", "帮办代办", "帮办代办窗口", "bench"}});
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace bench
