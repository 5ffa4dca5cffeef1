// The RFC 4180 reader against what WPS and Excel write.
#include <QStringEncoder>
#include <QTest>

#include "csv.h"

using tongban::Csv;
using tongban::CsvRecords;

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void quotedFieldsWithCommasQuotesAndNewlines()
    {
        const auto t = Csv::parse("id,name\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\r\nlines\"\r\n");
        QVERIFY(t.ok());
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows[1][1].text, QStringLiteral("a, b"));
        QCOMPARE(t.rows[2][1].text, QStringLiteral("say \"hi\""));
        QCOMPARE(t.rows[3][1].text, QStringLiteral("two\nlines"));
    }

    void lineAndColumnOfEachField()
    {
        const auto t = Csv::parse("id,name\n1,\"x\ny\"\n2,名称\n");
        QVERIFY(t.ok());
        QCOMPARE(t.rows[2][0].line, 4); // the quoted newline moves the next row down
        QCOMPARE(t.rows[2][1].line, 4);
        QCOMPARE(t.rows[2][1].column, 3);
        QCOMPARE(t.rows[1][1].column, 3);
    }

    void bomTrailingEmptyRowsAndNoFinalNewline()
    {
        const auto t = Csv::parse("\xEF\xBB\xBFid,name\n1,甲\n,\n\n,,\n2,乙");
        QVERIFY(t.ok());
        QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows[0][0].text, QStringLiteral("id")); // BOM not part of the header
        QCOMPARE(t.rows[2][1].text, QStringLiteral("乙"));
    }

    void gb18030IsDetected()
    {
        QStringEncoder encoder("GB18030");
        const QByteArray bytes = encoder.encode(QStringLiteral("编号,名称\r\n1,居民身份证换领\r\n"));
        QVERIFY(!encoder.hasError());
        const auto t = Csv::parse(bytes);
        QVERIFY(t.ok());
        QCOMPARE(t.encoding, QStringLiteral("GB18030"));
        QCOMPARE(t.rows[1][1].text, QStringLiteral("居民身份证换领"));
    }

    void unclosedQuoteIsReportedWhereItStarts()
    {
        const auto t = Csv::parse("id,name\n1,ok\n2,\"never closed\n3,x\n");
        QVERIFY(!t.ok());
        QCOMPARE(t.errorLine, 3);
        QCOMPARE(t.errorColumn, 3);
    }

    void junkAfterClosingQuoteIsAnError()
    {
        const auto t = Csv::parse("a\n\"x\"y\n");
        QVERIFY(!t.ok());
        QCOMPARE(t.errorLine, 2);
    }

    void recordsByHeaderNameInAnyOrderAndLanguage()
    {
        const auto t = Csv::parse(" 名称 ,id,extra\n 甲 ,1,z\n");
        const CsvRecords r(t, {{"id", {"编号"}}, {"name", {"名称"}}});
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.value(0, "name"), QStringLiteral("甲")); // stray spaces trimmed
        QCOMPARE(r.value(0, "id"), QStringLiteral("1"));
        QCOMPARE(r.unknownHeaders(), QStringList{"extra"});
        QCOMPARE(r.missingColumns({"id", "status"}), QStringList{"status"});
    }

    void utf16AndUndecodableBytesAreNamed()
    {
        const auto utf16 = Csv::parse(QByteArray("\xFF\xFE") + QByteArray("i\0d\0", 4));
        QVERIFY(!utf16.ok());
        QVERIFY(utf16.error.contains("UTF-16"));
        const auto junk = Csv::parse("id,name\n1,\xFF\xFE\xFD\n");
        QVERIFY(!junk.ok());
        QVERIFY(junk.error.contains("GBK/GB18030"));
    }

    void quoteAfterStraySpacesAndPositionsAfterIt()
    {
        const auto t = Csv::parse("a,b,c\n x ,  \"q, r\"  ,z\r\n");
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.rows[1][0].text, QStringLiteral(" x "));
        QCOMPARE(t.rows[1][1].text, QStringLiteral("q, r"));
        QCOMPARE(t.rows[1][2].text, QStringLiteral("z"));
        QCOMPARE(t.rows[1][2].column, 16);
    }

    void duplicateHeadersAreReported()
    {
        const auto t = Csv::parse("id,name,名称\n1,a,b\n");
        const CsvRecords r(t, {{"id", {"编号"}}, {"name", {"名称"}}});
        QCOMPARE(r.duplicateHeaders(), QStringList{"名称"});
        QCOMPARE(r.value(0, "name"), QStringLiteral("a")); // the first one counts
        QCOMPARE(r.column("id"), 0);
        QCOMPARE(r.column("nope"), -1);
    }

    void lineBreaksInQuotedFieldsReadBackTheSame()
    {
        // Found by fuzz_csv: "\r\r\n" used to leave a CRLF in the text, which read differently
        // once written back.
        const auto t = Csv::parse("a\n\"x\r\r\ny\ry\"\n");
        QVERIFY(t.ok());
        QCOMPARE(t.rows[1][0].text, QStringLiteral("x\n\ny\ny"));
        const auto again = Csv::parse(Csv::row({t.rows[1][0].text}));
        QCOMPARE(again.rows[0][0].text, t.rows[1][0].text);
    }

    void writerRoundTrips()
    {
        const QStringList fields = {"plain", "a,b", "q\"uote", "multi\nline", "中文"};
        const auto t = Csv::parse(Csv::row(fields) + Csv::row({"x"}));
        QVERIFY(t.ok());
        QStringList back;
        for (const auto &f : t.rows[0])
            back.append(f.text);
        QCOMPARE(back, fields);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
