// Golden queries on the seed content (db/seed), as residents would type them.
#include <QTest>

#include "searchtestsupport.h"

using namespace tongban;
using searchtest::ids;

class TestSearchSeed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        QVERIFY(searchtest::buildIndex(testsupport::seedPackage(), m_dir, m_db, &m_index));
        QVERIFY(m_index.problems().isEmpty());
    }

    void idCard_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("form");
        for (const auto &[q, form] : {std::pair("sfz", SearchResult::Form::Initials),
                 std::pair("SFZ", SearchResult::Form::Initials), std::pair("shenfenzheng", SearchResult::Form::FullPinyin),
                 std::pair("shēnfènzhèng", SearchResult::Form::FullPinyin),
                 std::pair("shen fen zh", SearchResult::Form::FullPinyin), std::pair("shenfz", SearchResult::Form::Mixed),
                 std::pair("shen f z", SearchResult::Form::Mixed), std::pair("身份", SearchResult::Form::Hanzi),
                 std::pair("身份证", SearchResult::Form::Hanzi)})
            QTest::newRow(q) << QString::fromUtf8(q) << int(form);
    }

    void idCard()
    {
        QFETCH(QString, query);
        QFETCH(int, form);
        const auto r = m_index.search(query);
        QVERIFY(!r.isEmpty());
        QCOMPARE(r[0].id, QStringLiteral("police-id-card-renew-replace"));
        QCOMPARE(r[0].title, QStringLiteral("身份证换补领"));
        QCOMPARE(int(r[0].form), form);
        QVERIFY(r[0].tier <= SearchResult::InitialsPrefix);
        QCOMPARE(r[0].ranges.value(0).first, 0);
        QVERIFY(r[0].ranges.value(0).second >= 2);
    }

    void medicalInsurance_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("yb") << "yb";
        QTest::newRow("yibao") << "yibao";
        QTest::newRow("医保") << "医保";
    }

    void medicalInsurance()
    {
        QFETCH(QString, query);
        const auto r = m_index.search(query);
        QVERIFY(!r.isEmpty());
        // The item named 医保… first, then every item that staff tagged 医保.
        QCOMPARE(r[0].id, QStringLiteral("medical-insurance-relation-transfer"));
        QCOMPARE(r[0].ranges, (QList<QPair<int, int>>{{0, 2}}));
        for (const char *id : {"medical-insurance-enrollment-query", "medical-insurance-resident-enrollment",
                 "medical-insurance-enrollment-certificate"}) {
            const SearchResult *hit = searchtest::find(r, id);
            QVERIFY2(hit, id);
            QCOMPARE(hit->tier, SearchResult::Keyword);
            QVERIFY(searchtest::position(r, id) > 0);
        }
        // The 医保 department comes before the keyword matches.
        QVERIFY(searchtest::position(r, "medical-insurance") < searchtest::position(r, "medical-insurance-enrollment-query"));
    }

    void passportThroughItsAliases_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("出国") << "出国";
        QTest::newRow("chuguo") << "chuguo";
        QTest::newRow("cg") << "cg";
    }

    void passportThroughItsAliases()
    {
        QFETCH(QString, query);
        const auto r = m_index.search(query);
        QCOMPARE(ids(r).mid(0, 2), (QStringList{"police-passport-first", "police-passport-renew-replace"}));
        QCOMPARE(r[0].tier, SearchResult::Keyword);
        QVERIFY(!r[0].keyword.isEmpty());
        QVERIFY(r[0].ranges.isEmpty());
    }

    void exitEntryFindsPassportsAndPermits()
    {
        const auto r = m_index.search("出入境");
        QCOMPARE(r.size(), 4);
        for (const auto &hit : r) {
            QVERIFY2(hit.id.startsWith("police-passport") || hit.id.startsWith("police-hkmo-permit"), qPrintable(hit.id));
            QCOMPARE(hit.keyword, QStringLiteral("出入境"));
        }
        // A passport's name beats its alias.
        QCOMPARE(ids(m_index.search("护照")).mid(0, 2), (QStringList{"police-passport-first", "police-passport-renew-replace"}));
        QCOMPARE(m_index.search("hz").value(0).tier, SearchResult::InitialsPrefix);
        QVERIFY(m_index.search("hz").value(0).id.startsWith("police-passport"));
    }

    void socialSecurityCardAlias()
    {
        const auto r = m_index.search("社会保障卡");
        QCOMPARE(r.value(0).id, QStringLiteral("hrss-social-security-card"));
        QCOMPARE(r[0].keyword, QStringLiteral("社会保障卡"));
    }

    void changchun_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("cc") << "cc";
        QTest::newRow("changchun") << "changchun";
        QTest::newRow("长春") << "长春";
    }

    void changchun()
    {
        QFETCH(QString, query);
        const auto r = m_index.search(query);
        QVERIFY(r.size() >= 10);
        // The 长春 departments lead, through the word reading; the notice about 长春 is found too.
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(r[i].title.startsWith("长春"), qPrintable(r[i].title));
            QVERIFY(!r[i].alternateReading);
            QCOMPARE(r[i].ranges.value(0), (QPair<int, int>{0, 2}));
        }
        QVERIFY(searchtest::find(r, "police-fireworks-ban"));
        QCOMPARE(searchtest::find(r, "police-fireworks-ban")->kind, SearchResult::Kind::Notice);
    }

    void zcFindsChangchunAfterReadingsThatFit()
    {
        const auto r = m_index.search("zc");
        const qsizetype disability = searchtest::position(r, "civil-affairs-disability-subsidy"); // 助残 zhù cán
        const qsizetype police = searchtest::position(r, "police"); // 长春市公安局 through zhǎng
        QVERIFY(disability >= 0 && police >= 0);
        QVERIFY(disability < police);
        QVERIFY(r[police].alternateReading);
        QCOMPARE(r[police].tier, r[disability].tier);
        // With cc the department is above 助残.
        const auto cc = m_index.search("cc");
        QVERIFY(!searchtest::find(cc, "civil-affairs-disability-subsidy"));
        QVERIFY(searchtest::position(cc, "police") >= 0);
    }

    void notices()
    {
        // The ban stands; the Spring Festival cases ended (expire_at 2026-03-03).
        const auto r = m_index.search("烟花");
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].kind, SearchResult::Kind::Notice);
        QCOMPARE(r[0].subtitle, QStringLiteral("长春市公安局"));
        QCOMPARE(ids(m_index.search("yhbz")).filter("fireworks").size(), 1);
    }

    void themes()
    {
        const auto r = m_index.search("hjsf");
        QCOMPARE(r.value(0).id, QStringLiteral("household-id"));
        QCOMPARE(r[0].kind, SearchResult::Kind::Theme);
        QCOMPARE(r[0].title, QStringLiteral("户籍身份"));
    }

private:
    QTemporaryDir m_dir;
    Database m_db{"search-seed"};
    SearchIndex m_index;
};

QTEST_GUILESS_MAIN(TestSearchSeed)
#include "tst_searchseed.moc"
