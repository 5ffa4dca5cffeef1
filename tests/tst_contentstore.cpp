// The content store's files: fallback live → previous → default, atomic installs that keep
// the previous content, and imports that never touch settings or local state.
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "contentstore.h"
#include "database.h"
#include "localstate.h"
#include "services.h"
#include "testsupport.h"

using tongban::ContentStore;
using tongban::Database;

namespace {
void corrupt(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(100);
    f.write(QByteArray(4000, '\x5A'));
}

void setVersion(const QString &path, int version)
{
    Database db("v");
    QCOMPARE(db.open(path, "content"), Database::Status::Ok);
    QVERIFY(QSqlQuery(db.db()).exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(testsupport::readFile(path), QCryptographicHash::Sha256);
}
} // namespace

class TestContentStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::hermetic(); }

    void freshKioskServesTheEmbeddedDefault()
    {
        QTemporaryDir dir;
        tongban::LocalState state;
        QVERIFY(state.open(dir.filePath("state.sqlite")));
        ContentStore store(dir.filePath("content"), &state);
        store.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QVERIFY(store.open());
        QCOMPARE(store.origin(), ContentStore::Origin::Default);
        QVERIFY(QFile::exists(store.defaultPath()));
        QCOMPARE(store.contentVersion(), QStringLiteral("2026.12.02-seed"));
        QVERIFY(state.recentEvents().isEmpty()); // nothing was wrong
    }

    void installSwapsInAndKeepsThePrevious()
    {
        QTemporaryDir dir;
        ContentStore store(dir.filePath("content"), nullptr);
        store.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QVERIFY(store.open());
        QList<tongban::Diagnostic> diagnostics;
        QVERIFY(testsupport::install(store, testsupport::fixture("mini"), &diagnostics));
        QCOMPARE(store.origin(), ContentStore::Origin::Live);
        QCOMPARE(store.contentVersion(), QStringLiteral("test-mini-1"));
        QVERIFY(!QFile::exists(store.previousPath()));

        QVERIFY(testsupport::install(store, testsupport::seedPackage(), &diagnostics));
        QCOMPARE(store.contentVersion(), QStringLiteral("2026.12.02-seed"));
        Database previous("p");
        QCOMPARE(previous.open(store.previousPath(), "content"), Database::Status::Ok);
        QSqlQuery q(previous.db());
        QVERIFY(q.exec("SELECT value FROM meta WHERE key = 'content_version'") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("test-mini-1"));
        QVERIFY(!QFile::exists(dir.filePath("content/incoming.sqlite")));
    }

    void refusedPackageChangesNothing()
    {
        QTemporaryDir dir;
        ContentStore store(dir.filePath("content"), nullptr);
        store.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QVERIFY(store.open());
        QList<tongban::Diagnostic> diagnostics;
        QVERIFY(testsupport::install(store, testsupport::fixture("mini"), &diagnostics));
        const QByteArray before = digest(store.livePath());

        const QString bad = dir.filePath("bad");
        QVERIFY(testsupport::copyPackage(testsupport::fixture("mini"), bad));
        QVERIFY(testsupport::writeFile(bad + "/items.csv", "id,name\nx,\"unclosed\n"));
        QVERIFY(!testsupport::install(store, bad, &diagnostics));
        QVERIFY(!diagnostics.isEmpty());
        QCOMPARE(digest(store.livePath()), before);
        QCOMPARE(store.origin(), ContentStore::Origin::Live);
        QCOMPARE(store.contentVersion(), QStringLiteral("test-mini-1"));
        QVERIFY(!QFile::exists(store.previousPath()));
    }

    void fallsBackLivePreviousDefault_data()
    {
        QTest::addColumn<bool>("breakLive");
        QTest::addColumn<bool>("liveTooNew");
        QTest::addColumn<bool>("breakPrevious");
        QTest::addColumn<int>("expected");
        QTest::newRow("live ok") << false << false << false << int(ContentStore::Origin::Live);
        QTest::newRow("live corrupt") << true << false << false << int(ContentStore::Origin::Previous);
        QTest::newRow("live newer schema") << false << true << false << int(ContentStore::Origin::Previous);
        QTest::newRow("both corrupt") << true << false << true << int(ContentStore::Origin::Default);
    }
    void fallsBackLivePreviousDefault()
    {
        QFETCH(bool, breakLive);
        QFETCH(bool, liveTooNew);
        QFETCH(bool, breakPrevious);
        QFETCH(int, expected);
        QTemporaryDir dir;
        tongban::LocalState state;
        QVERIFY(state.open(dir.filePath("state.sqlite")));
        ContentStore store(dir.filePath("content"), &state);
        store.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QList<tongban::Diagnostic> diagnostics;
        QVERIFY(testsupport::install(store, testsupport::fixture("mini"), &diagnostics));
        QVERIFY(testsupport::install(store, testsupport::seedPackage(), &diagnostics));
        store.close();
        if (breakLive)
            corrupt(store.livePath());
        if (liveTooNew)
            setVersion(store.livePath(), Database::latestVersion("content") + 1);
        if (breakPrevious)
            corrupt(store.previousPath());

        QVERIFY(store.open());
        QCOMPARE(int(store.origin()), expected);
        QVERIFY(!store.contentVersion().isEmpty());
        const int fallbacks = int(breakLive || liveTooNew) + int(breakPrevious);
        const auto events = state.recentEvents();
        QCOMPARE(events.size(), fallbacks);
        for (const auto &e : events)
            QCOMPARE(e.kind, QStringLiteral("content-fallback"));
        if (liveTooNew)
            QVERIFY(events.first().message.contains("too-new"));
    }

    void staleOrBrokenDefaultIsRebuilt()
    {
        QTemporaryDir dir;
        ContentStore store(dir.filePath("content"), nullptr);
        store.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QVERIFY(store.open());
        store.close();
        corrupt(store.defaultPath());
        QVERIFY(store.open());
        QCOMPARE(store.origin(), ContentStore::Origin::Default);
        QCOMPARE(store.contentVersion(), QStringLiteral("2026.12.02-seed"));
    }

    void rollbackExchangesLiveAndPrevious()
    {
        QTemporaryDir dir;
        ContentStore store(dir.filePath("content"), nullptr);
        store.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QString error;
        QVERIFY(!store.rollback(&error)); // nothing to go back to
        QVERIFY(error.contains("没有上一版"));
        QList<tongban::Diagnostic> diagnostics;
        QVERIFY(testsupport::install(store, testsupport::fixture("mini"), &diagnostics));
        QVERIFY(testsupport::install(store, testsupport::seedPackage(), &diagnostics));
        const QByteArray seed = digest(store.livePath()), mini = digest(store.previousPath());
        QVERIFY(store.rollback(&error));
        QCOMPARE(store.contentVersion(), QStringLiteral("test-mini-1"));
        QCOMPARE(digest(store.livePath()), mini);
        QCOMPARE(digest(store.previousPath()), seed);

        store.close();
        corrupt(store.previousPath());
        QVERIFY(store.open());
        QVERIFY(!store.rollback(&error)); // a damaged previous is never swapped in
        QVERIFY(error.contains("已损坏"));
        QCOMPARE(store.contentVersion(), QStringLiteral("test-mini-1"));
    }

    void knowsWhenLiveWasReplacedBehindItsBack()
    {
        QTemporaryDir dir;
        ContentStore kiosk(dir.filePath("content"), nullptr);
        kiosk.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QVERIFY(kiosk.open());
        QVERIFY(!kiosk.liveReplaced());
        ContentStore tool(dir.filePath("content"), nullptr);
        tool.setDefaultContent(tongban::embeddedDefaultContent(testsupport::defaultPolicy()));
        QList<tongban::Diagnostic> diagnostics;
        QVERIFY(testsupport::install(tool, testsupport::fixture("mini"), &diagnostics));
        QVERIFY(kiosk.liveReplaced());
        QCOMPARE(kiosk.origin(), ContentStore::Origin::Default); // still what it had
        QVERIFY(kiosk.reopen());
        QVERIFY(!kiosk.liveReplaced());
        QCOMPARE(kiosk.contentVersion(), QStringLiteral("test-mini-1"));
    }

    void importLeavesSettingsAndLocalStateAlone()
    {
        QTemporaryDir dir;
        const tongban::Paths paths{dir.path()};
        QByteArray settingsBefore;
        {
            tongban::Services services(paths);
            QVERIFY(services.start());
            services.state().logEvent("print-failed", "打印机缺纸");
            services.state().countUsage("item-opened", "item-1");
            settingsBefore = testsupport::readFile(paths.settingsFile());
            QVERIFY(settingsBefore.contains("zwfw.jl.gov.cn"));
            QList<tongban::Diagnostic> diagnostics;
            QVERIFY(testsupport::install(services, testsupport::fixture("mini"), &diagnostics));
            QVERIFY(testsupport::install(services, testsupport::seedPackage(), &diagnostics));
        }
        QCOMPARE(testsupport::readFile(paths.settingsFile()), settingsBefore);
        tongban::LocalState state;
        QVERIFY(state.open(paths.stateFile()));
        // The imports add their own log lines (import, and the mark); what was there stays.
        QStringList kinds;
        for (const auto &e : state.recentEvents())
            kinds.append(e.kind);
        QCOMPARE(kinds, (QStringList{"import", "import"} + QStringList{"print-failed"}));
        QCOMPARE(state.recentEvents().last().message, QStringLiteral("打印机缺纸"));
        QCOMPARE(state.usage("item-opened", "item-1"), 1);
        QCOMPARE(state.contentMark()->contentVersion, QStringLiteral("2026.12.02-seed"));
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
