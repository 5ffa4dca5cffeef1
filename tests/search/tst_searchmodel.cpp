// SearchResultModel: under QAbstractItemModelTester, following the query and content swaps,
// and created from QML with the Kiosk singleton's store.
#include <QAbstractItemModelTester>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include "contentstore.h"
#include "kiosk.h"
#include "searchresultmodel.h"
#include "searchtestsupport.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

using namespace tongban;
using Model = SearchResultModel;

class TestSearchModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        m_store = std::make_unique<ContentStore>(m_dir.filePath("content"), nullptr);
        m_store->setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QList<Diagnostic> diagnostics;
        QVERIFY(testsupport::install(*m_store, searchtest::fixturePackage(), &diagnostics));
    }

    void rowsFollowTheQuery()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &Model::countChanged), query(&model, &Model::queryChanged),
            searching(&model, &Model::searchingChanged), reset(&model, &QAbstractItemModel::modelReset);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.searching());
        QTRY_VERIFY(model.ready()); // the store's indexer builds in its worker thread

        model.setQuery("yb");
        QCOMPARE(query.count(), 1);
        QCOMPARE(searching.count(), 1);
        QVERIFY(model.searching());
        QCOMPARE(count.count(), 1);
        QVERIFY(model.rowCount() >= 7);
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, Model::ResultIdRole).toString(), QStringLiteral("r0-exact"));
        QCOMPARE(model.data(first, Model::KindRole).toString(), QStringLiteral("item"));
        QCOMPARE(model.data(first, Model::KindLabelRole).toString(), QStringLiteral("事项"));
        QCOMPARE(model.data(first, Model::TitleRole).toString(), QStringLiteral("医保"));
        QCOMPARE(model.data(first, Qt::DisplayRole).toString(), QStringLiteral("医保"));
        QCOMPARE(model.data(first, Model::HighlightedRole).toString(), QStringLiteral("<b>医保</b>"));
        QCOMPARE(model.data(first, Model::SubtitleRole).toString(), QStringLiteral("医保服务中心"));
        QCOMPARE(model.data(first, Model::StatusRole).toString(), QStringLiteral("在办"));
        QCOMPARE(model.data(first, Model::MatchedFormRole).toString(), QStringLiteral("名称（首字母）"));
        QCOMPARE(model.data(first, Model::FormRole).toString(), QStringLiteral("首字母"));
        QCOMPARE(model.data(first, Model::TierRole).toInt(), int(SearchResult::InitialsWhole));
        const QVariantMap keyword = model.get(5);
        QCOMPARE(keyword.value("resultId").toString(), QStringLiteral("r5-keyword"));
        QCOMPARE(keyword.value("keyword").toString(), QStringLiteral("医保"));
        QCOMPARE(keyword.value("highlighted").toString(), QStringLiteral("参保登记"));
        QVERIFY(model.get(-1).isEmpty());
        QVERIFY(model.get(model.rowCount()).isEmpty());

        // Same query: nothing happens. A query without results keeps `searching`.
        const int resets = int(reset.count());
        model.setQuery("yb");
        QCOMPARE(reset.count(), resets);
        model.setQuery("qqqq");
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.searching());
        model.setQuery("   ");
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.searching());
        QCOMPARE(searching.count(), 2);
    }

    void limitAndHighlightColour()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setQuery("医保");
        QTRY_VERIFY(model.rowCount() > 2);
        model.setLimit(2);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setHighlightColor(QColor("#c00000"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(1), Model::HighlightedRole).toString(),
            QStringLiteral("<b><font color=\"#c00000\">医保</font></b>查询"));
    }

    void indexFollowsAContentSwap()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setQuery("sfz");
        QTRY_VERIFY(model.ready());
        QCOMPARE(model.rowCount(), 0);
        QList<Diagnostic> diagnostics;
        QVERIFY(testsupport::install(*m_store, testsupport::seedPackage(), &diagnostics));
        QTRY_VERIFY(model.rowCount() > 0);
        QCOMPARE(model.get(0).value("resultId").toString(), QStringLiteral("police-id-card-renew-replace"));
        QVERIFY(testsupport::install(*m_store, searchtest::fixturePackage(), &diagnostics));
        QTRY_COMPARE(model.rowCount(), 0);
    }

    // One index per content load, built by the store's indexer in a worker thread: a model
    // opened later (the search page) takes it as it is and builds nothing.
    void oneIndexPerContentLoad()
    {
        SearchIndexer *indexer = SearchIndexer::of(m_store.get());
        QCOMPARE(SearchIndexer::of(m_store.get()), indexer);
        QVERIFY(indexer->waitForReady());
        const int entries = indexer->index().entryCount();
        QVERIFY(entries > 0);
        QSignalSpy built(indexer, &SearchIndexer::indexReady);
        Model first, second;
        first.setStore(m_store.get());
        second.setStore(m_store.get());
        QVERIFY(first.ready() && second.ready());
        QVERIFY(!indexer->isBuilding());
        second.setQuery("yb");
        QVERIFY(second.rowCount() > 0);
        QCOMPARE(built.count(), 0);
        // A content change builds once, for every model.
        QVERIFY(m_store->reopen());
        QVERIFY(indexer->isBuilding() || indexer->isReady());
        QTRY_COMPARE(built.count(), 1);
        QVERIFY(second.rowCount() > 0);
    }

    // Nothing is built before the kiosk asks (after its first frame): content changes before
    // then do not start a build; after it, each one does, in the worker thread.
    void nothingBuiltBeforeStart()
    {
        QTemporaryDir dir;
        ContentStore store(dir.filePath("content"), nullptr);
        store.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QVERIFY(store.open());
        SearchIndexer *indexer = SearchIndexer::of(&store);
        QVERIFY(!indexer->isBuilding() && !indexer->isReady());
        QVERIFY(store.reopen());
        QVERIFY(!indexer->isBuilding() && !indexer->isReady());
        QSignalSpy built(indexer, &SearchIndexer::indexReady);
        indexer->start();
        QVERIFY(indexer->isBuilding()); // not on this thread: start() returns at once
        QTRY_COMPARE(built.count(), 1);
        QVERIFY(indexer->index().entryCount() > 0);
        QVERIFY(indexer->lastBuildMs() >= 0);
        QVERIFY(store.reopen());
        QVERIFY(indexer->isBuilding());
        QTRY_COMPARE(built.count(), 2);
    }

    // Nothing matched exactly: the rows are suggestions (您是不是要找).
    void suggestions()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy suggesting(&model, &Model::suggestingChanged);
        model.setStore(m_store.get());
        QTRY_VERIFY(model.ready());
        model.setQuery("zhengjian banli");
        QVERIFY(!model.suggesting());
        model.setQuery("zhengjanbanli");
        QVERIFY(model.suggesting());
        QCOMPARE(suggesting.count(), 1);
        QCOMPARE(model.get(0).value("suggestion").toBool(), true);
        QCOMPARE(model.get(0).value("form").toString(), QStringLiteral("纠错"));
        model.setQuery("");
        QVERIFY(!model.suggesting());
    }

    void fromQmlWithTheKioskStore()
    {
        QTemporaryDir data;
        Services services(Paths{data.path()});
        QVERIFY(services.start());
        Kiosk kiosk(&services);
        Kiosk::setInstance(&kiosk);
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData(
            "import Tongban\nSearchResultModel { store: Kiosk.store; query: \"shenfenzheng\" }", QUrl("qrc:/search-test.qml"));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *model = qobject_cast<Model *>(object.get());
        QVERIFY(model);
        QTRY_VERIFY(model->count() > 0);
        QCOMPARE(model->get(0).value("title").toString(), QStringLiteral("身份证换补领"));
        QCOMPARE(object->property("count").toInt(), model->rowCount());
        Kiosk::setInstance(nullptr);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContentStore> m_store;
};

QTEST_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
