// Build-time generator of the per-character pinyin table (run by a custom command in
// app/search/search.cmake, never shipped): reads Unihan_Readings.txt through `bzip2 -dc`,
// keeps every reading of kMandarin, kHanyuPinlu, kXHC1983 and kTGHZ2013, strips the tones
// (ü becomes v) and writes C++ arrays: the toneless syllables, the characters in code point
// order, and for each character the index of its set of readings (sets are shared, so the
// table stays small).
//
// Usage: tongban_pinyingen BZIP2 UNIHAN_READINGS_BZ2 OUT_CPP
#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <map>
#include <set>
#include <vector>

namespace {

// "zhǎng" → "zhang", "lǜ" → "lv", "ê̄" → "e"; empty when the result is not plain a–z.
QString toneless(const QString &reading)
{
    QString d = reading.normalized(QString::NormalizationForm_D);
    d.replace(QStringLiteral("u\u0308"), QStringLiteral("v")).replace(QStringLiteral("U\u0308"), QStringLiteral("v"));
    QString out;
    for (const QChar c : std::as_const(d))
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    static const QRegularExpression plain(QStringLiteral("^[a-z]+$"));
    return plain.match(out).hasMatch() ? out : QString();
}

// The readings written in one field value, in the order given.
QStringList readingsOf(const QString &field, const QString &value)
{
    QStringList out;
    for (QString token : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (field == QLatin1String("kHanyuPinlu")) // zhǎng(1879)
            token = token.left(token.indexOf(QLatin1Char('(')));
        else if (field != QLatin1String("kMandarin")) // 0121.040:cháng, possibly "a,b:reading"
            token = token.mid(token.indexOf(QLatin1Char(':')) + 1);
        out += token.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return out;
}

template <typename T> void writeArray(QByteArray &out, const char *decl, const std::vector<T> &values)
{
    out += decl;
    out += " = {\n";
    for (size_t i = 0; i < values.size(); ++i) {
        out += QByteArray::number(qulonglong(values[i]));
        out += (i + 1) % 16 == 0 || i + 1 == values.size() ? ",\n" : ", ";
    }
    out += "};\n";
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s BZIP2 Unihan_Readings.txt.bz2 OUT.cpp\n", argv[0]);
        return 2;
    }
    const QByteArray command = QByteArray("'") + argv[1] + "' -dc '" + argv[2] + "'";
    FILE *in = popen(command.constData(), "r");
    if (!in) {
        std::perror("bzip2");
        return 1;
    }
    const QStringList wanted = {"kMandarin", "kHanyuPinlu", "kXHC1983", "kTGHZ2013"};
    std::map<char32_t, QStringList> readings; // code point → toneless readings, first seen first
    std::set<QString> syllableSet;
    QString unicodeVersion;
    char buffer[4096];
    int lineNo = 0;
    while (std::fgets(buffer, sizeof buffer, in)) {
        ++lineNo;
        const QString line = QString::fromUtf8(buffer).trimmed();
        if (line.startsWith(QLatin1String("# Unicode version:")))
            unicodeVersion = line.mid(18).trimmed();
        if (!line.startsWith(QLatin1String("U+")))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 3 || !wanted.contains(parts[1]))
            continue;
        bool ok = false;
        const char32_t cp = parts[0].mid(2).toUInt(&ok, 16);
        if (!ok) {
            std::fprintf(stderr, "Unihan_Readings.txt:%d: bad code point\n", lineNo);
            return 1;
        }
        for (const QString &r : readingsOf(parts[1], parts[2])) {
            const QString s = toneless(r);
            if (s.isEmpty()) {
                std::fprintf(stderr, "Unihan_Readings.txt:%d: skipped reading %s\n", lineNo, qPrintable(r));
                continue;
            }
            QStringList &list = readings[cp];
            if (!list.contains(s))
                list.append(s);
            syllableSet.insert(s);
        }
    }
    const int status = pclose(in);
    // A truncated or missing input must fail the build, not produce a thin table.
    if (status != 0 || readings.size() < 20000) {
        std::fprintf(
            stderr, "pinyingen: could not read %s (bzip2 status %d, %zu characters)\n", argv[2], status, readings.size());
        return 1;
    }

    const std::vector<QString> syllables(syllableSet.begin(), syllableSet.end());
    QMap<QString, int> syllableId;
    for (size_t i = 0; i < syllables.size(); ++i)
        syllableId.insert(syllables[i], int(i));

    std::vector<uint32_t> codepoints, setOffsets{0};
    std::vector<uint16_t> charSet, setSyllables;
    QMap<QStringList, int> setId;
    for (const auto &[cp, list] : readings) {
        auto it = setId.find(list);
        if (it == setId.end()) {
            it = setId.insert(list, int(setOffsets.size()) - 1);
            for (const QString &s : list)
                setSyllables.push_back(uint16_t(syllableId.value(s)));
            setOffsets.push_back(uint32_t(setSyllables.size()));
        }
        codepoints.push_back(uint32_t(cp));
        charSet.push_back(uint16_t(it.value()));
    }

    QByteArray out;
    out += "// Generated by tongban_pinyingen from Unihan_Readings.txt (Unicode " + unicodeVersion.toUtf8()
        + ", fields kMandarin kHanyuPinlu kXHC1983 kTGHZ2013). Do not edit.\n"
          "#include \"pinyindata.h\"\n\nnamespace tongban::pinyin::data {\n\n";
    out += "const char *const syllables[] = {\n";
    for (const QString &s : syllables)
        out += "    \"" + s.toLatin1() + "\",\n";
    out += "};\nconst int syllableCount = " + QByteArray::number(qsizetype(syllables.size())) + ";\n";
    out += "const int charCount = " + QByteArray::number(qsizetype(codepoints.size())) + ";\n";
    out += "const int setCount = " + QByteArray::number(qsizetype(setOffsets.size() - 1)) + ";\n\n";
    writeArray(out, "const uint32_t codepoints[]", codepoints);
    writeArray(out, "const uint16_t charSet[]", charSet);
    writeArray(out, "const uint32_t setOffsets[]", setOffsets);
    writeArray(out, "const uint16_t setSyllables[]", setSyllables);
    out += "\n} // namespace tongban::pinyin::data\n";

    QSaveFile file(QString::fromLocal8Bit(argv[3]));
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        std::fprintf(stderr, "pinyingen: cannot write %s\n", argv[3]);
        return 1;
    }
    std::printf("pinyin table: %zu characters, %zu syllables, %zu reading sets\n", codepoints.size(), syllables.size(),
        setOffsets.size() - 1);
    return 0;
}
