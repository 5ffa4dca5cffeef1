// Local state: the event log keeps the newest 10 000 rows or 180 days, whichever is less, and
// the content high-water mark only ever rises.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "database.h"
#include "localstate.h"
#include "testsupport.h"

using tongban::LocalState;

namespace {
// Writes `count` events dated `daysAgo` days back, in one transaction (logEvent commits each).
void addEvents(const QString &path, int count, int daysAgo, const QString &message)
{
    tongban::Database db("fill");
    QCOMPARE(db.open(path, "state"), tongban::Database::Status::Ok);
    QVERIFY(db.db().transaction());
    QSqlQuery q(db.db());
    QVERIFY(q.prepare("INSERT INTO events (at, kind, message) VALUES (?, 'test', ?)"));
    const QString at = QDateTime::currentDateTime().addDays(-daysAgo).toString(Qt::ISODateWithMs);
    for (int i = 0; i < count; ++i) {
        q.addBindValue(at);
        q.addBindValue(message);
        QVERIFY(q.exec());
    }
    QVERIFY(db.db().commit());
}

int count(const QString &path, const QString &where)
{
    tongban::Database db("count");
    if (db.open(path, "state") != tongban::Database::Status::Ok)
        return -1;
    QSqlQuery q(db.db());
    return q.exec("SELECT count(*) FROM events WHERE " + where) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestLocalState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::hermetic(); }

    void eventLogKeepsTheNewestTenThousand()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.sqlite");
        addEvents(path, 3000, 2, "older");
        addEvents(path, LocalState::MaxEvents, 1, "newer");
        LocalState state;
        QVERIFY(state.open(path));
        QCOMPARE(state.eventCount(), LocalState::MaxEvents);
        state.logEvent("print-failed", "latest");
        QCOMPARE(state.eventCount(), LocalState::MaxEvents);
        QCOMPARE(count(path, "message = 'older'"), 0);
        QCOMPARE(count(path, "message = 'newer'"), LocalState::MaxEvents - 1); // the oldest of them went
        QCOMPARE(state.recentEvents(1).first().message, QStringLiteral("latest"));
    }

    void eventLogKeepsNothingOlderThan180Days()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.sqlite");
        addEvents(path, 40, LocalState::MaxEventAgeDays + 20, "stale");
        addEvents(path, 5, LocalState::MaxEventAgeDays + 1, "just-stale");
        addEvents(path, 7, LocalState::MaxEventAgeDays - 1, "kept");
        LocalState state;
        QVERIFY(state.open(path));
        state.logEvent("import", "now");
        QCOMPARE(state.eventCount(), 8); // fewer than 10 000: the age rule is the stricter here
        QCOMPARE(count(path, "message IN ('stale', 'just-stale')"), 0);
        QCOMPARE(count(path, "message = 'kept'"), 7);
    }

    void contentMarkOnlyRises()
    {
        QTemporaryDir dir;
        LocalState state;
        QVERIFY(state.open(dir.filePath("state.sqlite")));
        QVERIFY(!state.contentMark());
        const QDateTime jan = QDateTime::fromString("2026-01-05T10:00:00+08:00", Qt::ISODate);
        QVERIFY(state.raiseContentMark("v2", jan));
        QVERIFY(state.raiseContentMark("v1", jan.addDays(-3)));
        QCOMPARE(state.contentMark()->contentVersion, QStringLiteral("v2"));
        QCOMPARE(state.contentMark()->builtAt, jan);
        QVERIFY(state.raiseContentMark("v3", jan.addSecs(1)));
        QCOMPARE(state.contentMark()->contentVersion, QStringLiteral("v3"));
    }
};

QTEST_GUILESS_MAIN(TestLocalState)
#include "tst_localstate.moc"
