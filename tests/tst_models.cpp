// Every list model under QAbstractItemModelTester, on the fixture and across a content swap.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "clock.h"
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
        m_store = std::make_unique<ContentStore>(m_dir.filePath("content"), nullptr);
        m_store->setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QList<Diagnostic> diagnostics;
        QVERIFY(testsupport::install(*m_store, testsupport::fixture("mini"), &diagnostics));
    }

    void departments()
    {
        GroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), GroupModel::IdRole).toString(), QStringLiteral("dept-a"));
        QCOMPARE(model.data(model.index(0), GroupModel::NameRole).toString(), QStringLiteral("测试部门甲"));
        QCOMPARE(model.data(model.index(0), GroupModel::ItemCountRole).toInt(), 2);
        QCOMPARE(model.data(model.index(1), GroupModel::ItemCountRole).toInt(), 1);
        QCOMPARE(model.get(1).value("groupId").toString(), QStringLiteral("dept-b"));
        QVERIFY(model.get(5).isEmpty());
    }

    void themes()
    {
        GroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKind(GroupModel::Themes);
        model.setStore(m_store.get());
        QVERIFY(model.rowCount() > 0);
        int items = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(!model.data(model.index(r), GroupModel::NameRole).toString().isEmpty());
            items += model.data(model.index(r), GroupModel::ItemCountRole).toInt();
        }
        QVERIFY(items >= 1);
        model.setKind(GroupModel::Departments);
        QCOMPARE(model.rowCount(), 2);
    }

    void noticesFollowTheStoresDay()
    {
        NoticeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tongban::Clock::setOverride(QDateTime(QDate(2026, 6, 1), QTime(10, 0)));
        model.setStore(m_store.get());
        const int june = model.rowCount();
        QVERIFY(june > 0);
        tongban::Clock::setOverride(QDateTime(QDate(2026, 7, 1), QTime(10, 0)));
        model.reload();
        QVERIFY(model.rowCount() < june); // "六月底截止的公告" ended with June
        tongban::Clock::setOverride({});
    }

    // A month-only date covers the whole month: published from its first day, shown through
    // its last (the import stores the day; the model compares days).
    void monthOnlyDatesCoverTheMonth()
    {
        QTemporaryDir dir;
        const QString package = dir.filePath("pkg");
        QVERIFY(testsupport::copyPackage(testsupport::fixture("mini"), package));
        QFile notices(package + "/notices.csv");
        QVERIFY(notices.open(QIODevice::Append));
        notices.write("n-may,dept-a,五月的公告,正文,公告,2026-05,2026-05,0,fixture\n");
        notices.close();
        ContentStore store(dir.filePath("content"), nullptr);
        QList<Diagnostic> diagnostics;
        QVERIFY(testsupport::install(store, package, &diagnostics));
        NoticeModel model;
        model.setStore(&store);
        const auto shownOn = [&](QDate day) {
            tongban::Clock::setOverride(QDateTime(day, QTime(10, 0)));
            model.reload();
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.data(model.index(r), NoticeModel::IdRole).toString() == QLatin1String("n-may"))
                    return true;
            return false;
        };
        QVERIFY(!shownOn(QDate(2026, 4, 30)));
        QVERIFY(shownOn(QDate(2026, 5, 1)));
        QVERIFY(shownOn(QDate(2026, 5, 31)));
        QVERIFY(!shownOn(QDate(2026, 6, 1)));
        tongban::Clock::setOverride({});
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
        GroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QList<Diagnostic> diagnostics;
        QVERIFY(testsupport::install(*m_store, testsupport::seedPackage(), &diagnostics));
        QCOMPARE(reset.count(), 1);
        QVERIFY(model.rowCount() >= 8);
        QVERIFY(testsupport::install(*m_store, testsupport::fixture("mini"), &diagnostics));
        QCOMPARE(model.rowCount(), 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContentStore> m_store;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
