#include "csv.h"

#include <QStringDecoder>

namespace tongban {

QString Csv::decode(const QByteArray &bytes, QString *encoding)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(view);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder gb("GB18030");
    text = gb.decode(bytes);
    if (encoding)
        *encoding = QStringLiteral("GB18030");
    return text;
}

CsvTable Csv::parse(const QByteArray &bytes)
{
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);

    QList<CsvField> row;
    CsvField field;
    bool inQuotes = false;
    bool fieldStarted = false; // something (even "") was read for this field
    bool afterQuote = false; // a closing quote was read; only , or newline may follow
    int line = 1;
    int column = 1;
    field.line = line;
    field.column = column;

    auto endField = [&](int nextLine, int nextColumn) {
        row.append(field);
        field = CsvField{};
        field.line = nextLine;
        field.column = nextColumn;
        fieldStarted = false;
        afterQuote = false;
    };
    auto endRow = [&]() {
        // Spreadsheets leave rows of nothing but separators at the end: drop empty rows.
        bool empty = true;
        for (const CsvField &f : std::as_const(row))
            empty = empty && f.text.trimmed().isEmpty();
        if (!empty)
            table.rows.append(row);
        row.clear();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.text += u'"';
                    ++i;
                    column += 2;
                    continue;
                }
                inQuotes = false;
                afterQuote = true;
                ++column;
                continue;
            }
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                continue; // a CRLF inside a quoted field is kept as one newline
            field.text += c;
            if (c == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            continue;
        }
        if (c == u',') {
            endField(line, column + 1);
            ++column;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endField(line + 1, 1);
            endRow();
            ++line;
            column = 1;
            field.line = line;
            field.column = 1;
            continue;
        }
        if (afterQuote) {
            // Stray spaces after a closing quote are tolerated; anything else is malformed.
            if (c == u' ' || c == u'\t') {
                ++column;
                continue;
            }
            table.error = QStringLiteral("引号后出现多余字符「%1」").arg(c);
            table.errorLine = line;
            table.errorColumn = column;
            return table;
        }
        if (c == u'"' && field.text.trimmed().isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
            field.text.clear();
            ++column;
            continue;
        }
        field.text += c;
        fieldStarted = true;
        ++column;
    }
    if (inQuotes) {
        table.error = QStringLiteral("引号没有闭合（从第 %1 行第 %2 列开始的字段）").arg(field.line).arg(field.column);
        table.errorLine = field.line;
        table.errorColumn = field.column;
        return table;
    }
    if (fieldStarted || !row.isEmpty()) {
        endField(line, column);
        endRow();
    }
    return table;
}

QByteArray Csv::quote(const QString &field)
{
    QByteArray utf8 = field.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QByteArray Csv::row(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += quote(fields.at(i));
    }
    return out + "\r\n";
}

CsvRecords::CsvRecords(const CsvTable &table, const QList<Column> &columns)
{
    if (table.rows.isEmpty())
        return;
    const QList<CsvField> &header = table.rows.first();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).text.trimmed();
        bool known = false;
        for (const Column &col : columns) {
            if (name.compare(col.key, Qt::CaseInsensitive) == 0 || col.aliases.contains(name)) {
                m_index.insert(col.key, i);
                known = true;
                break;
            }
        }
        if (!known && !name.isEmpty())
            m_unknown.append(name);
    }
    m_rows = table.rows.mid(1);
}

const CsvField *CsvRecords::field(int row, const QString &key) const
{
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd() || row < 0 || row >= m_rows.size())
        return nullptr;
    const QList<CsvField> &r = m_rows.at(row);
    return *it < r.size() ? &r.at(*it) : nullptr;
}

QString CsvRecords::value(int row, const QString &key) const
{
    const CsvField *f = field(row, key);
    return f ? f->text.trimmed() : QString();
}

int CsvRecords::line(int row) const
{
    return (row >= 0 && row < m_rows.size() && !m_rows.at(row).isEmpty()) ? m_rows.at(row).first().line : 0;
}

QStringList CsvRecords::missingColumns(const QStringList &required) const
{
    QStringList out;
    for (const QString &key : required)
        if (!m_index.contains(key))
            out.append(key);
    return out;
}

} // namespace tongban
