// ContentPackage::loadTables: reads every CSV of the package, checks each field by its
// column's type and inserts the rows that pass. All problems are collected.
#include "contentpackage.h"

#include "bulkinsert.h"
#include "csv.h"
#include "dates.h"
#include "kiosksettings.h"
#include "media.h"
#include "packagetables.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace tongban {

namespace {
using package::Col;
using package::Table;
using package::Type;

const QStringList kYes = {"1", "是", "yes", "true", "y", "Y", "TRUE", "√"};
const QStringList kNo = {"0", "否", "no", "false", "n", "N", "FALSE"};

// Text is shown as plain text, but control characters would still be invisible surprises.
bool hasControl(const QString &s)
{
    return std::any_of(
        s.cbegin(), s.cend(), [](QChar c) { return c.category() == QChar::Other_Control && c != u'\n' && c != u'\t'; });
}

// Excel writes whole numbers of a "number" cell as 15 or 15.0.
bool toCount(const QString &v, int *out)
{
    static const QRegularExpression integral(QStringLiteral("^(\\d{1,9})(\\.0+)?$"));
    const auto m = integral.match(v);
    if (!m.hasMatch())
        return false;
    *out = m.captured(1).toInt();
    return true;
}

// Names (长春, 长春市) and codes (220100) of the four cities, looked up without allocating.
const QHash<QString, QString> &cityLookup()
{
    static const QHash<QString, QString> lookup = [] {
        QHash<QString, QString> h;
        for (const QString &code : cityCodes()) {
            h.insert(code, code);
            h.insert(cityName(code), code);
            h.insert(cityName(code) + u'市', code);
        }
        return h;
    }();
    return lookup;
}

} // namespace

bool ContentPackage::loadTables(const QString &packageDir, QSqlDatabase &db)
{
    QHash<QString, QSet<QString>> ids; // table -> ids, for references
    for (const QString &code : cityCodes())
        ids["cities"].insert(code);
    // Tables that could not be read at all: references to them are not reported once per
    // row (the one problem is the file), and rows referring to them are not inserted.
    QSet<QString> unreadable;
    const int before = errorCount();
    for (const Table &t : package::tables())
        ids[t.dbTable]; // every key exists from here on: references into `ids` stay valid

    for (const Table &table : package::tables()) {
        unreadable.insert(table.dbTable); // until its rows are read
        QFile file(QDir(packageDir).filePath(table.file));
        if (!file.open(QIODevice::ReadOnly)) {
            if (!table.optional)
                m_diagnostics.append({table.file, 0, 0, QStringLiteral("缺少文件 %1").arg(table.file), false});
            else
                unreadable.remove(table.dbTable);
            continue;
        }
        const CsvTable csv = Csv::parse(file.readAll());
        if (!csv.ok()) {
            m_diagnostics.append({table.file, csv.errorLine, csv.errorColumn, csv.error, false});
            continue;
        }
        if (csv.rows.isEmpty()) {
            m_diagnostics.append({table.file, 0, 0, QStringLiteral("文件是空的，至少要有表头一行"), false});
            continue;
        }
        if (csv.rows.first().size() == 1 && csv.rows.first().first().text.contains(u'\t')) {
            m_diagnostics.append(
                {table.file, 1, 1, QStringLiteral("文件是用制表符分隔的，请在 WPS/Excel 中另存为“CSV（逗号分隔）”"), false});
            continue;
        }
        QList<CsvRecords::Column> columns;
        for (const Col &c : table.cols)
            columns.append({c.key, {c.alias}});
        const CsvRecords records(csv, columns);
        for (const QString &unknown : records.unknownHeaders())
            m_diagnostics.append({table.file, 1, 1, QStringLiteral("未知的列「%1」，已忽略").arg(unknown), true});
        for (const QString &dup : records.duplicateHeaders())
            m_diagnostics.append({table.file, 1, 1, QStringLiteral("列「%1」出现了不止一次").arg(dup), false});
        QStringList missing;
        for (const Col &c : table.cols)
            if (c.required && !records.has(c.key))
                missing.append(QStringLiteral("%1（%2）").arg(c.key, c.alias));
        if (!missing.isEmpty()) {
            m_diagnostics.append(
                {table.file, 1, 1, QStringLiteral("缺少必填列：%1").arg(missing.join(QStringLiteral("、"))), false});
            continue;
        }
        if (!records.duplicateHeaders().isEmpty())
            continue;
        unreadable.remove(table.dbTable);

        const bool media = table.dbTable == QLatin1String("media");
        QStringList dbCols;
        for (const Col &c : table.cols)
            if (c.stored() && (records.has(c.key) || (media && c.key == QLatin1String("kind"))))
                dbCols.append(c.column());
        if (media)
            dbCols += QStringList{"mime", "width", "height", "sha256", "data"};
        BulkInsert insert(db,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table.dbTable, dbCols.join(u','), QStringList(dbCols.size(), QStringLiteral("?")).join(u',')));
        BulkInsert insertTheme(db, QStringLiteral("INSERT OR IGNORE INTO item_themes (item_id, theme_id) VALUES (?, ?)"));
        BulkInsert insertCity(db, QStringLiteral("INSERT OR IGNORE INTO item_cities (item_id, city_code) VALUES (?, ?)"));
        BulkInsert insertChannel(db, QStringLiteral("INSERT OR IGNORE INTO channels (item_id, kind, name) VALUES (?, ?, ?)"));
        QSet<QString> seenKeys;

        const qsizetype nCols = table.cols.size();
        QList<int> at(nCols);
        QList<const QSet<QString> *> targets(nCols, nullptr);
        auto colOf = [&](QLatin1String key) {
            for (qsizetype i = 0; i < nCols; ++i)
                if (table.cols.at(i).key == key)
                    return int(i);
            return -1;
        };
        for (qsizetype i = 0; i < nCols; ++i) {
            const Col &c = table.cols.at(i);
            at[i] = records.column(c.key);
            if ((c.type == Type::Ref || c.type == Type::List) && ids.contains(c.values.first()))
                targets[i] = &ids[c.values.first()];
        }
        const int idCol = colOf(QLatin1String("id")), itemCol = colOf(QLatin1String("item_id")),
                  seqCol = colOf(QLatin1String("seq")), fromCol = colOf(QLatin1String("publish_from")),
                  toCol = colOf(QLatin1String("expire_at"));
        QSet<QString> &ownIds = ids[table.dbTable];
        QStringList fields(nCols); // this row's trimmed values, by column

        for (int row = 0; row < records.size(); ++row) {
            const qsizetype problemsBefore = m_diagnostics.size(); // rows add errors only
            for (qsizetype i = 0; i < nCols; ++i) {
                const CsvField *f = records.fieldAt(row, at[i]);
                fields[i] = f ? f->text.trimmed() : QString();
            }
            auto fieldOf = [&](int i) { return i >= 0 ? records.fieldAt(row, at[i]) : nullptr; };
            auto valueOf = [&](int i) { return i >= 0 ? fields.at(i) : QString(); };
            qsizetype ci = 0;
            auto report = [&](const Col &c, const QString &message) {
                const CsvField *f = fieldOf(int(ci));
                m_diagnostics.append({table.file, f ? f->line : records.line(row), f ? f->column : 1,
                    QStringLiteral("%1（%2）：%3").arg(c.alias, c.key, message), false});
            };
            QVariantList values;
            QList<std::pair<QString, QStringList>> lists;
            MediaFile mediaFile;
            bool refersToUnreadable = false;
            for (ci = 0; ci < nCols; ++ci) {
                const Col &c = table.cols.at(ci);
                const QString &v = fields.at(ci);
                if (c.required && v.isEmpty()) {
                    report(c, QStringLiteral("必填，不能为空"));
                    continue;
                }
                if (v.size() > c.maxLength)
                    report(c, QStringLiteral("超过 %1 个字符（现有 %2 个）").arg(c.maxLength).arg(v.size()));
                if (hasControl(v))
                    report(c, QStringLiteral("含有不可见的控制字符"));
                QVariant value = v;
                switch (c.type) {
                case Type::Id: {
                    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
                    if (!idPattern.match(v).hasMatch())
                        report(c, QStringLiteral("编号「%1」只能由字母、数字、点、下划线和连字符组成").arg(v));
                    else if (ownIds.contains(v))
                        report(c, QStringLiteral("编号「%1」重复").arg(v));
                    break;
                }
                case Type::Text:
                    break;
                case Type::Int:
                    if (v.isEmpty()) {
                        value = QVariant(QMetaType::fromType<int>());
                    } else {
                        int n = 0;
                        if (toCount(v, &n))
                            value = n;
                        else
                            report(c, QStringLiteral("「%1」不是非负整数").arg(v));
                    }
                    break;
                case Type::Bool:
                    if (v.isEmpty())
                        value = c.key == QLatin1String("url_verified") || c.key == QLatin1String("pinned")
                            ? QVariant(0)
                            : QVariant(QMetaType::fromType<int>());
                    else if (kYes.contains(v, Qt::CaseInsensitive))
                        value = 1;
                    else if (kNo.contains(v, Qt::CaseInsensitive))
                        value = 0;
                    else
                        report(c, QStringLiteral("「%1」应为 是/否 或 1/0").arg(v));
                    break;
                case Type::Date:
                    value = package::normalizeDate(v);
                    // A month-only bound covers the whole month: it opens on its first day and
                    // ends after its last (dates.h), so a notice "until 2026-05" shows all of May.
                    if (c.key == QLatin1String("expire_at"))
                        value = monthEnd(value.toString());
                    else if (c.key == QLatin1String("publish_from"))
                        value = monthStart(value.toString());
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
                    else if (unreadable.contains(c.values.first()))
                        refersToUnreadable = true;
                    else if (!targets.at(ci)->contains(v))
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
                    value = cityLookup().value(v);
                    if (value.toString().isEmpty())
                        report(c, QStringLiteral("「%1」不是长春、吉林、四平、辽源之一").arg(v));
                    break;
                case Type::Days:
                    value = package::normalizeDays(v);
                    if (value.toString().isNull())
                        report(c, QStringLiteral("「%1」不是星期（例如 周一;周三、1-5、工作日、周末）").arg(v));
                    break;
                case Type::Time:
                    value = package::normalizeTime(v);
                    if (value.toString().isNull())
                        report(c, QStringLiteral("「%1」不是时间（例如 8:00、17:30）").arg(v));
                    break;
                case Type::Media: {
                    const QString why = MediaCheck::load(packageDir, v, &mediaFile);
                    if (!why.isEmpty())
                        report(c, why);
                    break;
                }
                case Type::List: {
                    QStringList list = package::splitList(v);
                    const QString target = c.values.first();
                    if (target == QLatin1String("cities")) {
                        for (QString &city : list) {
                            const QString code = cityLookup().value(city);
                            if (code.isEmpty())
                                report(c, QStringLiteral("「%1」不是长春、吉林、四平、辽源之一").arg(city));
                            city = code;
                        }
                        if (list.isEmpty())
                            report(c, QStringLiteral("至少要有一个城市"));
                    } else if (unreadable.contains(target)) {
                        refersToUnreadable = true;
                    } else if (targets.at(ci)) {
                        for (const QString &ref : list)
                            if (!targets.at(ci)->contains(ref))
                                report(c, QStringLiteral("引用的编号「%1」不存在").arg(ref));
                    }
                    lists.append({target, list});
                    break;
                }
                }
                if (media && c.key == QLatin1String("kind")) {
                    // The kind follows from the file; a stated kind must agree with it.
                    if (!v.isEmpty() && !mediaFile.kind.isEmpty() && v != mediaFile.kind)
                        report(c,
                            QStringLiteral("写的是「%1」，但文件是%2")
                                .arg(v, mediaFile.kind == QLatin1String("image") ? "图片" : "视频"));
                    value = mediaFile.kind;
                }
                // Unstated text is stored as '' (NOT NULL columns); a null QString would bind as NULL.
                if ((c.type == Type::Text || c.type == Type::Enum || c.type == Type::Date || c.type == Type::Url
                        || c.type == Type::Days || c.type == Type::Time)
                    && value.toString().isNull())
                    value = QStringLiteral("");
                if (c.stored() && (at.at(ci) >= 0 || (media && c.key == QLatin1String("kind"))))
                    values.append(value);
            }
            if (table.dbTable == QLatin1String("materials")) {
                const QString key = valueOf(itemCol) + u'#' + valueOf(seqCol);
                if (seenKeys.contains(key)) {
                    const CsvField *f = fieldOf(seqCol);
                    m_diagnostics.append({table.file, f->line, f->column,
                        QStringLiteral("序号（seq）：事项「%1」的材料序号 %2 重复").arg(valueOf(itemCol), valueOf(seqCol)),
                        false});
                }
                seenKeys.insert(key);
            }
            if (table.dbTable == QLatin1String("notices") || media) {
                const QString from = monthStart(package::normalizeDate(valueOf(fromCol)));
                const QString to = monthEnd(package::normalizeDate(valueOf(toCol)));
                if (!from.isEmpty() && !to.isEmpty() && to <= from) {
                    const CsvField *f = fieldOf(toCol);
                    m_diagnostics.append({table.file, f->line, f->column,
                        QStringLiteral("截止日期（expire_at）：%1 必须晚于发布日期 %2").arg(to, from), false});
                }
            }
            if (m_diagnostics.size() != problemsBefore || refersToUnreadable)
                continue; // keep checking the other rows; this one is not inserted
            if (media)
                values << mediaFile.mime << mediaFile.width << mediaFile.height << QString::fromLatin1(mediaFile.sha256)
                       << mediaFile.data;
            const QString rowId = valueOf(idCol);
            if (!rowId.isEmpty())
                ownIds.insert(rowId);
            if (!insert.exec(values)) {
                outputError(table.file, QStringLiteral("写入失败：%1").arg(insert.error()));
                return false;
            }
            ++m_counts[table.dbTable];
            for (const auto &[target, list] : lists) {
                const bool themes = target == QLatin1String("themes"), cities = target == QLatin1String("cities");
                BulkInsert &q = themes ? insertTheme : cities ? insertCity : insertChannel;
                for (const QString &value : list) {
                    if (!q.exec(themes || cities ? QVariantList{rowId, value} : QVariantList{rowId, target, value})) {
                        outputError(table.file, QStringLiteral("写入失败：%1").arg(q.error()));
                        return false;
                    }
                    m_counts[themes  ? QStringLiteral("item_themes")
                            : cities ? QStringLiteral("item_cities")
                                     : QStringLiteral("channels")]
                        += q.changes();
                }
            }
        }
    }
    return errorCount() == before;
}

} // namespace tongban
