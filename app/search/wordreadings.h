#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tongban {

// A word whose reading differs from (or must rank above) its characters' readings:
// 长春 → chang chun. One toneless syllable per character (code point) of the word.
struct WordReading
{
    QString word;
    QList<QByteArray> syllables;
};

// Word readings as written in assets/pinyin/words.txt and in the `readings` column of items
// and notices: entries separated by ';' (also '；' and line breaks), each the word, a space
// and its pinyin — syllables separated by spaces or run together, tone marks allowed:
// "长春 chang chun; 银行 yínháng". In files, '#' starts a comment.
class WordReadings
{
public:
    // Problems go to `errors` in Chinese, one per bad entry (`where` prefixes each, e.g. an
    // item id or "words.txt:12"); the good entries are still returned.
    static QList<WordReading> parse(QStringView text, const QString &where = {}, QStringList *errors = nullptr);
    // One entry: "长春 chang chun". Empty word on error.
    static WordReading parseEntry(QStringView entry, QString *error = nullptr);
    // The built-in list (assets/pinyin/words.txt, embedded).
    static const QList<WordReading> &builtIn();
};

} // namespace tongban
