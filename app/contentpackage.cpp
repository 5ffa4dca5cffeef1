#include "contentpackage.h"

#include "csv.h"
#include "database.h"
#include "kiosksettings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tongban {

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(qMax(1, column));
    return QStringLiteral("%1: %2%3").arg(where, warning ? QStringLiteral("警告：") : QString(), message);
}

int ContentPackage::errorCount() const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(), [](const Diagnostic &d) { return !d.warning; }));
}

QString ContentPackage::normalizeDate(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{5}$"));
    if (const auto m = ymd.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    if (const auto m = ym.match(s); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        return (month >= 1 && month <= 12) ? QStringLiteral("%1-%2").arg(m.captured(1)).arg(month, 2, 10, QLatin1Char('0'))
                                           : QString();
    }
    if (serial.match(s).hasMatch()) // Excel's day count (1900 system, with its leap-year bug)
        return QDate(1899, 12, 30).addDays(s.toInt()).toString(Qt::ISODate);
    return {};
}

bool ContentPackage::readManifest(const QString &packageDir, PackageManifest *manifest, QList<Diagnostic> *diagnostics)
{
    const QString name = QStringLiteral("manifest.json");
    auto error = [&](const QString &message) {
        diagnostics->append({name, 0, 0, message, false});
        return false;
    };
    QFile file(QDir(packageDir).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return error(QStringLiteral("找不到或无法读取 manifest.json"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(
            QStringLiteral("manifest.json 不是有效的 JSON（位置 %1：%2）").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    manifest->format = o.value("format").toString();
    manifest->formatVersion = o.value("format_version").toInt();
    manifest->contentVersion = o.value("content_version").toString().trimmed();
    manifest->builtAt = QDateTime::fromString(o.value("built_at").toString(), Qt::ISODate);
    manifest->title = o.value("title").toString();
    manifest->publisher = o.value("publisher").toString();
    bool ok = true;
    if (manifest->format != QLatin1String("tongban-content"))
        ok = error(QStringLiteral("format 应为 \"tongban-content\""));
    if (manifest->formatVersion != FormatVersion)
        ok = error(QStringLiteral("不支持的内容包格式版本 %1（本机支持 %2）").arg(manifest->formatVersion).arg(FormatVersion));
    if (manifest->contentVersion.isEmpty())
        ok = error(QStringLiteral("缺少 content_version（内容版本）"));
    if (!manifest->builtAt.isValid())
        ok = error(QStringLiteral("built_at（制作时间）缺失或不是 ISO 8601 时间，例如 2026-11-23T09:00:00+08:00"));
    return ok;
}

namespace {

enum class Type { Id, Text, Int, Bool, Date, Enum, Ref, Url, City, List };

struct Col
{
    QString key; // header name and database column
    QString alias; // Chinese header name
    Type type = Type::Text;
    bool required = false;
    QStringList values; // Enum: allowed values; Ref/List: the referenced table
    QString dbColumn; // when it differs from key; "-" for columns handled separately
    int maxLength = 2000;
};

struct Table
{
    QString file;
    QString dbTable;
    QList<Col> cols;
};

Col col(const QString &key, const QString &alias, Type type, bool required = false, const QStringList &values = {},
    const QString &dbColumn = {}, int maxLength = 2000)
{
    return {key, alias, type, required, values, dbColumn, maxLength};
}
Col id(const QString &alias)
{
    return {QStringLiteral("id"), alias, Type::Id, true, {}, {}, 64};
}
Col text(const QString &key, const QString &alias, bool required = false, int max = 2000)
{
    return {key, alias, Type::Text, required, {}, {}, max};
}
Col ref(const QString &key, const QString &alias, const QString &table, bool required = true)
{
    return {key, alias, Type::Ref, required, {table}, {}, 64};
}
Col source()
{
    return ref(QStringLiteral("source"), QStringLiteral("来源"), QStringLiteral("sources"));
}

// The tables of format v1, in load order (referenced tables first).
const QList<Table> &tables()
{
    static const QList<Table> t = {
        {"sources.csv", "sources",
            {id("来源编号"), text("file", "文件"), text("title", "标题"), col("published", "发布日期", Type::Date),
                text("publisher", "发布者"), text("note", "备注")}},
        {"departments.csv", "departments",
            {id("部门编号"), text("name", "部门名称", true, 100), text("name_en", "英文名称", false, 200),
                col("sort", "排序", Type::Int), source()}},
        {"themes.csv", "themes",
            {id("主题编号"), text("name", "主题名称", true, 100), text("name_en", "英文名称", false, 200),
                col("sort", "排序", Type::Int), source()}},
        {"items.csv", "items",
            {id("事项编号"), text("name", "事项名称", true, 200), ref("department_id", "部门编号", "departments"),
                col("theme_ids", "主题编号", Type::List, false, {"themes"}, "-"),
                col("cities", "通办城市", Type::List, true, {"cities"}, "-"),
                col("mode", "通办模式", Type::Enum, false, {"全程网办", "异地受理、属地审批", "代收代办", "多地联办"}),
                text("approver", "审批单位", false, 200), col("online_channel", "线上渠道", Type::List, false, {"online"}, "-"),
                col("offline_channel", "线下渠道", Type::List, false, {"offline"}, "-"), text("conditions", "受理条件"),
                col("statutory_limit", "法定办结时限", Type::Int),
                col("statutory_unit", "法定时限单位", Type::Enum, false, {"工作日", "自然日", "即办"}),
                col("promised_limit", "承诺办结时限", Type::Int),
                col("promised_unit", "承诺时限单位", Type::Enum, false, {"工作日", "自然日", "即办"}),
                col("fee_charged", "是否收费", Type::Bool), text("fee", "收费标准", false, 500),
                col("visits", "到现场次数", Type::Int), col("status", "状态", Type::Enum, true, {"在办", "即将开通", "已停办"}),
                text("batch", "批次", false, 50), col("start_date", "开通日期", Type::Date), text("planned", "计划", false, 200),
                col("statement_date", "表述日期", Type::Date), ref("statement_source", "表述来源", "sources", false),
                text("phone", "咨询电话", false, 100), col("url", "吉事办网址", Type::Url, false),
                col("url_verified", "网址已核实", Type::Bool), text("keywords", "关键词", false, 500),
                text("readings", "读音", false, 500), source(), text("note", "备注")}},
        {"materials.csv", "materials",
            {ref("item_id", "事项编号", "items"), col("seq", "序号", Type::Int, true), text("name", "材料名称", true, 200),
                col("required", "是否必需", Type::Bool), text("form", "材料形式", false, 50), col("copies", "份数", Type::Int),
                text("note", "备注", false, 500), source()}},
        {"notices.csv", "notices",
            {id("公告编号"), ref("department_id", "部门编号", "departments"), text("title", "标题", true, 200),
                text("body", "正文", false, 5000),
                col("category", "类别", Type::Enum, true, {"公告", "政策解读", "典型案例", "便民提示"}),
                col("publish_from", "发布日期", Type::Date, true), col("expire_at", "截止日期", Type::Date),
                col("pinned", "置顶", Type::Bool), text("readings", "读音", false, 500), source()}},
        {"halls.csv", "halls",
            {id("大厅编号"), col("city", "城市", Type::City, true, {}, "city_code"), text("name", "大厅名称", true, 100),
                text("address", "地址", false, 200), text("hours", "办公时间", false, 200), text("phone", "电话", false, 100),
                text("note", "备注", false, 500), source()}},
        {"windows.csv", "windows",
            {id("窗口编号"), ref("hall_id", "大厅编号", "halls"),
                col("kind", "窗口类型", Type::Enum, true,
                    {"通办窗口", "帮办代办", "跨省通办", "24小时自助区", "法律援助", "其他"}),
                text("name", "窗口名称", true, 100), text("location", "位置", false, 200), text("hours", "办公时间", false, 200),
                text("note", "备注", false, 500), source()}},
    };
    return t;
}

QStringList splitList(const QString &value)
{
    QStringList out;
    static const QRegularExpression sep(QStringLiteral("[;；、,，]"));
    for (const QString &part : value.split(sep))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

} // namespace

bool ContentPackage::build(const QString &packageDir, const QString &outPath)
{
    m_diagnostics.clear();
    if (!readManifest(packageDir, &m_manifest, &m_diagnostics))
        return false;

    QFile::remove(outPath);
    QFile::remove(outPath + QStringLiteral("-journal"));
    bool ok = false;
    {
        Database out(QStringLiteral("build"));
        if (out.open(outPath, QStringLiteral("content")) != Database::Status::Ok) {
            m_diagnostics.append({outPath, 0, 0, QStringLiteral("无法创建内容数据库：%1").arg(out.errorString()), false});
        } else {
            QSqlDatabase db = out.db();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
            db.transaction();
            ok = loadTables(packageDir, db) && errorCount() == 0;
            if (ok) {
                QSqlQuery meta(db);
                meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
                const QList<std::pair<QString, QString>> values = {
                    {"content_version", m_manifest.contentVersion},
                    {"built_at", m_manifest.builtAt.toString(Qt::ISODateWithMs)},
                    {"title", m_manifest.title},
                    {"publisher", m_manifest.publisher},
                    {"format_version", QString::number(m_manifest.formatVersion)},
                    {"loaded_at", QDateTime::currentDateTime().toString(Qt::ISODate)},
                };
                for (const auto &[k, v] : values) {
                    meta.addBindValue(k);
                    meta.addBindValue(v.isNull() ? QStringLiteral("") : v);
                    if (ok && !meta.exec()) {
                        m_diagnostics.append(
                            {outPath, 0, 0, QStringLiteral("写入内容信息失败：%1").arg(meta.lastError().text()), false});
                        ok = false;
                    }
                }
            }
            if (ok && !db.commit()) {
                m_diagnostics.append({outPath, 0, 0, QStringLiteral("写入内容数据库失败：%1").arg(db.lastError().text()), false});
                ok = false;
            }
            if (ok) {
                QString why;
                if (!out.integrityCheck(&why)) {
                    m_diagnostics.append({outPath, 0, 0, QStringLiteral("内容数据库检查失败：%1").arg(why), false});
                    ok = false;
                }
            } else {
                db.rollback();
                ok = false;
            }
        }
    }
    if (!ok)
        QFile::remove(outPath);
    return ok;
}

bool ContentPackage::loadTables(const QString &packageDir, QSqlDatabase &db)
{
    QHash<QString, QSet<QString>> ids; // table -> ids, for references
    for (const QString &code : cityCodes())
        ids["cities"].insert(code);

    for (const Table &table : tables()) {
        QFile file(QDir(packageDir).filePath(table.file));
        if (!file.open(QIODevice::ReadOnly)) {
            // materials may be absent (the seeds name few); everything else is required.
            if (table.file != QLatin1String("materials.csv"))
                m_diagnostics.append({table.file, 0, 0, QStringLiteral("缺少文件 %1").arg(table.file), false});
            continue;
        }
        const CsvTable csv = Csv::parse(file.readAll());
        if (!csv.ok()) {
            m_diagnostics.append({table.file, csv.errorLine, csv.errorColumn, csv.error, false});
            continue;
        }
        QList<CsvRecords::Column> columns;
        QStringList required;
        for (const Col &c : table.cols) {
            columns.append({c.key, {c.alias}});
            if (c.required)
                required.append(c.key);
        }
        const CsvRecords records(csv, columns);
        for (const QString &unknown : records.unknownHeaders())
            m_diagnostics.append({table.file, 1, 1, QStringLiteral("未知的列「%1」，已忽略").arg(unknown), true});
        const QStringList missing = records.missingColumns(required);
        if (!missing.isEmpty()) {
            m_diagnostics.append(
                {table.file, 1, 1, QStringLiteral("缺少必填列：%1").arg(missing.join(QStringLiteral("、"))), false});
            continue;
        }

        QStringList dbCols;
        for (const Col &c : table.cols)
            if (c.dbColumn != QLatin1String("-") && records.has(c.key))
                dbCols.append(c.dbColumn.isEmpty() ? c.key : c.dbColumn);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table.dbTable, dbCols.join(u','), QStringList(dbCols.size(), QStringLiteral("?")).join(u',')));
        QSqlQuery insertTheme(db), insertCity(db), insertChannel(db);
        insertTheme.prepare(QStringLiteral("INSERT OR IGNORE INTO item_themes (item_id, theme_id) VALUES (?, ?)"));
        insertCity.prepare(QStringLiteral("INSERT OR IGNORE INTO item_cities (item_id, city_code) VALUES (?, ?)"));
        insertChannel.prepare(QStringLiteral("INSERT OR IGNORE INTO channels (item_id, kind, name) VALUES (?, ?, ?)"));
        QSet<QString> seenKeys;

        for (int row = 0; row < records.size(); ++row) {
            const int errorsBefore = errorCount();
            auto report = [&](const Col &c, const QString &message) {
                const CsvField *f = records.field(row, c.key);
                m_diagnostics.append({table.file, f ? f->line : records.line(row), f ? f->column : 1,
                    QStringLiteral("%1（%2）：%3").arg(c.alias, c.key, message), false});
            };
            QVariantList values;
            QList<std::pair<QString, QStringList>> lists;
            for (const Col &c : table.cols) {
                const QString v = records.value(row, c.key);
                if (c.required && v.isEmpty()) {
                    report(c, QStringLiteral("必填，不能为空"));
                    continue;
                }
                if (v.size() > c.maxLength)
                    report(c, QStringLiteral("超过 %1 个字符").arg(c.maxLength));
                QVariant value = v;
                switch (c.type) {
                case Type::Id: {
                    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
                    if (!idPattern.match(v).hasMatch())
                        report(c, QStringLiteral("编号「%1」只能由字母、数字、点、下划线和连字符组成").arg(v));
                    else if (ids[table.dbTable].contains(v))
                        report(c, QStringLiteral("编号「%1」重复").arg(v));
                    break;
                }
                case Type::Text:
                    break;
                case Type::Int:
                    if (v.isEmpty()) {
                        value = QVariant(QMetaType::fromType<int>());
                    } else {
                        bool okInt = false;
                        value = v.toInt(&okInt);
                        if (!okInt || value.toInt() < 0)
                            report(c, QStringLiteral("「%1」不是非负整数").arg(v));
                    }
                    break;
                case Type::Bool:
                    if (v.isEmpty())
                        value = c.key == QLatin1String("url_verified") || c.key == QLatin1String("pinned")
                            ? QVariant(0)
                            : QVariant(QMetaType::fromType<int>());
                    else if (QStringList{"1", "是", "yes", "true", "y"}.contains(v, Qt::CaseInsensitive))
                        value = 1;
                    else if (QStringList{"0", "否", "no", "false", "n"}.contains(v, Qt::CaseInsensitive))
                        value = 0;
                    else
                        report(c, QStringLiteral("「%1」应为 是/否 或 1/0").arg(v));
                    break;
                case Type::Date:
                    value = normalizeDate(v);
                    if (!v.isEmpty() && value.toString().isEmpty())
                        report(c, QStringLiteral("「%1」不是有效日期（例如 2026-01-05、2026/1/5、2026年1月5日）").arg(v));
                    break;
                case Type::Enum:
                    if (!v.isEmpty() && !c.values.contains(v))
                        report(c, QStringLiteral("「%1」不是允许的值（%2）").arg(v, c.values.join(QStringLiteral(" / "))));
                    break;
                case Type::Ref:
                    if (v.isEmpty())
                        value = QVariant(QMetaType::fromType<QString>());
                    else if (!ids[c.values.first()].contains(v))
                        report(c, QStringLiteral("引用的编号「%1」不存在").arg(v));
                    break;
                case Type::Url:
                    if (!v.isEmpty()) {
                        const QString why = m_policy.check(v);
                        if (!why.isEmpty())
                            report(c, QStringLiteral("网址被拒绝：%1").arg(why));
                    }
                    break;
                case Type::City:
                    value = cityCode(v);
                    if (value.toString().isEmpty())
                        report(c, QStringLiteral("「%1」不是长春、吉林、四平、辽源之一").arg(v));
                    break;
                case Type::List: {
                    QStringList list = splitList(v);
                    const QString target = c.values.first();
                    if (target == QLatin1String("cities")) {
                        for (QString &city : list) {
                            const QString code = cityCode(city);
                            if (code.isEmpty())
                                report(c, QStringLiteral("「%1」不是长春、吉林、四平、辽源之一").arg(city));
                            city = code;
                        }
                        if (list.isEmpty())
                            report(c, QStringLiteral("至少要有一个城市"));
                    } else if (ids.contains(target)) {
                        for (const QString &ref : list)
                            if (!ids[target].contains(ref))
                                report(c, QStringLiteral("引用的编号「%1」不存在").arg(ref));
                    }
                    lists.append({target, list});
                    break;
                }
                }
                // Unstated text is stored as '' (NOT NULL columns); a null QString would bind as NULL.
                if ((c.type == Type::Text || c.type == Type::Enum || c.type == Type::Date || c.type == Type::Url)
                    && value.toString().isNull())
                    value = QStringLiteral("");
                if (c.dbColumn != QLatin1String("-") && records.has(c.key))
                    values.append(value);
            }
            if (table.dbTable == QLatin1String("materials")) {
                const QString key = records.value(row, "item_id") + u'#' + records.value(row, "seq");
                if (seenKeys.contains(key))
                    m_diagnostics.append({table.file, records.line(row), 1, QStringLiteral("同一事项的材料序号重复"), false});
                seenKeys.insert(key);
            }
            if (table.dbTable == QLatin1String("notices")) {
                const QString from = normalizeDate(records.value(row, "publish_from"));
                const QString to = normalizeDate(records.value(row, "expire_at"));
                if (!from.isEmpty() && !to.isEmpty() && to <= from)
                    m_diagnostics.append({table.file, records.line(row), 1, QStringLiteral("截止日期必须晚于发布日期"), false});
            }
            if (errorCount() != errorsBefore)
                continue; // keep checking the other rows; this one is not inserted
            const QString rowId = records.value(row, "id");
            if (!rowId.isEmpty())
                ids[table.dbTable].insert(rowId);
            for (const QVariant &v : values)
                insert.addBindValue(v);
            if (!insert.exec()) {
                m_diagnostics.append(
                    {table.file, records.line(row), 1, QStringLiteral("写入失败：%1").arg(insert.lastError().text()), false});
                continue;
            }
            for (const auto &[target, list] : lists) {
                for (const QString &value : list) {
                    QSqlQuery &q = target == QLatin1String("themes") ? insertTheme
                        : target == QLatin1String("cities")          ? insertCity
                                                                     : insertChannel;
                    q.addBindValue(rowId);
                    if (&q == &insertChannel)
                        q.addBindValue(target);
                    q.addBindValue(value);
                    if (!q.exec())
                        m_diagnostics.append(
                            {table.file, records.line(row), 1, QStringLiteral("写入失败：%1").arg(q.lastError().text()), false});
                }
            }
        }
    }
    return errorCount() == 0;
}

} // namespace tongban
