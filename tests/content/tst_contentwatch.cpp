// The running kiosk notices content that another process (tongban-content) swapped in, keeps
// serving what it has until it is told to switch (at an idle moment), then switches without
// a restart.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "contentstore.h"
#include "contenttest.h"
#include "kiosk.h"
#include "services.h"

using contenttest::run;

class TestContentWatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::hermetic(); }

    void newContentIsAnnouncedAndTakenAtReopen()
    {
        QTemporaryDir dir;
        tongban::Services services(tongban::Paths{dir.path()});
        QVERIFY(services.start());
        tongban::ContentStore *store = services.content();
        QCOMPARE(store->origin(), tongban::ContentStore::Origin::Default);
        store->setWatching(true);
        QSignalSpy available(store, &tongban::ContentStore::newContentAvailable);
        QSignalSpy changed(store, &tongban::ContentStore::contentChanged);
        QVERIFY(!store->liveReplaced());
        tongban::Kiosk kiosk(&services); // what QML binds to
        QSignalSpy kioskChanged(&kiosk, &tongban::Kiosk::contentChanged);

        QCOMPARE(run({"--db", dir.path(), "import", contenttest::good()}).code, 0);
        QVERIFY(available.wait(5000));
        QVERIFY(store->liveReplaced());
        // Still the old content until the kiosk chooses its moment.
        QCOMPARE(store->contentVersion(), QStringLiteral("2026.12.02-seed"));
        QCOMPARE(changed.count(), 0);

        QCOMPARE(kiosk.property("contentVersion").toString(), QStringLiteral("2026.12.02-seed"));
        QVERIFY(store->reopen());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(kioskChanged.count(), 1);
        QCOMPARE(kiosk.property("contentVersion").toString(), QStringLiteral("test-good-1"));
        QCOMPARE(store->origin(), tongban::ContentStore::Origin::Live);
        QCOMPARE(store->contentVersion(), QStringLiteral("test-good-1"));
        QVERIFY(!store->liveReplaced());

        // A rollback by staff is new content too.
        QTemporaryDir pkgDir;
        const QString v2 = pkgDir.filePath("v2");
        QVERIFY(contenttest::copyTree(contenttest::good(), v2));
        QByteArray m = testsupport::readFile(v2 + "/manifest.json");
        m.replace("test-good-1", "test-good-2");
        QVERIFY(testsupport::writeFile(v2 + "/manifest.json", m));
        available.clear();
        QCOMPARE(run({"--db", dir.path(), "import", v2}).code, 0);
        QVERIFY(available.wait(5000));
        QVERIFY(store->reopen());
        QCOMPARE(store->contentVersion(), QStringLiteral("test-good-2"));
        available.clear();
        QCOMPARE(run({"--db", dir.path(), "rollback"}).code, 0);
        QVERIFY(available.wait(5000));
        QCOMPARE(available.count(), 1); // once per change, however many files moved
        QVERIFY(store->reopen());
        QCOMPARE(store->contentVersion(), QStringLiteral("test-good-1"));
    }

    void refusedImportAnnouncesNothing()
    {
        QTemporaryDir dir;
        tongban::Services services(tongban::Paths{dir.path()});
        QVERIFY(services.start());
        services.content()->setWatching(true);
        QSignalSpy available(services.content(), &tongban::ContentStore::newContentAvailable);
        QTemporaryDir bad;
        QVERIFY(contenttest::copyTree(contenttest::good(), bad.path()));
        QVERIFY(testsupport::writeFile(bad.filePath("items.csv"), "id,name\n"));
        QCOMPARE(run({"--db", dir.path(), "import", bad.path()}).code, 1);
        QVERIFY(!available.wait(500)); // staging files came and went; live did not change
        QVERIFY(!services.content()->liveReplaced());
    }
};

QTEST_GUILESS_MAIN(TestContentWatch)
#include "tst_contentwatch.moc"
