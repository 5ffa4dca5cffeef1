// libFuzzer: the CSV reader, header mapping and date parser on arbitrary bytes. Besides not
// crashing: every field has a position, and writing a parsed table back gives the same table.
#include <QByteArray>
#include <QStringList>

#include <cstdlib>

#include "csv.h"
#include "packagetables.h"

using namespace tongban;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvTable table = Csv::parse(bytes);
    if (!table.ok()) {
        if (table.errorLine < 1 || table.errorColumn < 1)
            std::abort();
        return 0;
    }
    QByteArray written;
    for (const QList<CsvField> &row : table.rows) {
        QStringList fields;
        for (const CsvField &f : row) {
            if (f.line < 1 || f.column < 1)
                std::abort();
            fields.append(f.text);
            package::normalizeDate(f.text);
            package::splitList(f.text);
        }
        written += Csv::row(fields);
    }
    const CsvRecords records(table, {{"id", {"编号"}}, {"name", {"名称"}}});
    for (int r = 0; r < records.size(); ++r)
        records.value(r, "name");
    // A leading U+FEFF in the first field would be read back as a BOM: not a table we write.
    if (!table.rows.isEmpty() && table.rows.first().first().text.startsWith(QChar(0xFEFF)))
        return 0;
    const CsvTable again = Csv::parse(written);
    if (!again.ok() || again.rows.size() != table.rows.size())
        std::abort();
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        for (qsizetype c = 0; c < table.rows[r].size(); ++c)
            if (again.rows[r].value(c).text != table.rows[r][c].text)
                std::abort();
    return 0;
}
