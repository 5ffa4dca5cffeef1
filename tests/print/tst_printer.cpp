// The Printer service the item guide uses: it prints on a worker thread (the event loop
// keeps running), refuses a second request while busy, and reports every outcome in plain
// Chinese with failures in the event log.
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "fifoprinter.h"
#include "printer.h"
#include "printsupport.h"
#include "sliplayout.h"
#include "visit.h"

using namespace tongban;

class TestPrinter : public QObject
{
    Q_OBJECT

    static LocalState::Event lastEvent(Services &services)
    {
        const QList<LocalState::Event> events = services.state().recentEvents(1);
        return events.isEmpty() ? LocalState::Event{} : events.first();
    }

private slots:
    void initTestCase() { testsupport::hermetic(); }

    void withoutPrinterSaysSoAndLogs()
    {
        QTemporaryDir dir;
        const auto services = printsupport::services(dir);
        QVERIFY(services);
        Printer printer(services.get());
        QVERIFY(!printer.configured());
        QSignalSpy finished(&printer, &Printer::finished);
        QVERIFY(printer.printItem(QStringLiteral("item-1")));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(printer.state(), Printer::Failed);
        QCOMPARE(
            printer.message(), QStringLiteral("本机未连接打印机。请用手机扫描屏幕上的二维码，或到帮办代办窗口请工作人员帮忙。"));
        const LocalState::Event event = lastEvent(*services);
        QCOMPARE(event.kind, QStringLiteral("print-failed"));
        QVERIFY2(event.message.contains(QStringLiteral("本机未连接打印机")), qPrintable(event.message));
        QVERIFY(event.message.contains(QStringLiteral("item-1")));
    }

    void unknownItemSaysSoAndLogs()
    {
        QTemporaryDir dir;
        const auto services = printsupport::services(dir, QStringLiteral("pdf:") + dir.filePath("slip.pdf"));
        QVERIFY(services);
        Printer printer(services.get());
        QSignalSpy finished(&printer, &Printer::finished);
        QVERIFY(printer.printItem(QStringLiteral("no-such-item")));
        QCOMPARE(finished.size(), 1);
        QVERIFY(printer.message().startsWith(QStringLiteral("找不到这个事项的办事指南")));
        QVERIFY(lastEvent(*services).detail.contains(QStringLiteral("no-such-item")));
        QVERIFY(!QFile::exists(dir.filePath("slip.pdf")));
    }

    void printsOnAWorkerThreadOnceAtATime()
    {
        QTemporaryDir dir;
        FifoPrinter fifo(dir.filePath(QStringLiteral("printer.fifo")));
        QVERIFY(fifo.isValid());
        const auto services = printsupport::services(dir, QStringLiteral("escpos:") + fifo.path());
        QVERIFY(services);
        Visit visit(QStringLiteral("220100"), 60);
        Visit::setInstance(&visit);
        Printer printer(services.get());
        QSignalSpy started(&printer, &Printer::started);
        QSignalSpy finished(&printer, &Printer::finished);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&] { ++ticks; });
        timer.start(10);

        QVERIFY(printer.printItem(QStringLiteral("item-1")));
        QVERIFY(printer.busy());
        QCOMPARE(printer.state(), Printer::Printing);
        QCOMPARE(printer.message(), QStringLiteral("正在打印，请稍候…"));
        QVERIFY(visit.held()); // the idle reset waits for the slip
        // The print thread waits for the printer; the event loop does not.
        QTest::qWait(300);
        QVERIFY(ticks > 3);
        QVERIFY(printer.busy());
        QVERIFY(!printer.printItem(QStringLiteral("item-1")));
        QVERIFY(!printer.printItem(QStringLiteral("item-3")));
        QCOMPARE(started.size(), 1);

        fifo.drain();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(printer.state(), Printer::Done);
        QCOMPARE(printer.message(), QStringLiteral("已打印，请取走办事指南。"));
        QCOMPARE(services->state().usage(QStringLiteral("print"), QStringLiteral("item-1")), 1);
        QVERIFY(!visit.held());
        Visit::setInstance(nullptr);

        // Exactly one slip came out, and it is item-1's.
        QString error;
        const QImage head = printsupport::parseEscPos(fifo.bytes(), &error);
        QVERIFY2(!head.isNull(), qPrintable(error));
        const Paper paper = *Paper::parse(QStringLiteral("80mm"));
        const int oneSlip = SlipLayout(*Slip::forItem(*services, QStringLiteral("item-1")), paper).raster().height();
        QCOMPARE(head.height(), oneSlip);
        const QString png = dir.filePath(QStringLiteral("printed.png"));
        QVERIFY(printsupport::onPaper(head, paper.dotsFromMm(paper.widthMm())).save(png));
        QCOMPARE(testsupport::zbar(png), QStringList{printsupport::urlOf(QStringLiteral("item-1"))});

        // The next slip may print now; leaving the guide forgets the result.
        printer.reset();
        QCOMPARE(printer.state(), Printer::Idle);
        QVERIFY(printer.message().isEmpty());
    }

    void printsAPdfFromTheSettings()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("copy.pdf"));
        const auto services = printsupport::services(dir, QStringLiteral("pdf:") + pdf);
        QVERIFY(services);
        Printer printer(services.get());
        QVERIFY(printer.configured());
        QSignalSpy finished(&printer, &Printer::finished);
        QVERIFY(printer.printItem(QStringLiteral("item-3")));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(printer.lastOutcome().detail));
        const QStringList pages = printsupport::renderPages(pdf, dir.path());
        QCOMPARE(pages.size(), 1);
        QCOMPARE(testsupport::zbar(pages.first()), QStringList{printsupport::urlOf(QStringLiteral("item-3"))});
    }
};

QTEST_MAIN(TestPrinter)
#include "tst_printer.moc"
