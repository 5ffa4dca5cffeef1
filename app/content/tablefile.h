#pragma once

#include <QList>
#include <QString>

#include <future>
#include <optional>

#include "csv.h"
#include "diagnostic.h"
#include "packagetables.h"

namespace tongban::package {

// A table's file as read: whether it exists, whether it could be opened, and its rows.
struct TableFile
{
    bool exists = false;
    bool opened = false;
    CsvTable csv;
};

// Reads and parses `table`'s file; a file that needs a newer format than `format` is not read.
TableFile readTable(const QString &packageDir, const Table &table, int format);

// The files of tables() in order, each read and parsed on a second thread while the caller
// checks and inserts the one before (reading is about a tenth of the work).
class TableReader
{
public:
    TableReader(const QString &packageDir, int format);
    // The next table's file. `done`, the rows of the one before, is freed on the reader's
    // thread too.
    TableFile next(CsvTable done = {});

private:
    void start(CsvTable done);

    QString m_dir;
    int m_format;
    qsizetype m_index = 0;
    std::future<TableFile> m_next; // its destructor waits for the read under way
};

// What a table's file and header say before any row is read. Problems are appended to `out`;
// the rows, addressed by header, are in `records` when the table can be read.
enum class Header {
    Read,
    Absent, // an optional file that is not there: nothing to read, nothing wrong
    Refused,
};
Header checkHeader(
    const Table &table, const TableFile &file, int format, QList<Diagnostic> *out, std::optional<CsvRecords> *records);

} // namespace tongban::package
