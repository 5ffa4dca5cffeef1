// Every list model under QAbstractItemModelTester, on the fixture and across a content swap.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "contentmodels.h"
#include "contentstore.h"
#include "testsupport.h"

using namespace tongban;

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        m_store = std::make_unique<ContentStore>(m_dir.filePath("content"), testsupport::defaultPolicy(), nullptr);
        QList<Diagnostic> diagnostics;
        QVERIFY(m_store->install(testsupport::fixture("mini"), &diagnostics));
    }

    void departments()
    {
        DepartmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), DepartmentModel::IdRole).toString(), QStringLiteral("dept-a"));
        QCOMPARE(model.data(model.index(0), DepartmentModel::NameRole).toString(), QStringLiteral("测试部门甲"));
        QCOMPARE(model.data(model.index(0), DepartmentModel::ItemCountRole).toInt(), 2);
        QCOMPARE(model.data(model.index(1), DepartmentModel::ItemCountRole).toInt(), 1);
        QCOMPARE(model.get(1).value("departmentId").toString(), QStringLiteral("dept-b"));
        QVERIFY(model.get(5).isEmpty());
    }

    void itemsOfADepartmentInServiceFirst()
    {
        ItemListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 3); // no department: all items
        model.setDepartmentId("dept-a");
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), ItemListModel::IdRole).toString(), QStringLiteral("item-1")); // 在办
        QCOMPARE(model.data(model.index(1), ItemListModel::StatusRole).toString(), QStringLiteral("即将开通"));
        QCOMPARE(model.data(model.index(0), ItemListModel::CitiesRole).toString(), QStringLiteral("长春、吉林"));
        model.setDepartmentId("dept-b");
        QCOMPARE(model.data(model.index(0), ItemListModel::CitiesRole).toString(), QStringLiteral("长春、吉林、四平、辽源"));
    }

    void modelsFollowAContentSwap()
    {
        DepartmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QList<Diagnostic> diagnostics;
        QVERIFY(m_store->install(testsupport::seedPackage(), &diagnostics));
        QCOMPARE(reset.count(), 1);
        QVERIFY(model.rowCount() >= 8);
        QVERIFY(m_store->install(testsupport::fixture("mini"), &diagnostics));
        QCOMPARE(model.rowCount(), 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContentStore> m_store;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
