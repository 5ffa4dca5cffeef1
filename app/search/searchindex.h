#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

#include "searchresult.h"

class QSqlDatabase;

namespace tongban {

namespace search {
struct Data;
}

// The search index over one content database: item names, item keywords and aliases,
// department names, theme names and the titles of visible notices, each with the pinyin of
// every character (all readings, from Unihan) and the word readings of assets/pinyin/words.txt
// and of the content's `readings` columns. Built once per content (≈ 30–60 ms for 10 000
// items); searching is in memory and never touches the database. Copies share the data; a
// built index is read-only but for what the last keystrokes ruled out (so that a query that
// only grew looks at less, searchnarrow.h), which a mutex guards: it may be searched from any
// thread.
class SearchIndex
{
public:
    SearchIndex(); // empty: every search returns nothing

    // Reads the content database. On a database error the index is empty and `error` says why.
    static SearchIndex build(const QSqlDatabase &db, QString *error = nullptr);

    // Ranked results for what the resident typed: Hanzi, full pinyin, initials, or a mix, any
    // case, with or without tone marks, spaces or apostrophes between syllables. Notices are
    // those shown on `today` (publish_from ≤ today ≤ expire_at). Never fails: an empty, blank
    // or unmatched query gives no results.
    // `tolerant` false: the exact forms only (no fuzzy pinyin, ordered-apart, typing errors,
    // same-reading characters) — for comparisons (bench) and staff checks.
    QList<SearchResult> search(
        const QString &query, int limit = 50, const QDate &today = QDate::currentDate(), bool tolerant = true) const;

    // A query as the usage figures keep it: folded as search folds it (lowercase, full-width
    // made ASCII, traditional characters simplified), trimmed, runs of spaces made one.
    static QString normalise(const QString &query);

    bool isEmpty() const;
    int entryCount() const; // items + departments + themes + notices indexed
    // Content readings that could not be used, in Chinese ("事项 xxx：读音“…”：…").
    QStringList problems() const;

private:
    std::shared_ptr<const search::Data> d;
};

} // namespace tongban
