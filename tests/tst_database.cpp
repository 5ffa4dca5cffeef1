// Numbered migrations: fresh, upgrade from every earlier version, corrupt and too-new files.
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "database.h"
#include "testsupport.h"

using tongban::Database;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::hermetic(); }

    void freshDatabaseHasEveryMigration_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QStringList>("tables");
        QTest::newRow("content") << "content" << QStringList{"items", "materials", "notices", "halls", "windows", "meta"};
        QTest::newRow("state") << "state" << QStringList{"events", "usage"};
    }
    void freshDatabaseHasEveryMigration()
    {
        QFETCH(QString, schema);
        QFETCH(QStringList, tables);
        QTemporaryDir dir;
        Database db("t");
        QCOMPARE(db.open(dir.filePath("x.sqlite"), schema), Database::Status::Ok);
        QVERIFY(Database::latestVersion(schema) >= 2);
        QCOMPARE(db.version(), Database::latestVersion(schema));
        for (const QString &table : tables) {
            QSqlQuery q(db.db());
            QVERIFY2(q.exec("SELECT count(*) FROM " + table), qPrintable(table));
        }
        QSqlQuery fk(db.db());
        QVERIFY(fk.exec("PRAGMA foreign_keys") && fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
    }

    void upgradesFromEachEarlierVersion_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<int>("from");
        // Every version that has a migration: numbers are handed out to branches worked on in
        // parallel, so one branch may have gaps until the others merge.
        for (const QString schema : {"content", "state"})
            for (const QString &file : QDir(":/tongban/migrations/" + schema).entryList({"*.sql"}, QDir::Files, QDir::Name))
                if (const int v = file.left(3).toInt(); v >= 1 && v < Database::latestVersion(schema))
                    QTest::addRow("%s-from-%d", qPrintable(schema), v) << schema << v;
    }
    void upgradesFromEachEarlierVersion()
    {
        QFETCH(QString, schema);
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath("x.sqlite");
        {
            Database old("old");
            QCOMPARE(old.open(path, schema, Database::Mode::ReadWrite, from), Database::Status::Ok);
            QCOMPARE(old.version(), from);
            // Data written at the old version survives the upgrade.
            QSqlQuery q(old.db());
            QVERIFY(q.exec(schema == "content" ? "INSERT INTO sources (id) VALUES ('kept')"
                                               : "INSERT INTO events (at, kind, message) VALUES ('2026-01-01', 'k', 'kept')"));
        }
        Database db("new");
        QCOMPARE(db.open(path, schema), Database::Status::Ok);
        QCOMPARE(db.version(), Database::latestVersion(schema));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(schema == "content" ? "SELECT id FROM sources" : "SELECT message FROM events") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
    }

    void corruptFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("x.sqlite");
        {
            Database db("c");
            QCOMPARE(db.open(path, "content"), Database::Status::Ok);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(8000, '\xA5')); // scribble over the schema page
        f.close();
        Database db("c2");
        QCOMPARE(db.open(path, "content"), Database::Status::Corrupt);
        QVERIFY(!db.errorString().isEmpty());

        QFile junk(dir.filePath("junk.sqlite"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a database at all, just text that a USB stick left behind\n");
        junk.close();
        Database db2("c3");
        QCOMPARE(db2.open(junk.fileName(), "content"), Database::Status::Corrupt);
    }

    void newerVersionIsRefusedNotDowngraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("x.sqlite");
        {
            Database db("n");
            QCOMPARE(db.open(path, "content"), Database::Status::Ok);
            QSqlQuery(db.db()).exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion("content") + 1));
        }
        Database db("n2");
        QCOMPARE(db.open(path, "content"), Database::Status::TooNew);
        QCOMPARE(db.version(), Database::latestVersion("content") + 1); // untouched
    }

    void failedMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("x.sqlite");
        {
            Database db("f");
            QCOMPARE(db.open(path, "content", Database::Mode::ReadWrite, 1), Database::Status::Ok);
            // Make migration 2 fail half-way: one of the tables it creates already exists.
            QVERIFY(QSqlQuery(db.db()).exec("CREATE TABLE windows (x)"));
        }
        Database db("f2");
        QCOMPARE(db.open(path, "content"), Database::Status::Failed);
        QCOMPARE(db.version(), 1);
        QSqlQuery q(db.db());
        QVERIFY(!q.exec("SELECT count(*) FROM notices")); // created earlier in migration 2: rolled back
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
