// 读给我听's texts: numbers rewritten as they are said, and every seed item's and notice's
// readout spoken as Mandarin by espeak-ng (no switch to English letters).
#include <QSqlQuery>
#include <QTest>

#include "contentstore.h"
#include "itemdetail.h"
#include "readouttext.h"
#include "services.h"
#include "speechsynth.h"
#include "testsupport.h"

using namespace tongban;

class TestReadout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::hermetic(); }

    void cardinals_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("said");
        QTest::newRow("0") << qint64(0) << "零";
        QTest::newRow("7") << qint64(7) << "七";
        QTest::newRow("10") << qint64(10) << "十";
        QTest::newRow("12") << qint64(12) << "十二";
        QTest::newRow("30") << qint64(30) << "三十";
        QTest::newRow("105") << qint64(105) << "一百零五";
        QTest::newRow("191") << qint64(191) << "一百九十一";
        QTest::newRow("1010") << qint64(1010) << "一千零一十";
        QTest::newRow("2100") << qint64(2100) << "两千一百";
        QTest::newRow("5000") << qint64(5000) << "五千";
        QTest::newRow("10000") << qint64(10000) << "一万";
        QTest::newRow("10500") << qint64(10500) << "一万零五百";
        QTest::newRow("20000") << qint64(20000) << "两万";
        QTest::newRow("100000") << qint64(100000) << "十万";
        QTest::newRow("100000001") << qint64(100000001) << "一亿零一";
    }
    void cardinals()
    {
        QFETCH(qint64, n);
        QFETCH(QString, said);
        QCOMPARE(readout::cardinal(n), said);
    }

    void speakable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("said");
        QTest::newRow("year") << "2026年1月起"
                              << "二〇二六年一月起";
        QTest::newRow("iso date") << "截止 2026-01-05"
                                  << "截止 二〇二六年一月五日";
        QTest::newRow("year-month") << "2025-12 发布"
                                    << "二〇二五年十二月 发布";
        QTest::newRow("hours") << "9:00-17:00"
                               << "九点到十七点";
        QTest::newRow("half hour") << "8:30—11:30"
                                   << "八点半到十一点半";
        QTest::newRow("minutes") << "13:05 开始"
                                 << "十三点零五分 开始";
        QTest::newRow("landline") << "咨询 0431-88776655"
                                  << "咨询 零四三幺，八八七七六六五五";
        QTest::newRow("mobile") << "13912345678"
                                << "幺三九幺二三四五六七八";
        QTest::newRow("called") << "请拨打110举报"
                                << "请拨打幺幺零举报";
        QTest::newRow("counts") << "191家医疗机构274项"
                                << "一百九十一家医疗机构二百七十四项";
        QTest::newRow("fine") << "各被处罚10000元"
                              << "各被处罚一万元";
        QTest::newRow("two") << "2个工作日"
                             << "两个工作日";
        QTest::newRow("range") << "1-3个工作日"
                               << "一到三个工作日";
        QTest::newRow("percent") << "报销50%"
                                 << "报销百分之五十";
        QTest::newRow("decimal") << "3.5公里"
                                 << "三点五公里";
        QTest::newRow("names") << "搜索「婚姻登记」"
                               << "搜索婚姻登记";
        QTest::newRow("full-width") << "３０个"
                                    << "三十个";
    }
    void speakable()
    {
        QFETCH(QString, text);
        QFETCH(QString, said);
        QCOMPARE(readout::speakable(text), said);
    }

    void itemText()
    {
        ItemDetail item;
        item.name = QStringLiteral("婚姻登记");
        item.cityNames = {QStringLiteral("长春"), QStringLiteral("吉林")};
        item.offlineChannels = {QStringLiteral("四市政务大厅通办窗口")};
        item.materials = {Material{1, QStringLiteral("居民身份证"), true, {}, 1, {}}};
        const QString text = readout::forItem(item);
        QVERIFY2(text.startsWith(QStringLiteral("婚姻登记。可以在长春、吉林通办。窗口办理：四市政务大厅通办窗口。")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("需要带：居民身份证")));
        QVERIFY(text.endsWith(QStringLiteral("扫码打开吉事办，搜索婚姻登记。")));
        // Only a verified deep link is read as one (the QR card's own caption).
        QVERIFY(readout::forItem(item, true).endsWith(QStringLiteral("手机扫码，在吉事办办理。")));
        item.materials.clear();
        QVERIFY(readout::forItem(item).contains(QStringLiteral("所需材料以吉事办页面或窗口告知为准")));
    }

    // The reason for the voice: `cmn` reads 年 as English letters, cmn-latn-pinyin does not.
    void phonemesShowALanguageSwitch()
    {
        SpeechSynth *synth = SpeechSynth::shared();
        QVERIFY2(synth->available(), qPrintable(synth->errorString()));
        const QString ph = synth->phonemes(QStringLiteral("二〇二六年 身份证 婚姻登记 公积金"));
        QVERIFY2(!ph.isEmpty(), "no phonemes");
        QVERIFY2(!ph.contains(QStringLiteral("(en)")), qPrintable(ph));
        // The check can fail: the plain `cmn` voice switches to English for them.
        const QString cmn = synth->phonemes(QStringLiteral("二〇二六年 身份证"), "cmn");
        QVERIFY2(cmn.contains(QStringLiteral("(en)")), qPrintable(cmn));
        QCOMPARE(synth->phonemes(QStringLiteral("身份证")), synth->phonemes(QStringLiteral("身份证")));
        QVERIFY(!synth->phonemes(QStringLiteral("身份证")).contains(QStringLiteral("(en)")));
    }

    void everySeedReadoutIsMandarin()
    {
        QTemporaryDir dir;
        Services services(Paths{dir.path()});
        QVERIFY(services.start());
        QSqlDatabase db = services.content()->db();
        SpeechSynth *synth = SpeechSynth::shared();
        QVERIFY(synth->available());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM items ORDER BY id")));
        int items = 0;
        while (q.next()) {
            const auto item = ItemDetail::load(db, q.value(0).toString());
            QVERIFY(item);
            const QString said = readout::speakable(readout::forItem(*item));
            QVERIFY2(!said.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(said));
            const QString ph = synth->phonemes(said);
            QVERIFY2(!ph.isEmpty(), qPrintable(item->id));
            QVERIFY2(!ph.contains(QStringLiteral("(en)")), qPrintable(item->id + u' ' + said + u'\n' + ph));
            ++items;
        }
        QVERIFY(items >= 30);
        QVERIFY(q.exec(QStringLiteral("SELECT title, body FROM notices ORDER BY id")));
        int notices = 0;
        while (q.next()) {
            const QString said = readout::speakable(readout::forNotice(q.value(0).toString(), q.value(1).toString()));
            QVERIFY2(!said.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(said));
            const QString ph = synth->phonemes(said);
            QVERIFY2(!ph.contains(QStringLiteral("(en)")), qPrintable(said + u'\n' + ph));
            ++notices;
        }
        QVERIFY(notices >= 10);
    }
};

QTEST_GUILESS_MAIN(TestReadout)
#include "tst_readout.moc"
