// The search engine on a small fixture whose names are chosen so every rank tier, tie and
// polyphone case is distinguishable by id (tests/search/data/ranking).
#include <QTest>

#include "searchdata.h"
#include "searchtestsupport.h"

using namespace tongban;
using searchtest::ids;
using Tier = SearchResult::Tier;
using Form = SearchResult::Form;

namespace {
const QDate Today(2026, 6, 1);
using Ranges = QList<QPair<int, int>>;
} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        QVERIFY(searchtest::buildIndex(searchtest::fixturePackage(), m_dir, m_db, &m_index));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<int>>("tiers");
        // exact > prefix (ties in content order, items before departments) > substring >
        // keyword (exact keyword before a keyword containing it) > notice. Departments and
        // themes without items or notices are not indexed; expired and future notices are hidden.
        const QStringList all
            = {"r0-exact", "r1-prefix-a", "r1-prefix-b", "d-yb", "r4-substring", "r5-keyword", "r5-keyword-sub", "n-yb"};
        QTest::newRow("hanzi") << "医保" << all << QList<int>{0, 1, 1, 1, 4, 5, 5, 9};
        QTest::newRow("full pinyin") << "yibao" << all << QList<int>{0, 1, 1, 1, 4, 5, 5, 9};
        QTest::newRow("initials") << "yb" << all << QList<int>{2, 3, 3, 3, 4, 5, 5, 9};
        QTest::newRow("last syllable typed in part") << "yib" << all << QList<int>{1, 1, 1, 1, 4, 5, 5, 9};
        QTest::newRow("mixed") << "yibaoc" << QStringList{"r1-prefix-a"} << QList<int>{1};
        QTest::newRow("mixed, initials after a full syllable")
            << "yibcx" << QStringList{"r1-prefix-a"} << QList<int>{Tier::InitialsWhole};
        QTest::newRow("spaces between syllables") << "yi bao cha xun" << QStringList{"r1-prefix-a"} << QList<int>{0};
        QTest::newRow("a space ends a syllable") << "yi b c x" << QStringList{"r1-prefix-a"} << QList<int>{2};
        QTest::newRow("apostrophe") << "yi'bao'cha'xun" << QStringList{"r1-prefix-a"} << QList<int>{0};
        QTest::newRow("tone marks") << "yībǎo cháxún" << QStringList{"r1-prefix-a"} << QList<int>{0};
        QTest::newRow("upper case") << "YBCX" << QStringList{"r1-prefix-a"} << QList<int>{2};
        QTest::newRow("full-width letters") << "ＹＢＣＸ" << QStringList{"r1-prefix-a"} << QList<int>{2};
        QTest::newRow("hanzi and pinyin") << "医保cx" << QStringList{"r1-prefix-a"} << QList<int>{2};
        QTest::newRow("one hanzi") << "缴" << QStringList{"r1-prefix-b"} << QList<int>{4};
        QTest::newRow("keyword") << "社保" << QStringList{"r5-keyword"} << QList<int>{5};
        QTest::newRow("keyword in pinyin") << "shebao" << QStringList{"r5-keyword"} << QList<int>{5};
        QTest::newRow("keyword initials after a name")
            << "gs" << QStringList{"x-none", "hang-card", "latin"} << QList<int>{4, 4, 5}; // 合 reads gě too
        QTest::newRow("theme") << "ylbz" << QStringList{"th-health"} << QList<int>{2};
        QTest::newRow("latin letters in a name") << "etc" << QStringList{"latin"} << QList<int>{1};
        QTest::newRow("percent is literal") << "%" << QStringList{"percent"} << QList<int>{4};
        QTest::newRow("digits and percent") << "100%" << QStringList{"percent"} << QList<int>{1};
        QTest::newRow("ü as v") << "lvse" << QStringList{"green"} << QList<int>{1};
        QTest::newRow("ü as u") << "luse" << QStringList{"green"} << QList<int>{1};
        QTest::newRow("ü with tone") << "lǜsè" << QStringList{"green"} << QList<int>{1};
        QTest::newRow("character outside the BMP") << "hzcs" << QStringList{"ext-b"} << QList<int>{2};
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QFETCH(QList<int>, tiers);
        // The exact forms; tolerant suggestions (typing errors) may follow them, see tolerantForms.
        auto results = m_index.search(query, 50, Today);
        results.removeIf([](const SearchResult &r) { return r.suggestion; });
        QCOMPARE(ids(results).join(" "), expected.join(" "));
        QList<int> got;
        for (const auto &r : results)
            got.append(int(r.tier));
        QCOMPARE(got, tiers);
    }

    // The ranking, whole: exact name > … > exact curated keyword > fuzzy pinyin > ordered-apart;
    // typing errors are only looked for when fewer than 3 were found.
    void tolerantForms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<int>>("tiers");
        QTest::addColumn<bool>("suggestion");
        QTest::newRow("every form") << "zhengjian banli" << QStringList{"t-exact", "t-keyword", "t-fuzzy", "t-apart"}
                                    << QList<int>{Tier::Exact, Tier::Keyword, Tier::Fuzzy, Tier::OrderedApart} << false;
        // 诊间 is what was typed: the fuzzy 证件 (zheng for zhen) never goes above it.
        QTest::newRow("fuzzy below an exact prefix")
            << "zhenjian" << QStringList{"t-fuzzy", "t-exact", "t-apart", "t-keyword"}
            << QList<int>{Tier::NamePrefix, Tier::Fuzzy, Tier::Fuzzy, Tier::Fuzzy} << false;
        QTest::newRow("a typing error, alone: a suggestion")
            << "zhengjanbanli" << QStringList{"t-exact", "t-keyword"} << QList<int>{Tier::Tolerant, Tier::Tolerant} << true;
        // 间 reads jian like 件 (诊 zhen is not zheng: no fuzzy pinyin for characters).
        QTest::newRow("same reading") << "证间办理" << QStringList{"t-exact", "t-keyword"}
                                      << QList<int>{Tier::Tolerant, Tier::Tolerant} << true;
        QTest::newRow("traditional") << "證件辦理" << QStringList{"t-exact", "t-keyword", "t-apart"}
                                     << QList<int>{Tier::Exact, Tier::Keyword, Tier::OrderedApart} << false;
    }

    void tolerantForms()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QFETCH(QList<int>, tiers);
        QFETCH(bool, suggestion);
        const auto results = m_index.search(query, 50, Today);
        QCOMPARE(ids(results).join(" "), expected.join(" "));
        QList<int> got;
        for (const auto &r : results)
            got.append(int(r.tier));
        QCOMPARE(got, tiers);
        QCOMPARE(results.first().suggestion, suggestion);
    }

    void tolerantFormsSayHowTheyMatched()
    {
        const auto apart = m_index.search("zhengjian banli", 50, Today);
        const SearchResult *hit = searchtest::find(apart, "t-apart");
        QVERIFY(hit);
        QCOMPARE(hit->ranges, (Ranges{{0, 2}, {4, 2}})); // 证件 and 办理, not 补换
        QCOMPARE(hit->form, Form::FullPinyin);
        const SearchResult *fuzzy = searchtest::find(apart, "t-fuzzy");
        QVERIFY(fuzzy);
        QCOMPARE(fuzzy->form, Form::FuzzyPinyin);
        QCOMPARE(fuzzy->matchedForm(), QStringLiteral("名称（模糊音）"));
        QVERIFY(fuzzy->suggestion);
        const auto typo = m_index.search("zhengjanbanli", 50, Today);
        QCOMPARE(typo.first().form, Form::Typo);
        QCOMPARE(typo.first().ranges, (Ranges{{0, 4}}));
        const auto traditional = m_index.search("證件辦理", 50, Today);
        QCOMPARE(traditional.first().form, Form::Traditional);
        QCOMPARE(traditional.first().ranges, (Ranges{{0, 4}}));
        const auto same = m_index.search("证间办理", 50, Today);
        QCOMPARE(same.first().form, Form::SameReading);
    }

    // Fuzzy pinyin folds both sides the same way, one pair at a time.
    void fuzzySpelling_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        for (const auto &[a, b] : {std::pair("zhang", "zang"), std::pair("chi", "ci"), std::pair("shi", "si"),
                 std::pair("nan", "lan"), std::pair("ri", "li"), std::pair("fu", "hu"), std::pair("fang", "han"),
                 std::pair("sheng", "sen"), std::pair("ying", "yin"), std::pair("liang", "lian"), std::pair("neng", "len")})
            QTest::newRow(a) << a << b;
    }

    void fuzzySpelling()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(search::fuzzySpelling(a.toLatin1()), search::fuzzySpelling(b.toLatin1()));
        QVERIFY(search::fuzzySpelling("gong") != search::fuzzySpelling("gon")); // ong is not on the list
    }

    void resultsSayHowTheyMatched()
    {
        const auto hanzi = m_index.search("医保", 50, Today);
        QCOMPARE(hanzi[0].form, Form::Hanzi);
        QCOMPARE(hanzi[0].matchedForm(), QStringLiteral("名称（汉字）"));
        QCOMPARE(hanzi[3].kind, SearchResult::Kind::Department);
        QCOMPARE(hanzi[7].kind, SearchResult::Kind::Notice);
        QCOMPARE(hanzi[7].matchedForm(), QStringLiteral("标题（汉字）"));
        QCOMPARE(hanzi[5].keyword, QStringLiteral("医保"));
        QCOMPARE(hanzi[5].matchedForm(), QStringLiteral("关键词“医保”（汉字）"));
        QVERIFY(hanzi[5].ranges.isEmpty()); // the keyword is not in the title
        QCOMPARE(hanzi[6].keyword, QStringLiteral("生育医保报销"));
        QCOMPARE(hanzi[2].subtitle, QStringLiteral("医保服务中心"));
        QCOMPARE(hanzi[2].status, QStringLiteral("即将开通"));

        QCOMPARE(m_index.search("yibao", 1, Today)[0].form, Form::FullPinyin);
        QCOMPARE(m_index.search("yb", 1, Today)[0].form, Form::Initials);
        QCOMPARE(m_index.search("yb", 1, Today)[0].matchedForm(), QStringLiteral("名称（首字母）"));
        QCOMPARE(m_index.search("yibcx", 1, Today)[0].form, Form::Mixed);
        QCOMPARE(m_index.search("shebao", 1, Today)[0].matchedForm(), QStringLiteral("关键词“社保”（全拼）"));
    }

    void limitKeepsTheBest()
    {
        const auto all = m_index.search("yb", 50, Today);
        QCOMPARE(ids(m_index.search("yb", 3, Today)), ids(all).mid(0, 3));
        QVERIFY(m_index.search("yb", 0, Today).isEmpty());
    }

    void everyReadingOfAPolyphoneCounts()
    {
        // 长者 has no word reading: zhǎng and cháng both count, neither is "alternate".
        for (const char *q : {"zz", "cz", "zhangzhe", "changzhe"}) {
            const auto r = m_index.search(q, 50, Today);
            QVERIFY2(!r.isEmpty() && r[0].id == "zhang-elder" && !r[0].alternateReading, q);
        }
        // 行 reads háng and xíng: both find, the word's reading (银行 yinhang, 行政 xingzheng) ranks first.
        for (const auto &[q, id, alternate] :
            {std::tuple("yh", "hang-card", false), std::tuple("yx", "hang-card", true), std::tuple("yinhang", "hang-card", false),
                std::tuple("xzfy", "xing-admin", false), std::tuple("hzfy", "xing-admin", true)}) {
            const auto r = m_index.search(q, 50, Today);
            QVERIFY2(!r.isEmpty() && r[0].id == QLatin1String(id), q);
            QCOMPARE(r[0].alternateReading, alternate);
        }
    }

    void wordReadingRanksFirst()
    {
        // cc: 长春 through the word reading, first.
        auto r = m_index.search("cc", 50, Today);
        QCOMPARE(r.value(0).id, QStringLiteral("cc-word"));
        QVERIFY(!r[0].alternateReading);
        QCOMPARE(r[0].ranges, (QList<QPair<int, int>>{{0, 2}}));
        // zc: 长春 still found through zhǎng, but after 政策 of the same tier.
        r = m_index.search("zc", 50, Today);
        QCOMPARE(ids(r).mid(0, 2), (QStringList{"zc-policy", "cc-word"}));
        QCOMPARE(r[0].tier, r[1].tier);
        QVERIFY(!r[0].alternateReading);
        QVERIFY(r[1].alternateReading);
        QVERIFY(!m_index.search("changchun", 1, Today).value(0).alternateReading);
        QVERIFY(m_index.search("zhangchun", 1, Today).value(0).alternateReading);
    }

    void contentReadingsExtendTheWordList()
    {
        // items.csv gives 音乐 yin yue; Unihan's first reading of 乐 is lè.
        auto r = m_index.search("yinyue", 50, Today);
        QCOMPARE(r.value(0).id, QStringLiteral("music"));
        QVERIFY(!r[0].alternateReading);
        r = m_index.search("yinle", 50, Today);
        QCOMPARE(r.value(0).id, QStringLiteral("music"));
        QVERIFY(r[0].alternateReading);
        // A bad reading in a notice is reported, not fatal.
        const QString problems = m_index.problems().join('\n');
        QVERIFY2(problems.contains("公告 n-bad-reading") && problems.contains("音乐 yin"), qPrintable(problems));
        QVERIFY2(problems.contains("会 hui hui"), qPrintable(problems));
    }

    void highlightRanges_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("id");
        QTest::addColumn<Ranges>("ranges");
        QTest::addColumn<QString>("html");
        using R = QList<QPair<int, int>>;
        QTest::newRow("hanzi inside") << "医保"
                                      << "r4-substring" << R{{4, 2}} << "城乡居民<b>医保</b>";
        QTest::newRow("initials inside") << "jmyb"
                                         << "r4-substring" << R{{2, 4}} << "城乡<b>居民医保</b>";
        QTest::newRow("prefix") << "yibaoj"
                                << "r1-prefix-b" << R{{0, 3}} << "<b>医保缴</b>费";
        QTest::newRow("escaped title") << "加粗"
                                       << "html-escape" << R{{3, 2}} << "&lt;b&gt;<b>加粗</b>&lt;/b&gt; &amp; 测试";
        QTest::newRow("pinyin skips the markup") << "jiacu"
                                                 << "html-escape" << R{{3, 2}} << "&lt;b&gt;<b>加粗</b>&lt;/b&gt; &amp; 测试";
        QTest::newRow("surrogate pair") << "hz"
                                        << "ext-b" << R{{0, 3}} << "<b>𠀀字</b>测试";
        QTest::newRow("ampersand query") << "&"
                                         << "html-escape" << R{{10, 1}} << "&lt;b&gt;加粗&lt;/b&gt; <b>&amp;</b> 测试";
        QTest::newRow("markup query") << "<b>"
                                      << "html-escape" << R{{0, 3}} << "<b>&lt;b&gt;</b>加粗&lt;/b&gt; &amp; 测试";
    }

    void highlightRanges()
    {
        QFETCH(QString, query);
        QFETCH(QString, id);
        QFETCH(Ranges, ranges);
        QFETCH(QString, html);
        const auto results = m_index.search(query, 50, Today);
        const SearchResult *r = searchtest::find(results, id);
        QVERIFY2(r, qPrintable(ids(results).join(' ')));
        QCOMPARE(r->ranges, ranges);
        QCOMPARE(r->highlightedHtml(), html);
    }

    void highlightTagsAreTheCallersChoice()
    {
        const auto r = m_index.search("医保", 50, Today);
        const SearchResult *s = searchtest::find(r, "r4-substring");
        QVERIFY(s);
        QCOMPARE(s->highlightedHtml(u"<span class=\"m\">", u"</span>"), QStringLiteral("城乡居民<span class=\"m\">医保</span>"));
        SearchResult plain = *s;
        plain.ranges = {{40, 2}}; // out of the title: ignored, the text stays whole
        QCOMPARE(plain.highlightedHtml(), QStringLiteral("城乡居民医保"));
    }

    void noticesFollowTheirDates()
    {
        QCOMPARE(ids(m_index.search("医保", 50, QDate(2020, 6, 1))).filter("n-"), QStringList{"n-expired"});
        QCOMPARE(ids(m_index.search("医保", 50, QDate(2099, 6, 1))).filter("n-"), (QStringList{"n-future", "n-yb"}));
        QCOMPARE(ids(m_index.search("医保", 50, QDate(2020, 12, 31))).filter("n-"), QStringList{"n-expired"});
    }

    void oddInputIsAnsweredWithoutError_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << "" << QStringList{};
        QTest::newRow("only spaces") << "    " << QStringList{};
        QTest::newRow("ideographic spaces and tabs") << "\u3000\t \n" << QStringList{};
        QTest::newRow("underscore") << "_" << QStringList{};
        QTest::newRow("percent after hanzi") << "医%" << QStringList{};
        QTest::newRow("underscore after hanzi") << "医_" << QStringList{};
        QTest::newRow("single quote") << "'" << QStringList{};
        QTest::newRow("double quote") << "\"" << QStringList{};
        QTest::newRow("chinese quotes") << "“”" << QStringList{};
        QTest::newRow("sql") << "' OR 1=1 --" << QStringList{};
        QTest::newRow("backslash") << "\\" << QStringList{};
        QTest::newRow("emoji") << "😀" << QStringList{};
        QTest::newRow("emoji after pinyin") << "yibaocx😀" << QStringList{"r1-prefix-a"};
        QTest::newRow("not in the table") << "ꙮ" << QStringList{};
        QTest::newRow("han outside the table") << "𠮷" << QStringList{};
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QStringList{};
        QTest::newRow("nul") << QString(QChar(0)) << QStringList{};
        QTest::newRow("1000 hanzi") << QString("医").repeated(1000) << QStringList{};
        QTest::newRow("1000 letters") << QString("y").repeated(1000) << QStringList{};
        QTest::newRow("1000 mixed") << QString("yb 医%_'").repeated(125) << QStringList{};
        QTest::newRow("many apostrophes") << QString("'").repeated(1000) << QStringList{};
        QTest::newRow("repeated syllables") << QString("yiyiyiyiyiyiyiyiyiyiyiyiyiyiyiyiyiyiyi") << QStringList{};
    }

    void oddInputIsAnsweredWithoutError()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(m_index.search(query, 50, Today)), expected);
    }

    void emptyIndexAnswersNothing()
    {
        const SearchIndex empty;
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.search("yb").isEmpty());
        QCOMPARE(m_index.entryCount(), 23 + 2 + 1 + 4); // items, departments and themes in use, notices
    }

    void aBrokenDatabaseGivesAnEmptyIndexAndAReason()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "empty-search-db");
        db.setDatabaseName(":memory:");
        QVERIFY(db.open());
        QString error;
        const SearchIndex index = SearchIndex::build(db, &error);
        QVERIFY(index.isEmpty());
        QVERIFY2(error.contains("搜索索引"), qPrintable(error));
        db.close();
    }

private:
    QTemporaryDir m_dir;
    Database m_db{"search-fixture"};
    SearchIndex m_index;
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
