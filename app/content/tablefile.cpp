// Reading a package table's file (on a second thread) and checking its header.
#include "tablefile.h"

#include <QDir>
#include <QFile>

namespace tongban::package {

TableFile readTable(const QString &packageDir, const Table &table, int format)
{
    TableFile out;
    QFile file(QDir(packageDir).filePath(table.file));
    out.exists = file.exists();
    if (format < table.minFormat && out.exists)
        return out; // refused as it is, not read
    out.opened = file.open(QIODevice::ReadOnly);
    if (out.opened)
        out.csv = Csv::parse(file.readAll());
    return out;
}

TableReader::TableReader(const QString &packageDir, int format) : m_dir(packageDir), m_format(format)
{
    start({});
}

void TableReader::start(CsvTable done)
{
    if (m_index >= tables().size())
        return;
    m_next = std::async(
        std::launch::async, [dir = m_dir, &table = tables().at(m_index), format = m_format, done = std::move(done)]() mutable {
            done = {};
            return readTable(dir, table, format);
        });
    ++m_index;
}

TableFile TableReader::next(CsvTable done)
{
    TableFile file = m_next.get();
    start(std::move(done));
    return file;
}

Header checkHeader(
    const Table &table, const TableFile &file, int format, QList<Diagnostic> *out, std::optional<CsvRecords> *records)
{
    const CsvTable &csv = file.csv;
    if (format < table.minFormat && file.exists) {
        out->append({table.file, 0, 0,
            QStringLiteral("%1 需要内容包格式 v%2（manifest.json 的 format_version）").arg(table.file).arg(table.minFormat),
            false});
        return Header::Refused;
    }
    if (!file.opened) {
        if (table.optional)
            return Header::Absent;
        out->append({table.file, 0, 0, QStringLiteral("缺少文件 %1").arg(table.file), false});
        return Header::Refused;
    }
    if (!csv.ok()) {
        out->append({table.file, csv.errorLine, csv.errorColumn, csv.error, false});
        return Header::Refused;
    }
    if (csv.rows.isEmpty()) {
        out->append({table.file, 0, 0, QStringLiteral("文件是空的，至少要有表头一行"), false});
        return Header::Refused;
    }
    if (csv.rows.first().size() == 1 && csv.rows.first().first().text.contains(u'\t')) {
        out->append({table.file, 1, 1, QStringLiteral("文件是用制表符分隔的，请在 WPS/Excel 中另存为“CSV（逗号分隔）”"), false});
        return Header::Refused;
    }
    QList<CsvRecords::Column> columns;
    for (const Col &c : table.cols)
        columns.append({c.key, {c.alias}});
    const CsvRecords &r = records->emplace(csv, columns);
    for (const QString &unknown : r.unknownHeaders())
        out->append({table.file, 1, 1, QStringLiteral("未知的列「%1」，已忽略").arg(unknown), true});
    for (const QString &dup : r.duplicateHeaders())
        out->append({table.file, 1, 1, QStringLiteral("列「%1」出现了不止一次").arg(dup), false});
    QStringList missing;
    for (const Col &c : table.cols)
        if (c.required && !r.has(c.key))
            missing.append(QStringLiteral("%1（%2）").arg(c.key, c.alias));
    if (!missing.isEmpty()) {
        out->append({table.file, 1, 1, QStringLiteral("缺少必填列：%1").arg(missing.join(QStringLiteral("、"))), false});
        return Header::Refused;
    }
    // Columns of another format version: one problem for the header, the table is not read.
    bool otherFormat = false;
    for (const Col &c : table.cols) {
        if (!r.has(c.key) || c.inFormat(format))
            continue;
        otherFormat = true;
        if (c.key == QLatin1String("url_verified"))
            out->append({table.file, 1, 1,
                QStringLiteral("格式 v%1 不再使用「url_verified（网址已核实）」：请填写 url_verified_at（网址核实日期）和 "
                               "url_verified_by（网址核实人）")
                    .arg(format),
                false});
        else
            out->append({table.file, 1, 1,
                QStringLiteral("列「%1（%2）」需要内容包格式 v%3（manifest.json 的 format_version）")
                    .arg(c.key, c.alias)
                    .arg(c.minFormat),
                false});
    }
    if (otherFormat || !r.duplicateHeaders().isEmpty())
        return Header::Refused;
    return Header::Read;
}

} // namespace tongban::package
