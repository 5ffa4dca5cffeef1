// ContentPackage::loadTables: reads every CSV of the package, checks each field by its
// column's type and inserts the rows that pass. All problems are collected.
#include "contentpackage.h"

#include "bulkinsert.h"
#include "csv.h"
#include "dates.h"
#include "itemlink.h"
#include "kiosksettings.h"
#include "media.h"
#include "packagetables.h"
#include "tablefile.h"

#include <QScopeGuard>
#include <QSet>

namespace tongban {

namespace {
using package::Col;
using package::Table;
using package::Type;

const QStringList kYes = {"1", "是", "yes", "true", "y", "Y", "TRUE", "√"};
const QStringList kNo = {"0", "否", "no", "false", "n", "N", "FALSE"};

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
    const int format = m_manifest.formatVersion;
    m_linkPatterns.clear();
    for (const Table &t : package::tables())
        ids[t.dbTable]; // every key exists from here on: references into `ids` stay valid

    package::TableReader reader(packageDir, format);
    CsvTable finished; // the table before this one, for the reader to free
    for (const Table &table : package::tables()) {
        package::TableFile file = reader.next(std::move(finished));
        auto done = qScopeGuard([&] { finished = std::move(file.csv); });
        unreadable.insert(table.dbTable); // until its rows are read
        std::optional<CsvRecords> read;
        const package::Header header = package::checkHeader(table, file, format, &m_diagnostics, &read);
        if (header == package::Header::Absent)
            unreadable.remove(table.dbTable);
        if (header != package::Header::Read)
            continue;
        const CsvRecords &records = *read;
        unreadable.remove(table.dbTable);

        const bool media = table.dbTable == QLatin1String("media"), items = table.dbTable == QLatin1String("items");
        // An item's link verification is stored as one record whatever the format (see below).
        const QStringList verification = {"url_verified", "url_verified_at", "url_verified_by"};
        QStringList dbCols;
        for (const Col &c : table.cols)
            if (c.stored() && (records.has(c.key) || (media && c.key == QLatin1String("kind")))
                && !(items && verification.contains(c.key)))
                dbCols.append(c.column());
        if (media)
            dbCols += QStringList{"mime", "width", "height", "sha256"};
        if (items)
            dbCols += verification;
        const QString orFail = QStringLiteral("INSERT OR FAIL"), orIgnore = QStringLiteral("INSERT OR IGNORE");
        BulkInsert insert(db, orFail, table.dbTable, dbCols);
        BulkInsert insertTheme(db, orIgnore, QStringLiteral("item_themes"), {"item_id", "theme_id"});
        BulkInsert insertCity(db, orIgnore, QStringLiteral("item_cities"), {"item_id", "city_code"});
        BulkInsert insertChannel(db, orIgnore, QStringLiteral("channels"), {"item_id", "kind", "name"});
        // Rows are inserted in batches. A failed batch is reported as its row's own insert
        // would have been: every queued row is valid, so no problem was found after them.
        auto flushed = [&]() {
            for (BulkInsert *q : {&insert, &insertTheme, &insertCity, &insertChannel})
                if (!q->flush()) {
                    outputError(table.file, QStringLiteral("写入失败：%1").arg(q->error()), q->errorCode());
                    return false;
                }
            return true;
        };
        QSet<QString> seenKeys;

        const qsizetype nCols = table.cols.size();
        QList<int> at(nCols);
        QList<const QSet<QString> *> targets(nCols, nullptr);
        // What each column needs, decided once per table rather than once per field.
        enum Need : unsigned {
            TextLike = 1, // stored as '' when unstated (NOT NULL columns)
            Stored = 2,
            TargetUnreadable = 4,
            ZeroWhenEmpty = 8, // url_verified, pinned
            PublishFrom = 16,
            ExpireAt = 32,
            MediaKind = 64,
            Verification = 128, // items: url_verified, url_verified_at, url_verified_by
        };
        QList<unsigned> needs(nCols, 0);
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
            const bool mediaKind = media && c.key == QLatin1String("kind");
            unsigned &n = needs[i];
            if (c.type == Type::Text || c.type == Type::Enum || c.type == Type::Date || c.type == Type::Url
                || c.type == Type::Days || c.type == Type::Time)
                n |= TextLike;
            if (items && verification.contains(c.key))
                n |= Verification;
            else if (c.stored() && (at.at(i) >= 0 || mediaKind))
                n |= Stored;
            // The tables referred to were read before this one: whether they could be is settled.
            if ((c.type == Type::Ref || c.type == Type::List) && unreadable.contains(c.values.first()))
                n |= TargetUnreadable;
            if (c.key == QLatin1String("url_verified") || c.key == QLatin1String("pinned"))
                n |= ZeroWhenEmpty;
            if (c.key == QLatin1String("publish_from"))
                n |= PublishFrom;
            if (c.key == QLatin1String("expire_at"))
                n |= ExpireAt;
            if (mediaKind)
                n |= MediaKind;
        }
        const QString sampleArea = cityCodes().first(), builtOn = m_manifest.builtAt.date().toString(Qt::ISODate);
        int rowsInserted = 0;
        const bool links = table.dbTable == QLatin1String("links"), materials = table.dbTable == QLatin1String("materials"),
                   notices = table.dbTable == QLatin1String("notices");
        const int templateCol = colOf(QLatin1String("url_template")), urlCol = colOf(QLatin1String("url")),
                  verifiedAtCol = colOf(QLatin1String("url_verified_at")),
                  verifiedByCol = colOf(QLatin1String("url_verified_by")), patternCol = colOf(QLatin1String("pattern")),
                  nameCol = colOf(QLatin1String("name")), taskCodeCol = colOf(QLatin1String("task_code")),
                  handleCodeCol = colOf(QLatin1String("handle_code"));
        QString why;
        const int idCol = colOf(QLatin1String("id")), itemCol = colOf(QLatin1String("item_id")),
                  seqCol = colOf(QLatin1String("seq")), fromCol = colOf(QLatin1String("publish_from")),
                  toCol = colOf(QLatin1String("expire_at"));
        QSet<QString> &ownIds = ids[table.dbTable];
        QStringList fields(nCols); // this row's trimmed values, by column

        for (int row = 0; row < records.size(); ++row) {
            const qsizetype problemsBefore = m_diagnostics.size(); // rows add errors only
            for (qsizetype i = 0; i < nCols; ++i) {
                const CsvField *f = records.fieldAt(row, at[i]);
                if (!f)
                    fields[i] = QString();
                else if (f->text.isEmpty() || f->text.front().isSpace() || f->text.back().isSpace())
                    fields[i] = f->text.trimmed();
                else
                    fields[i] = f->text; // nothing to trim, as in most fields
            }
            auto fieldOf = [&](int i) { return i >= 0 ? records.fieldAt(row, at[i]) : nullptr; };
            auto valueOf = [&](int i) { return i >= 0 ? fields.at(i) : QString(); };
            qsizetype ci = 0;
            auto report = [&](const Col &c, const QString &message) {
                const CsvField *f = fieldOf(int(ci));
                m_diagnostics.append({table.file, f ? f->line : records.line(row), f ? f->column : 1,
                    QStringLiteral("%1（%2）：%3").arg(c.alias, c.key, message), false});
            };
            SqlRow values;
            values.reserve(nCols + (media ? 4 : 0));
            QList<std::pair<QString, QStringList>> lists;
            MediaFile mediaFile;
            SqlRow verified; // items: the values of `verification`, in its order
            bool refersToUnreadable = false;
            for (ci = 0; ci < nCols; ++ci) {
                const Col &c = table.cols.at(ci);
                const QString &v = fields.at(ci);
                const unsigned need = needs.at(ci);
                if (c.required && v.isEmpty()) {
                    report(c, QStringLiteral("必填，不能为空"));
                    continue;
                }
                if (v.size() > c.maxLength)
                    report(c, QStringLiteral("超过 %1 个字符（现有 %2 个）").arg(c.maxLength).arg(v.size()));
                if (package::hasControl(v))
                    report(c, QStringLiteral("含有不可见的控制字符"));
                SqlValue value = v;
                switch (c.type) {
                case Type::Id:
                    if (!package::isId(v))
                        report(c, QStringLiteral("编号「%1」只能由字母、数字、点、下划线和连字符组成").arg(v));
                    else if (ownIds.contains(v))
                        report(c, QStringLiteral("编号「%1」重复").arg(v));
                    break;
                case Type::Text:
                    break;
                case Type::Code:
                    if (!v.isEmpty() && !package::isCode(v))
                        report(c, QStringLiteral("「%1」只能由字母、数字和连字符组成（最多 64 个）").arg(v));
                    break;
                case Type::Int:
                    if (v.isEmpty()) {
                        value = SqlValue();
                    } else {
                        int n = 0;
                        if (package::toCount(v, &n))
                            value = n;
                        else
                            report(c, QStringLiteral("「%1」不是非负整数").arg(v));
                    }
                    break;
                case Type::Bool:
                    if (v.isEmpty())
                        value = need & ZeroWhenEmpty ? SqlValue(0) : SqlValue();
                    else if (kYes.contains(v)) // as written, first: no word of one list is another's in other case
                        value = 1;
                    else if (kNo.contains(v))
                        value = 0;
                    else if (kYes.contains(v, Qt::CaseInsensitive))
                        value = 1;
                    else if (kNo.contains(v, Qt::CaseInsensitive))
                        value = 0;
                    else
                        report(c, QStringLiteral("「%1」应为 是/否 或 1/0").arg(v));
                    break;
                case Type::Date: {
                    QString date = package::normalizeDate(v);
                    // A month-only bound covers the whole month: it opens on its first day and
                    // ends after its last (dates.h), so a notice "until 2026-05" shows all of May.
                    if (need & ExpireAt)
                        date = monthEnd(date);
                    else if (need & PublishFrom)
                        date = monthStart(date);
                    if (!v.isEmpty() && date.isEmpty())
                        report(c, QStringLiteral("「%1」不是有效日期（例如 2026-01-05、2026/1/5、2026年1月5日）").arg(v));
                    value = std::move(date);
                    break;
                }
                case Type::Enum:
                    if (!v.isEmpty() && !c.values.contains(v))
                        report(c, QStringLiteral("「%1」不是允许的值（%2）").arg(v, c.values.join(QStringLiteral(" / "))));
                    break;
                case Type::Ref:
                    if (v.isEmpty())
                        value = SqlValue();
                    else if (need & TargetUnreadable)
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
                    if (value.text.isEmpty())
                        report(c, QStringLiteral("「%1」不是长春、吉林、四平、辽源之一").arg(v));
                    break;
                case Type::Days:
                    value = package::normalizeDays(v);
                    if (value.text.isNull())
                        report(c, QStringLiteral("「%1」不是星期（例如 周一;周三、1-5、工作日、周末）").arg(v));
                    break;
                case Type::Time:
                    value = package::normalizeTime(v);
                    if (value.text.isNull())
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
                    } else if (need & TargetUnreadable) {
                        refersToUnreadable = true;
                    } else if (targets.at(ci)) {
                        for (const QString &ref : list)
                            if (!targets.at(ci)->contains(ref))
                                report(c, QStringLiteral("引用的编号「%1」不存在").arg(ref));
                    }
                    lists.append({target, std::move(list)});
                    break;
                }
                }
                if (need & MediaKind) {
                    // The kind follows from the file; a stated kind must agree with it.
                    if (!v.isEmpty() && !mediaFile.kind.isEmpty() && v != mediaFile.kind)
                        report(c,
                            QStringLiteral("写的是「%1」，但文件是%2")
                                .arg(v, mediaFile.kind == QLatin1String("image") ? "图片" : "视频"));
                    value = mediaFile.kind;
                }
                // Unstated text is stored as '' (NOT NULL columns); a null QString would bind as NULL.
                if ((need & TextLike) && value.text.isNull())
                    value = QStringLiteral("");
                if (need & Stored)
                    values.append(std::move(value));
                else if (need & Verification)
                    verified.append(std::move(value));
            }
            if (materials) {
                const QString key = valueOf(itemCol) + u'#' + valueOf(seqCol);
                if (seenKeys.contains(key)) {
                    const CsvField *f = fieldOf(seqCol);
                    m_diagnostics.append({table.file, f->line, f->column,
                        QStringLiteral("序号（seq）：事项「%1」的材料序号 %2 重复").arg(valueOf(itemCol), valueOf(seqCol)),
                        false});
                }
                seenKeys.insert(key);
            }
            auto problemAt = [&](int i, const QString &message) {
                const CsvField *f = fieldOf(i);
                const Col &c = table.cols.at(i);
                m_diagnostics.append({table.file, f ? f->line : records.line(row), f ? f->column : 1,
                    QStringLiteral("%1（%2）：%3").arg(c.alias, c.key, message), false});
            };
            if (links && !valueOf(patternCol).isEmpty()) {
                // A template must make a URL the kiosk would draw: fill it with sample codes.
                const QString sample = ItemLink::fill(
                    valueOf(patternCol), {{"task_code", "0"}, {"handle_code", "0"}, {"area", sampleArea}, {"name", "0"}}, &why);
                if (sample.isEmpty())
                    problemAt(patternCol, why);
                else if (const QString refused = m_policy.check(sample); !refused.isEmpty())
                    problemAt(patternCol, QStringLiteral("网址被拒绝：%1").arg(refused));
            }
            if (items && m_diagnostics.size() == problemsBefore && !refersToUnreadable) {
                // The item's deep link, filled in as the kiosk will (every {area} is a six-digit
                // city code, so one city stands for all four), passes the kiosk's URL check.
                ItemLink::Input link;
                link.name = valueOf(nameCol);
                link.taskCode = valueOf(taskCodeCol);
                link.handleCode = valueOf(handleCodeCol);
                link.templateId = valueOf(templateCol);
                link.pattern = m_linkPatterns.value(link.templateId);
                link.literal = valueOf(urlCol);
                if (!link.templateId.isEmpty() && !link.literal.isEmpty()) {
                    problemAt(urlCol, QStringLiteral("已指定网址模板「%1」，网址与模板只能填一个").arg(link.templateId));
                } else if (!link.templateId.isEmpty()) {
                    const QString url = ItemLink::fill(link.pattern, ItemLink::values(link, sampleArea), &why);
                    if (url.isEmpty())
                        problemAt(templateCol, QStringLiteral("模板「%1」：%2").arg(link.templateId, why));
                    else if (const QString refused = m_policy.check(url); !refused.isEmpty())
                        problemAt(templateCol,
                            QStringLiteral("按模板「%1」生成的网址（%2 字节）被拒绝：%3")
                                .arg(link.templateId)
                                .arg(url.toUtf8().size())
                                .arg(refused));
                }
                const QString verifiedAt = package::normalizeDate(valueOf(verifiedAtCol));
                const bool hasLink = !link.templateId.isEmpty() || !link.literal.isEmpty();
                if (!verifiedAt.isEmpty() && !hasLink)
                    problemAt(verifiedAtCol, QStringLiteral("填写了核实日期，但本事项没有网址或网址模板"));
                else if (!verifiedAt.isEmpty() && verifiedAt.size() != 10)
                    problemAt(verifiedAtCol, QStringLiteral("核实日期要写到日（例如 2026-11-20）"));
                else if (!verifiedAt.isEmpty() && verifiedAt > builtOn)
                    problemAt(verifiedAtCol, QStringLiteral("核实日期 %1 晚于内容包制作时间 %2").arg(verifiedAt, builtOn));
                if (verifiedAt.isEmpty() != valueOf(verifiedByCol).isEmpty())
                    problemAt(verifiedAt.isEmpty() ? verifiedAtCol : verifiedByCol, QStringLiteral("核实日期和核实人要一起填写"));
            }
            if (notices || media) {
                const QString from = monthStart(package::normalizeDate(valueOf(fromCol)));
                const QString to = monthEnd(package::normalizeDate(valueOf(toCol)));
                if (!from.isEmpty() && !to.isEmpty() && to <= from) {
                    const CsvField *f = fieldOf(toCol);
                    m_diagnostics.append({table.file, f->line, f->column,
                        QStringLiteral("截止日期（expire_at）：%1 必须晚于发布日期 %2").arg(to, from), false});
                }
            }
            if (m_diagnostics.size() != problemsBefore) {
                // What is queued goes in before this row's problems are reported.
                const QList<Diagnostic> problems = m_diagnostics.mid(problemsBefore);
                m_diagnostics.resize(problemsBefore);
                if (!flushed())
                    return false;
                m_diagnostics += problems;
            }
            if (m_diagnostics.size() != problemsBefore || refersToUnreadable)
                continue; // keep checking the other rows; this one is not inserted
            if (media)
                values << mediaFile.mime << mediaFile.width << mediaFile.height << QString::fromLatin1(mediaFile.sha256);
            if (items) {
                // A v1 "url_verified = 1" has no date: it counts as checked when the package was
                // built. The v1 column then follows the dated record, so v1 and its v2 export
                // are the same.
                QString verifiedAt = verified.at(1).text, verifiedBy = verified.at(2).text;
                if (format < 2 && verified.at(0).number == 1 && !valueOf(urlCol).isEmpty()) {
                    verifiedAt = builtOn;
                    verifiedBy = QStringLiteral("v1: url_verified=1");
                }
                values << int(!verifiedAt.isEmpty()) << verifiedAt << verifiedBy;
            }
            const QString rowId = valueOf(idCol);
            if (!rowId.isEmpty())
                ownIds.insert(rowId);
            if (links)
                m_linkPatterns.insert(rowId, valueOf(patternCol));
            if (!insert.add(std::move(values))) {
                outputError(table.file, QStringLiteral("写入失败：%1").arg(insert.error()), insert.errorCode());
                return false;
            }
            ++rowsInserted;
            for (const auto &[target, list] : lists) {
                const bool themes = target == QLatin1String("themes"), cities = target == QLatin1String("cities");
                BulkInsert &q = themes ? insertTheme : cities ? insertCity : insertChannel;
                for (const QString &value : list) {
                    if (!q.add(themes || cities ? SqlRow{rowId, value} : SqlRow{rowId, target, value})) {
                        outputError(table.file, QStringLiteral("写入失败：%1").arg(q.error()), q.errorCode());
                        return false;
                    }
                }
            }
        }
        if (!flushed())
            return false;
        if (rowsInserted)
            m_counts[table.dbTable] += rowsInserted;
        for (const auto &[q, name] :
            {std::pair{&insertTheme, "item_themes"}, {&insertCity, "item_cities"}, {&insertChannel, "channels"}})
            if (q->added())
                m_counts[QString::fromLatin1(name)] += q->inserted();
    }
    return errorCount() == before;
}

} // namespace tongban
