// The admin screen's parts, from the outside where they have one: content jobs run the real
// tongban-content as a child; the gesture gets real touch events through a window; hidden
// notices go through real imports.
#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "admingesture.h"
#include "contentjob.h"
#include "contentmodels.h"
#include "contenttest.h"
#include "kiosk.h"
#include "pin.h"
#include "settingsedit.h"
#include "touchguard.h"

using namespace tongban;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// The seed package with one line of a table changed by `edit` (text replaced).
bool editedSeed(const QString &dir, const QString &file, const QString &from, const QString &to)
{
    if (!contenttest::copyTree(testsupport::seedPackage(), dir))
        return false;
    QFile f(QDir(dir).filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) > 0;
}

struct Job
{
    explicit Job(const QString &data) : job(contenttest::tool(), data) { }
    QJsonObject run(const std::function<bool(ContentJob &)> &start)
    {
        QSignalSpy done(&job, &ContentJob::finished);
        QObject::connect(&job, &ContentJob::stepDone, [this](const QString &step, int index, int total) {
            steps.append(step);
            indices.append(index);
            totals.append(total);
        });
        if (!start(job) || !done.wait(120000))
            return {};
        return done.first().first().toJsonObject();
    }
    ContentJob job;
    QStringList steps;
    QList<int> indices, totals;
};

QPointingDevice *touchScreen()
{
    static QPointingDevice *device = QTest::createTouchDevice();
    return device;
}
} // namespace

class TestAdminParts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::hermetic(); }

    void importJobReportsEveryStepThenTheNewVersion()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(contenttest::run({"--db", data, "init"}).code, 0);
        Job job(data);
        const QJsonObject result = job.run([](ContentJob &j) { return j.import(testsupport::seedPackage()); });
        QCOMPARE(result.value("result").toString(), QStringLiteral("done"));
        QCOMPARE(result.value("content_version").toString(), QStringLiteral("2026.12.02-seed"));
        // The progress bar moves forward only and ends at the last step.
        QVERIFY(!job.steps.isEmpty());
        QCOMPARE(job.steps.first(), QStringLiteral("copy"));
        QCOMPARE(job.steps.last(), ContentJob::importSteps().last());
        for (int i = 1; i < job.indices.size(); ++i)
            QVERIFY2(job.indices[i] >= job.indices[i - 1], qPrintable(job.steps.join(',')));
        QVERIFY(!job.indices.contains(-1));
        QCOMPARE(job.totals.first(), int(ContentJob::importSteps().size()));
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("2026.12.02-seed"));
    }

    void brokenPackageGivesEveryMessageAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(contenttest::run({"--db", data, "import", testsupport::seedPackage()}).code, 0);
        const QString live = contenttest::livePath(data);
        const QByteArray before = fileHash(live);
        const QString broken = dir.filePath("broken");
        // A department that does not exist: a validation error with file, line and column.
        QVERIFY(editedSeed(broken, "items.csv", ",开具亲属关系证明,data-bureau,", ",开具亲属关系证明,no-such-department,"));

        Job diff(data);
        const QJsonObject d = diff.run([&](ContentJob &j) { return j.diff(broken); });
        QCOMPARE(d.value("ok").toBool(true), false);
        const QJsonArray messages = d.value("diagnostics").toArray();
        QVERIFY(!messages.isEmpty());
        bool located = false;
        for (const QJsonValue &m : messages)
            located |= m.toObject().value("file").toString().endsWith("items.csv") && m.toObject().value("line").toInt() > 1;
        QVERIFY2(located, qPrintable(QJsonDocument(messages).toJson()));

        Job import(data);
        const QJsonObject r = import.run([&](ContentJob &j) { return j.import(broken); });
        QCOMPARE(r.value("result").toString(), QStringLiteral("refused"));
        QVERIFY(!r.value("diagnostics").toArray().isEmpty());
        QVERIFY(!r.value("message").toString().isEmpty());
        QCOMPARE(fileHash(contenttest::livePath(data)), before); // byte for byte
    }

    void pulledStickIsAPlainMessage()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(contenttest::run({"--db", data, "import", testsupport::seedPackage()}).code, 0);
        const QByteArray before = fileHash(contenttest::livePath(data));
        Job import(data);
        const QJsonObject r = import.run([&](ContentJob &j) { return j.import(dir.filePath("stick/gone.zip")); });
        QVERIFY(r.value("result").toString() != QLatin1String("done"));
        QVERIFY(!r.value("message").toString().isEmpty());
        QCOMPARE(fileHash(contenttest::livePath(data)), before);
    }

    void diffNamesWhatChanges()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(contenttest::run({"--db", data, "import", testsupport::seedPackage()}).code, 0);
        const QString next = dir.filePath("next");
        QVERIFY(editedSeed(next, "notices.csv", "都市圈“圈内通办”线上线下双渠道", "都市圈“圈内通办”线上线下两条渠道"));
        Job diff(data);
        const QJsonObject d = diff.run([&](ContentJob &j) { return j.diff(next); });
        QVERIFY2(d.value("ok").toBool(), qPrintable(QJsonDocument(d).toJson()));
        QStringList changed;
        for (const QJsonValue &t : d.value("tables").toArray())
            for (const QJsonValue &row : t.toObject().value("changed").toArray())
                changed.append(row.toObject().value("name").toString());
        QCOMPARE(changed, QStringList{"都市圈“圈内通办”线上线下两条渠道"});
    }

    void rollbackJob()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(contenttest::run({"--db", data, "import", testsupport::seedPackage()}).code, 0);
        const QByteArray seed = contenttest::fingerprint(contenttest::livePath(data));
        const QString next = dir.filePath("next");
        QVERIFY(editedSeed(next, "items.csv", ",开具亲属关系证明,", ",开具亲属关系证明（示例改动）,"));
        QCOMPARE(contenttest::run({"--db", data, "import", next}).code, 0);
        QVERIFY(contenttest::fingerprint(contenttest::livePath(data)) != seed);
        Job rollback(data);
        const QJsonObject r = rollback.run([](ContentJob &j) { return j.rollback(); });
        QCOMPARE(r.value("result").toString(), QStringLiteral("done"));
        QVERIFY(r.value("message").toString().contains(QStringLiteral("已退回上一版内容")));
        QCOMPARE(contenttest::fingerprint(contenttest::livePath(data)), seed);
    }

    void toolThatCannotStartIsReported()
    {
        ContentJob job(QStringLiteral("/nonexistent/tongban-content"), QDir::tempPath());
        QSignalSpy done(&job, &ContentJob::finished);
        QVERIFY(job.import(QStringLiteral("x")));
        QVERIFY(done.wait(10000));
        const QJsonObject r = done.first().first().toJsonObject();
        QCOMPARE(r.value("result").toString(), QStringLiteral("failed"));
        QVERIFY(r.value("message").toString().contains(QStringLiteral("原有内容未受影响")));
    }

    void hiddenNoticeSurvivesAnUnrelatedImportOnly()
    {
        QTemporaryDir dir;
        Services services(Paths{dir.filePath("data")});
        QVERIFY(services.start());
        // Each install, then the switch the kiosk makes at its next idle moment.
        auto install = [&](const QString &package) {
            return testsupport::install(services, package)
                && (!services.content()->liveReplaced() || services.content()->reopen());
        };
        QVERIFY(install(testsupport::seedPackage()));
        Kiosk kiosk(&services);
        const QString id = QStringLiteral("data-bureau-tongban-channels");
        QVERIFY(kiosk.hideNotice(id));
        QCOMPARE(kiosk.hiddenNoticeIds(), QStringList{id});

        NoticeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(services.content());
        const int all = model.rowCount();
        model.setHiddenIds(kiosk.hiddenNoticeIds());
        QCOMPARE(model.rowCount(), all - 1);

        // An import that changes an item only: the notice stays hidden, in a new kiosk too.
        const QString unrelated = dir.filePath("unrelated");
        QVERIFY(editedSeed(unrelated, "items.csv", ",开具亲属关系证明,", ",开具亲属关系证明（示例改动）,"));
        QVERIFY(install(unrelated));
        QCOMPARE(kiosk.hiddenNoticeIds(), QStringList{id});
        QCOMPARE(Kiosk(&services).hiddenNoticeIds(), QStringList{id});

        // A package that changes the notice shows it again.
        const QString changed = dir.filePath("changed");
        QVERIFY(editedSeed(changed, "notices.csv", "都市圈“圈内通办”线上线下双渠道", "都市圈“圈内通办”线上线下两条渠道"));
        QVERIFY(install(changed));
        QVERIFY(kiosk.hiddenNoticeIds().isEmpty());
        bool logged = false;
        for (const LocalState::Event &e : services.state().recentEvents(5))
            logged |= e.kind == QLatin1String("notice-shown") && e.message.contains(QStringLiteral("有改动，已恢复显示"));
        QVERIFY(logged);

        // Reversible by hand as well.
        QVERIFY(kiosk.hideNotice(id));
        QVERIFY(kiosk.unhideNotice(id));
        QVERIFY(kiosk.hiddenNoticeIds().isEmpty());
        QVERIFY(!kiosk.unhideNotice(id));
    }

    void pinIsKeptOnlyAsASaltedSlowHash()
    {
        const QByteArray a = pin::hash(QStringLiteral("260517"));
        const QByteArray b = pin::hash(QStringLiteral("260517"));
        QVERIFY(a.startsWith("$argon2id$"));
        QVERIFY(!a.contains("260517"));
        QVERIFY(a != b); // salted
        QVERIFY(pin::verify(a, QStringLiteral("260517")));
        QVERIFY(!pin::verify(a, QStringLiteral("260518")));
        QVERIFY(!pin::verify({}, QStringLiteral("260517")));
        QVERIFY(!pin::verify("$argon2id$garbled", QStringLiteral("260517")));
        QString why;
        for (const char *bad : {"", "123", "1234567890123", "12a456", "0000", "1234", "98765"}) {
            QVERIFY2(!pin::acceptable(QString::fromLatin1(bad), &why), bad);
            QVERIFY(!why.isEmpty());
        }
        QVERIFY(pin::acceptable(QStringLiteral("260517")));
        QVERIFY(pin::acceptable(QStringLiteral("1357")));
    }

    void settingsEditKeepsCommentsAndReadsBack()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath("kiosk.ini");
        QVERIFY(QFile::copy(testsupport::sourceDir() + "/assets/deploy/kiosk.ini", ini));
        QVERIFY(QFile::setPermissions(ini, QFile::ReadOwner | QFile::WriteOwner));
        QFile original(ini);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QList<QByteArray> before = original.readAll().split('\n');
        original.close();
        const QByteArray hash = pin::hash(QStringLiteral("260517"));
        QString error;
        QVERIFY2(updateSettingsFile(ini,
                     {{"kiosk/volume", "35"}, {"admin/pin_hash", QString::fromLatin1(hash)},
                         {"kiosk/hall_name", "吉林市政务服务中心, 一楼"}, {"sound/quiet_hours", "22:00-07:00"}},
                     &error),
            qPrintable(error));
        QFile edited(ini);
        QVERIFY(edited.open(QIODevice::ReadOnly));
        const QList<QByteArray> after = edited.readAll().split('\n');
        // Every line of the installer's file is still there, but the two changed ones.
        for (const QByteArray &line : before)
            if (!line.startsWith("volume=") && !line.startsWith("hall_name="))
                QVERIFY2(after.contains(line), line.constData());
        QCOMPARE(QFileInfo(ini).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        QSettings settings(ini, QSettings::IniFormat);
        QCOMPARE(settings.value("kiosk/volume").toString(), QStringLiteral("35"));
        QCOMPARE(settings.value("kiosk/hall_name").toString(), QStringLiteral("吉林市政务服务中心, 一楼"));
        QCOMPARE(settings.value("urls/allowlist").toString(), QStringLiteral("zwfw.jl.gov.cn"));
        const KioskSettings loaded = KioskSettings::load(ini);
        QCOMPARE(loaded.pinHash, hash);
        QCOMPARE(loaded.volume, 35);
        QCOMPARE(loaded.quietHours, QStringLiteral("22:00-07:00"));
        QVERIFY(pin::verify(loaded.pinHash, QStringLiteral("260517")));
    }

    void setPinReadsTwiceAndNeverStoresThePin()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QDir().mkpath(data);
        const QString ini = data + "/kiosk.ini";
        QVERIFY(QFile::copy(testsupport::sourceDir() + "/assets/deploy/kiosk.ini", ini));
        auto setPin = [&](const QByteArray &input) {
            QProcess p;
            p.start(contenttest::tool(), {"--db", data, "set-pin"});
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return p.exitCode();
        };
        auto text = [&] {
            QFile f(ini);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray untouched = text();
        QCOMPARE(setPin("260517\n260571\n"), 2); // mismatch
        QCOMPARE(setPin("1234\n1234\n"), 2); // a run
        QCOMPARE(setPin(""), 2);
        QCOMPARE(text(), untouched);
        QCOMPARE(setPin("260517\n260517\n"), 0);
        const QByteArray now = text();
        QVERIFY(!now.contains("260517"));
        QVERIFY(now.contains("; The hall's name: on the screen")); // the installer's comments stay
        QVERIFY(pin::verify(KioskSettings::load(ini).pinHash, QStringLiteral("260517")));
        QVERIFY(!KioskSettings::load(ini).pinHash.isEmpty());
    }

    void gestureOpensOnlyWhenMadeOnPurpose()
    {
        QQuickWindow window;
        window.resize(1080, 1920);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AdminGesture gesture(&window);
        auto *guard = new TouchGuard(&window); // installed after: sees touches first, as in the kiosk
        window.installEventFilter(guard);
        QSignalSpy triggered(&gesture, &AdminGesture::triggered);
        const QPoint topLeft(40, 40), topRight(1040, 40), middle(540, 900);

        // Taps anywhere, corners included, quick as residents make them: never.
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 300; ++i) {
            const QPoint p = i % 3 == 0 ? (i % 2 ? topLeft : topRight) : QPoint(rng->bounded(1080), rng->bounded(1920));
            QTest::touchEvent(&window, touchScreen()).press(0, p);
            QTest::touchEvent(&window, touchScreen()).release(0, p);
        }
        QCOMPARE(triggered.count(), 0);
        QVERIFY(!gesture.armed());

        gesture.setHoldMs(300); // the logic, quicker; the app keeps HoldMs (5 s)
        // A finger that slides while holding does not arm.
        QTest::touchEvent(&window, touchScreen()).press(0, topLeft);
        QTest::touchEvent(&window, touchScreen()).move(0, topLeft + QPoint(90, 90));
        QVERIFY(!gesture.holding());
        QTest::touchEvent(&window, touchScreen()).release(0, topLeft + QPoint(90, 90));

        // A palm (two contacts) over the corner: refused before the gesture sees it.
        QTest::touchEvent(&window, touchScreen()).press(0, topLeft).press(1, topLeft + QPoint(60, 0));
        QVERIFY(!gesture.holding());
        QTest::touchEvent(&window, touchScreen()).release(0, topLeft).release(1, topLeft + QPoint(60, 0));

        // Held still, then anything but the top-right corner: disarmed.
        QTest::touchEvent(&window, touchScreen()).press(0, topLeft);
        QTRY_VERIFY(gesture.armed());
        QTest::touchEvent(&window, touchScreen()).release(0, topLeft);
        QTest::touchEvent(&window, touchScreen()).press(0, middle);
        QTest::touchEvent(&window, touchScreen()).release(0, middle);
        QVERIFY(!gesture.armed());
        QTest::touchEvent(&window, touchScreen()).press(0, topRight);
        QTest::touchEvent(&window, touchScreen()).release(0, topRight);
        QCOMPARE(triggered.count(), 0);

        // The gesture on purpose: once.
        QTest::touchEvent(&window, touchScreen()).press(0, topLeft);
        QTRY_VERIFY(gesture.armed());
        QTest::touchEvent(&window, touchScreen()).release(0, topLeft);
        QTest::touchEvent(&window, touchScreen()).press(0, topRight);
        QTest::touchEvent(&window, touchScreen()).release(0, topRight);
        QCOMPARE(triggered.count(), 1);
        QVERIFY(!gesture.armed());
    }
};

QTEST_MAIN(TestAdminParts)
#include "tst_adminparts.moc"
