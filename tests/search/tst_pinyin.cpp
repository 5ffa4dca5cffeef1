// The pinyin table generated from Unihan at build time, and the word readings.
#include <QFile>
#include <QProcess>
#include <QTest>

#include "pinyin.h"
#include "testsupport.h"
#include "wordreadings.h"

using namespace tongban;

namespace {
QStringList readingsOf(const QString &character)
{
    QStringList out;
    for (const uint16_t id : pinyin::readings(character.toUcs4().value(0)))
        out.append(QString::fromLatin1(pinyin::syllable(id)));
    return out;
}
} // namespace

class TestPinyin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::hermetic(); }

    void everyReadingOfAPolyphone_data()
    {
        QTest::addColumn<QString>("character");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("长") << "长" << QStringList{"chang", "zhang"};
        QTest::newRow("行") << "行" << QStringList{"hang", "xing"};
        QTest::newRow("重") << "重" << QStringList{"chong", "zhong"};
        QTest::newRow("乐") << "乐" << QStringList{"le", "yue"};
        QTest::newRow("女") << "女" << QStringList{"nv"};
        QTest::newRow("绿") << "绿" << QStringList{"lu", "lv"};
        QTest::newRow("略") << "略" << QStringList{"lve"};
        QTest::newRow("身") << "身" << QStringList{"shen"};
        QTest::newRow("outside the BMP") << "𠀀" << QStringList{"he"};
    }

    void everyReadingOfAPolyphone()
    {
        QFETCH(QString, character);
        QFETCH(QStringList, expected);
        const QStringList got = readingsOf(character);
        for (const QString &s : expected)
            QVERIFY2(got.contains(s), qPrintable(got.join(' ')));
    }

    void charactersOutsideTheTable()
    {
        QVERIFY(readingsOf("a").isEmpty());
        QVERIFY(readingsOf("😀").isEmpty());
        QVERIFY(readingsOf("，").isEmpty());
        QVERIFY(pinyin::syllableId("zhuang") >= 0);
        QCOMPARE(pinyin::syllableId("xyz"), -1);
        QCOMPARE(pinyin::syllable(-1), QByteArray());
        QVERIFY(pinyin::syllableCount() > 400);
    }

    void toneless()
    {
        QCOMPARE(pinyin::toneless(u"Zhǎng"), QStringLiteral("zhang"));
        QCOMPARE(pinyin::toneless(u"lǜ"), QStringLiteral("lv"));
        QCOMPARE(pinyin::toneless(u"NÜ"), QStringLiteral("nv"));
        QCOMPARE(pinyin::toneless(u"shēn fèn"), QStringLiteral("shen fen"));
        QCOMPARE(pinyin::toneless(u"长春"), QStringLiteral("长春"));
    }

    // Checked from the outside: every kMandarin reading in Debian's Unihan file is in the table.
    void tableCoversUnihan()
    {
        QProcess bzip2;
        bzip2.start("bzip2", {"-dc", "/usr/share/unicode/Unihan_Readings.txt.bz2"});
        QVERIFY(bzip2.waitForFinished(60000));
        int checked = 0;
        QStringList missing;
        for (const QByteArray &line : bzip2.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() != 3 || f[1] != "kMandarin")
                continue;
            const char32_t cp = f[0].mid(2).toUInt(nullptr, 16);
            const QString character = QString::fromUcs4(&cp, 1);
            for (const QByteArray &r : f[2].split(' ')) {
                ++checked;
                const QString want = pinyin::toneless(QString::fromUtf8(r));
                if (!readingsOf(character).contains(want))
                    missing.append(character + ":" + want);
            }
        }
        QVERIFY2(checked > 40000, qPrintable(QString::number(checked)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 20).join(' ')));
    }

    void wordReadings_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("syllables");
        QTest::newRow("spaced") << "长春 chang chun"
                                << "长春" << QStringList{"chang", "chun"};
        QTest::newRow("run together") << "长春 changchun"
                                      << "长春" << QStringList{"chang", "chun"};
        QTest::newRow("tones") << "银行 yínháng"
                               << "银行" << QStringList{"yin", "hang"};
        QTest::newRow("split by the characters' readings") << "西安 xian"
                                                           << "西安" << QStringList{"xi", "an"};
        QTest::newRow("ü") << "绿园区 lǜ yuán qū"
                           << "绿园区" << QStringList{"lv", "yuan", "qu"};
        QTest::newRow("ü as u") << "略 lue"
                                << "略" << QStringList{"lve"};
        QTest::newRow("latin letter") << "A证 a zheng"
                                      << "A证" << QStringList{"a", "zheng"};
        QTest::newRow("apostrophe") << "西安 xi'an"
                                    << "西安" << QStringList{"xi", "an"};
    }

    void wordReadings()
    {
        QFETCH(QString, entry);
        QFETCH(QString, word);
        QFETCH(QStringList, syllables);
        QString error;
        const WordReading w = WordReadings::parseEntry(entry, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(w.word, word);
        QStringList got;
        for (const QByteArray &s : w.syllables)
            got.append(QString::fromLatin1(s));
        QCOMPARE(got, syllables);
    }

    void badWordReadingsAreReported()
    {
        QStringList errors;
        const auto list = WordReadings::parse(
            u"长春 chang chun；银行; 长春 chang; 重庆 chong xyz\n会计 kuai ji # ok", QStringLiteral("事项 x-1"), &errors);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[1].word, QStringLiteral("会计"));
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors[0].startsWith("事项 x-1:1：读音“银行”：应写作"), qPrintable(errors[0]));
        QVERIFY2(errors[1].contains("2 个字"), qPrintable(errors[1]));
        QVERIFY2(errors[2].contains("“xyz”不是有效的拼音音节"), qPrintable(errors[2]));
    }

    // assets/pinyin/words.txt: parses cleanly, and each word is needed — one of its characters
    // has another reading than the word's, which is what the word settles.
    void builtInWordsAreValidAndNeeded()
    {
        QFile f(testsupport::sourceDir() + "/assets/pinyin/words.txt");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList errors;
        const auto words = WordReadings::parse(QString::fromUtf8(f.readAll()), "words.txt", &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(words.size(), WordReadings::builtIn().size());
        QVERIFY(words.size() >= 20);
        for (const WordReading &w : words) {
            bool needed = false;
            const QList<uint> chars = w.word.toUcs4();
            for (qsizetype i = 0; i < chars.size(); ++i) {
                const char32_t c = chars[i];
                const QStringList readings = readingsOf(QString::fromUcs4(&c, 1));
                needed = needed || !readings.contains(QString::fromLatin1(w.syllables[i])) || readings.size() > 1;
            }
            QVERIFY2(needed, qPrintable(w.word));
        }
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
