// Golden queries on the seed content (tests/search/data/golden.tsv), one kind per form residents
// type: Hanzi, full pinyin, initials, mixed, fuzzy pinyin, typing errors, same-reading
// characters, traditional characters, everyday words, words in order but apart — and queries
// that must find no item (a person's name, a street, a random string). Prints recall@3 by kind.
#include <QFile>
#include <QMap>
#include <QTest>

#include "searchtestsupport.h"

using namespace tongban;

class TestSearchGolden : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        QVERIFY(searchtest::buildIndex(testsupport::seedPackage(), m_dir, m_db, &m_index));
        QVERIFY(m_index.problems().isEmpty());
    }

    void golden_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QFile f(testsupport::sourceDir() + QStringLiteral("/tests/search/data/golden.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rows = 0;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith(u'#') || line.trimmed().isEmpty())
                continue;
            const QStringList parts = line.split(u'\t');
            QCOMPARE(parts.size(), 3);
            QTest::addRow("%s: %s", qPrintable(parts[0]), qPrintable(parts[1]))
                << parts[0] << parts[1] << parts[2].split(u'|', Qt::SkipEmptyParts);
            ++rows;
        }
        QVERIFY(rows > 80);
    }

    void golden()
    {
        QFETCH(QString, kind);
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const auto results = m_index.search(query, 50, QDate(2026, 6, 1));
        QStringList top;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, results.size()); ++i)
            if (results[i].kind == SearchResult::Kind::Item)
                top.append(results[i].id);
        bool ok = false;
        if (kind == QLatin1String("none"))
            ok = top.isEmpty();
        else
            for (const QString &id : expected)
                ok = ok || top.contains(id);
        auto &tally = m_tally[kind];
        ++tally.second;
        tally.first += ok;
        QVERIFY2(ok, qPrintable(QStringLiteral("%1 → %2").arg(query, top.join(u' '))));
        // A tolerant match is a suggestion, and never ranks above an exact match.
        bool tolerantSeen = false;
        for (const SearchResult &r : results) {
            QVERIFY2(!(tolerantSeen && !r.suggestion && r.kind != SearchResult::Kind::Notice && r.tier < SearchResult::Fuzzy),
                qPrintable(r.id));
            tolerantSeen = tolerantSeen || r.suggestion;
        }
    }

    void cleanupTestCase()
    {
        int hit = 0, all = 0;
        for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
            qInfo("recall@3 %-14s %d/%d", qPrintable(it.key()), it.value().first, it.value().second);
            if (it.key() != QLatin1String("none")) {
                hit += it.value().first;
                all += it.value().second;
            }
        }
        qInfo("recall@3 %-14s %d/%d", "all (not none)", hit, all);
    }

private:
    QTemporaryDir m_dir;
    Database m_db{QStringLiteral("search-golden")};
    SearchIndex m_index;
    QMap<QString, QPair<int, int>> m_tally;
};

QTEST_GUILESS_MAIN(TestSearchGolden)
#include "tst_searchgolden.moc"
