#include "csv.h"

#include <QStringDecoder>

namespace tongban {

QString Csv::decode(const QByteArray &bytes, QString *encoding, QString *error)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        if (error)
            *error = QStringLiteral("文件是 UTF-16 编码（Excel 的“Unicode 文本”），请另存为“CSV UTF-8”或“CSV（逗号分隔）”");
        return {};
    }
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
    if (gb.hasError() && error)
        *error = QStringLiteral("文件编码无法识别：既不是 UTF-8，也不是 GBK/GB18030，请另存为“CSV UTF-8”");
    if (encoding)
        *encoding = QStringLiteral("GB18030");
    return text;
}

CsvTable Csv::parse(const QByteArray &bytes)
{
    CsvTable table;
    const QString text = decode(bytes, &table.encoding, &table.error);
    if (!table.error.isEmpty()) {
        table.errorLine = 1;
        table.errorColumn = 1;
        return table;
    }

    const QChar *d = text.constData();
    const qsizetype n = text.size();
    QList<CsvField> row;
    CsvField field;
    bool inQuotes = false;
    bool fieldStarted = false; // something (even "") was read for this field
    bool afterQuote = false; // a closing quote was read; only , or newline may follow
    int line = 1;
    qsizetype lineStart = 0; // index of the current line's first character
    auto columnAt = [&](qsizetype i) { return int(i - lineStart + 1); };
    field.line = 1;
    field.column = 1;
    // Field text is copied in runs, not character by character: tables have 100 000s of fields.
    qsizetype run = -1;
    auto flush = [&](qsizetype end) {
        if (run >= 0 && end > run) {
            if (field.text.isEmpty())
                field.text = QString(d + run, end - run); // one allocation of the right size
            else
                field.text.append(d + run, end - run);
        }
        run = -1;
    };
    auto endField = [&](int nextLine, int nextColumn) {
        row.append(std::move(field));
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
            empty = empty && QStringView(f.text).trimmed().isEmpty();
        const qsizetype width = row.size();
        if (!empty)
            table.rows.append(std::move(row));
        row = {};
        row.reserve(width);
    };
    // Characters with no meaning of their own, skipped in one go: most of the text.
    auto skipPlain = [&](qsizetype &i, char16_t a, char16_t b, char16_t c, char16_t e) {
        while (i + 1 < n) {
            const char16_t next = d[i + 1].unicode();
            if (next == a || next == b || next == c || next == e)
                break;
            ++i;
        }
    };

    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (inQuotes) {
            if (c == u'"') {
                flush(i);
                if (i + 1 < n && d[i + 1] == u'"') {
                    field.text += u'"';
                    ++i;
                    continue;
                }
                inQuotes = false;
                afterQuote = true;
                continue;
            }
            if (c == u'\r') {
                // Line breaks inside a quoted field become one '\n': CRLF, and a lone CR (as
                // a row ends with one outside quotes), so the text reads back the same.
                flush(i);
                if (i + 1 < n && d[i + 1] == u'\n')
                    continue;
                field.text += u'\n';
                ++line;
                lineStart = i + 1;
                continue;
            }
            if (c == u'\n') {
                ++line;
                lineStart = i + 1;
            }
            if (run < 0)
                run = i;
            skipPlain(i, u'"', u'\r', u'\n', u'"');
            continue;
        }
        if (c == u',') {
            flush(i);
            endField(line, columnAt(i + 1));
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            flush(i);
            if (c == u'\r' && i + 1 < n && d[i + 1] == u'\n')
                ++i;
            endField(line + 1, 1);
            endRow();
            ++line;
            lineStart = i + 1;
            field.line = line;
            field.column = 1;
            continue;
        }
        if (afterQuote) {
            // Stray spaces after a closing quote are tolerated; anything else is malformed.
            if (c == u' ' || c == u'\t')
                continue;
            table.error = QStringLiteral("引号后出现多余字符「%1」").arg(d[i]);
            table.errorLine = line;
            table.errorColumn = columnAt(i);
            return table;
        }
        if (c == u'"' && (run < 0 || QStringView(d + run, i - run).trimmed().isEmpty())) {
            inQuotes = true; // an opening quote, perhaps after stray spaces
            fieldStarted = true;
            run = -1;
            field.text.clear();
            continue;
        }
        if (run < 0)
            run = i;
        fieldStarted = true;
        skipPlain(i, u',', u'\r', u'\n', u'"');
    }
    if (inQuotes) {
        table.error = QStringLiteral("引号没有闭合（从第 %1 行第 %2 列开始的字段）").arg(field.line).arg(field.column);
        table.errorLine = field.line;
        table.errorColumn = field.column;
        return table;
    }
    if (fieldStarted || !row.isEmpty()) {
        flush(n);
        endField(line, columnAt(n));
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
                if (m_index.contains(col.key))
                    m_duplicates.append(name);
                else
                    m_index.insert(col.key, i);
                known = true;
                break;
            }
        }
        if (!known && !name.isEmpty())
            m_unknown.append(name);
    }
    m_rows = table.rows;
}

const CsvField *CsvRecords::field(int row, const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? nullptr : fieldAt(row, *it);
}

QString CsvRecords::value(int row, const QString &key) const
{
    const CsvField *f = field(row, key);
    return f ? f->text.trimmed() : QString();
}

int CsvRecords::line(int row) const
{
    return (row >= 0 && row < size() && !m_rows.at(row + 1).isEmpty()) ? m_rows.at(row + 1).first().line : 0;
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
