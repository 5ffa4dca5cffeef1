#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tongban {

// An RFC 4180 table as spreadsheets write it: UTF-8 with or without BOM, or GB18030/GBK;
// CRLF or LF; quoted fields holding commas, quotes and newlines. Every field keeps the line
// and column it started on, so problems can be reported as file:line:column.
struct CsvField
{
    QString text;
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters
};

struct CsvTable
{
    QString encoding; // "UTF-8" or "GB18030"
    QList<QList<CsvField>> rows; // the header is rows[0]
    QString error; // set when the text is not a well-formed table
    int errorLine = 0;
    int errorColumn = 0;

    bool ok() const { return error.isEmpty(); }
};

class Csv
{
public:
    static CsvTable parse(const QByteArray &bytes);
    // UTF-8 when the bytes are valid UTF-8 (BOM optional), else GB18030 (a superset of GBK).
    // `error` is set for UTF-16 (Excel's "Unicode text") and for bytes that are neither.
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr, QString *error = nullptr);
    static QByteArray quote(const QString &field);
    static QByteArray row(const QStringList &fields);
};

// A table addressed by header name: column order is free, headers are trimmed and matched
// against each column's accepted names (English and Chinese).
class CsvRecords
{
public:
    struct Column
    {
        QString key;
        QStringList aliases;
    };

    CsvRecords(const CsvTable &table, const QList<Column> &columns);

    int size() const { return int(qMax(0, m_rows.size() - 1)); }
    bool has(const QString &key) const { return m_index.contains(key); }
    // The trimmed text of `key` in data row `row` (0-based), empty when the column is absent.
    QString value(int row, const QString &key) const;
    const CsvField *field(int row, const QString &key) const;
    // The index of `key`'s column (-1 when absent) and a field by that index, for loops that
    // read every row.
    int column(const QString &key) const { return m_index.value(key, -1); }
    const CsvField *fieldAt(int row, int column) const
    {
        if (column < 0 || row < 0 || row >= size() || column >= m_rows.at(row + 1).size())
            return nullptr;
        return &m_rows.at(row + 1).at(column);
    }
    int line(int row) const;
    QStringList unknownHeaders() const { return m_unknown; }
    QStringList duplicateHeaders() const { return m_duplicates; }
    QStringList missingColumns(const QStringList &required) const;

private:
    QList<QList<CsvField>> m_rows; // the table's, shared: data row r is m_rows[r + 1]
    QHash<QString, int> m_index;
    QStringList m_unknown;
    QStringList m_duplicates;
};

} // namespace tongban
