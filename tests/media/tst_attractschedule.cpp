// The attract loop's schedule: which entries play at fixed clock times, and the media.csv
// columns that say so.
#include <QTest>

#include "attractschedule.h"
#include "packagetables.h"

using namespace tongban;

namespace {
AttractEntry entry(const QString &id, const QString &days = {}, const QString &from = {}, const QString &until = {},
    const QString &publishFrom = {}, const QString &expireAt = {})
{
    AttractEntry e;
    e.id = id;
    e.kind = QStringLiteral("video");
    e.days = days;
    e.timeFrom = from;
    e.timeUntil = until;
    e.publishFrom = publishFrom;
    e.expireAt = expireAt;
    return e;
}
QStringList ids(const QList<AttractEntry> &entries)
{
    QStringList out;
    for (const AttractEntry &e : entries)
        out.append(e.id);
    return out;
}
} // namespace

class TestAttractSchedule : public QObject
{
    Q_OBJECT

private slots:
    void windows_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QStringList>("playing");
        // 2026-12-02 is a Wednesday, 2026-12-05 a Saturday; 2027-02-06 (a Saturday) is the
        // Spring Festival, 2027-02-15 a Monday.
        QTest::newRow("weekday morning") << QDate(2026, 12, 2) << QTime(9, 30) << QStringList{"always", "mornings"};
        QTest::newRow("window start included") << QDate(2026, 12, 2) << QTime(8, 0) << QStringList{"always", "mornings"};
        QTest::newRow("window end excluded") << QDate(2026, 12, 2) << QTime(12, 0) << QStringList{"always"};
        QTest::newRow("weekday night") << QDate(2026, 12, 2) << QTime(23, 0) << QStringList{"always", "nights"};
        QTest::newRow("after midnight") << QDate(2026, 12, 3) << QTime(5, 59) << QStringList{"always", "nights"};
        QTest::newRow("morning after the night") << QDate(2026, 12, 3) << QTime(6, 0) << QStringList{"always"};
        QTest::newRow("saturday morning") << QDate(2026, 12, 5) << QTime(9, 30) << QStringList{"always", "weekend"};
        QTest::newRow("spring festival") << QDate(2027, 2, 6) << QTime(15, 0) << QStringList{"always", "weekend", "spring"};
        QTest::newRow("festival's last day") << QDate(2027, 2, 15) << QTime(9, 0) << QStringList{"always", "mornings", "spring"};
        QTest::newRow("after the festival") << QDate(2027, 2, 16) << QTime(9, 0) << QStringList{"always", "mornings"};
    }
    void windows()
    {
        QFETCH(QDate, day);
        QFETCH(QTime, time);
        QFETCH(QStringList, playing);
        const QList<AttractEntry> all = {
            entry("always"), entry("mornings", "1,2,3,4,5", "08:00", "12:00"), entry("weekend", "6,7"),
            entry("spring", {}, {}, {}, "2027-02-01", "2027-02-15"), entry("nights", {}, "22:00", "06:00"), // over midnight
        };
        QCOMPARE(ids(attractschedule::playing(all, day, time)), playing);
    }

    void untilMidnight()
    {
        const AttractEntry evening = entry("evening", {}, "18:00", {});
        QVERIFY(attractschedule::plays(evening, QDate(2026, 12, 2), QTime(23, 59)));
        QVERIFY(!attractschedule::plays(evening, QDate(2026, 12, 2), QTime(0, 0)));
        const AttractEntry early = entry("early", {}, {}, "07:00");
        QVERIFY(attractschedule::plays(early, QDate(2026, 12, 2), QTime(0, 0)));
        QVERIFY(!attractschedule::plays(early, QDate(2026, 12, 2), QTime(7, 0)));
    }

    void daysColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("every day") << "每天"
                                   << "";
        QTest::newRow("names") << "周三;周一"
                               << "1,3";
        QTest::newRow("xingqi") << "星期六、星期日"
                                << "6,7";
        QTest::newRow("range") << "1-5"
                               << "1,2,3,4,5";
        QTest::newRow("chinese range") << "周一至周五"
                                       << "1,2,3,4,5";
        QTest::newRow("workdays") << "工作日"
                                  << "1,2,3,4,5";
        QTest::newRow("weekend") << "周末"
                                 << "6,7";
        QTest::newRow("sunday") << "周日"
                                << "7";
        QTest::newRow("not a day") << "周八" << QString();
        QTest::newRow("backwards") << "5-1" << QString();
    }
    void daysColumn()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        const QString got = package::normalizeDays(text);
        QCOMPARE(got.isNull(), stored.isNull());
        QCOMPARE(got, stored);
    }

    void timeColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("h:mm") << "8:00"
                              << "08:00";
        QTest::newRow("hh:mm") << "17:30"
                               << "17:30";
        QTest::newRow("full-width colon") << "8：30"
                                          << "08:30";
        QTest::newRow("dian") << "8点"
                              << "08:00";
        QTest::newRow("dian fen") << "8点30分"
                                  << "08:30";
        QTest::newRow("end of day") << "24:00"
                                    << "24:00";
        QTest::newRow("bare number") << "8" << QString();
        QTest::newRow("25:00") << "25:00" << QString();
        QTest::newRow("8:61") << "8:61" << QString();
    }
    void timeColumn()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        const QString got = package::normalizeTime(text);
        QCOMPARE(got.isNull(), stored.isNull());
        QCOMPARE(got, stored);
    }
};

QTEST_GUILESS_MAIN(TestAttractSchedule)
#include "tst_attractschedule.moc"
