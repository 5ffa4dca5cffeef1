#include "wordreadings.h"

#include "logging.h"
#include "pinyin.h"

#include <QDebug>
#include <QFile>
#include <QRegularExpression>

namespace tongban {

namespace {

QList<char32_t> codePoints(QStringView text)
{
    QList<char32_t> out;
    for (const char32_t c : text.toUcs4())
        out.append(c);
    return out;
}

bool isAsciiAlnum(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// A syllable written for character `c`: one of the table's syllables ("lue" for "lve" too),
// or, for a letter or digit in the word, that character itself.
QByteArray checkedSyllable(const QString &written, char32_t c)
{
    const QByteArray s = written.toLatin1();
    if (QString::fromLatin1(s) != written || s.isEmpty())
        return {};
    if (pinyin::syllableId(s) >= 0)
        return s;
    QByteArray v = s;
    v.replace('u', 'v');
    if (pinyin::syllableId(v) >= 0)
        return v;
    const char32_t lower = c < 128 ? char32_t(QChar::toLower(c)) : c;
    return s.size() == 1 && isAsciiAlnum(lower) && char32_t(s.at(0)) == lower ? s : QByteArray();
}

// Splits run-together pinyin ("changchun") into one syllable per character, each one of the
// character's readings (any syllable for a character the table lacks). A word read otherwise
// than its characters must be written with spaces.
bool split(const QString &run, qsizetype at, const QList<char32_t> &chars, qsizetype index, QList<QByteArray> *out)
{
    if (index == chars.size())
        return at == run.size();
    for (qsizetype len = qMin<qsizetype>(6, run.size() - at); len >= 1; --len) {
        const QByteArray s = checkedSyllable(run.mid(at, len), chars[index]);
        if (s.isEmpty())
            continue;
        const int id = pinyin::syllableId(s);
        const auto readings = pinyin::readings(chars[index]);
        if (id >= 0 && !readings.empty() && std::find(readings.begin(), readings.end(), id) == readings.end())
            continue;
        out->append(s);
        if (split(run, at + len, chars, index + 1, out))
            return true;
        out->removeLast();
    }
    return false;
}

} // namespace

WordReading WordReadings::parseEntry(QStringView entry, QString *error)
{
    const QString text = entry.trimmed().toString();
    const qsizetype space = text.indexOf(QRegularExpression(QStringLiteral("\\s")));
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("读音“%1”：%2").arg(text, why);
        return WordReading{};
    };
    if (space <= 0)
        return fail(QStringLiteral("应写作“词 拼音”，例如“长春 chang chun”"));
    WordReading w;
    w.word = text.left(space);
    const QList<char32_t> chars = codePoints(w.word);
    const QStringList written = pinyin::toneless(QStringView(text).mid(space + 1))
                                    .split(QRegularExpression(QStringLiteral("[\\s'’]+")), Qt::SkipEmptyParts);
    if (written.isEmpty())
        return fail(QStringLiteral("缺少拼音"));
    if (written.size() == chars.size()) {
        for (qsizetype i = 0; i < chars.size(); ++i) {
            const QByteArray s = checkedSyllable(written[i], chars[i]);
            if (s.isEmpty())
                return fail(QStringLiteral("“%1”不是有效的拼音音节").arg(written[i]));
            w.syllables.append(s);
        }
        return w;
    }
    const QString run = written.join(QString());
    if (!split(run, 0, chars, 0, &w.syllables))
        return fail(QStringLiteral("拼音与 %1 个字对不上，请用空格分开每个字的拼音").arg(chars.size()));
    return w;
}

QList<WordReading> WordReadings::parse(QStringView text, const QString &where, QStringList *errors)
{
    QList<WordReading> out;
    static const QRegularExpression separators(QStringLiteral("[;；]"));
    const QStringList lines = text.toString().split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        const QString at = where.isEmpty() || lines.size() == 1 ? where : QStringLiteral("%1:%2").arg(where).arg(n + 1);
        line.truncate(line.indexOf(QLatin1Char('#')) >= 0 ? line.indexOf(QLatin1Char('#')) : line.size());
        for (const QString &entry : line.split(separators)) {
            if (entry.trimmed().isEmpty())
                continue;
            QString error;
            const WordReading w = parseEntry(entry, &error);
            if (!w.word.isEmpty())
                out.append(w);
            else if (errors)
                errors->append(at.isEmpty() ? error : at + QStringLiteral("：") + error);
        }
    }
    return out;
}

const QList<WordReading> &WordReadings::builtIn()
{
    static const QList<WordReading> list = [] {
        QFile f(QStringLiteral(":/tongban/search/words.txt"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcSearch) << "search: built-in word readings missing";
            return QList<WordReading>{};
        }
        QStringList errors;
        const auto words = parse(QString::fromUtf8(f.readAll()), QStringLiteral("words.txt"), &errors);
        for (const QString &e : std::as_const(errors))
            qCWarning(lcSearch).noquote() << "search:" << e;
        return words;
    }();
    return list;
}

} // namespace tongban
