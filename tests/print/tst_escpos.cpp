// Raw ESC/POS: the bytes parsed back into the strip they print decode to the item's URL;
// status comes from DLE EOT where a printer answers (a serial printer on a pty here) and is
// "unknown" for a plain file; a printer out of paper gets nothing but questions.
#include <QTest>

#include "escpos.h"
#include "fakeprinter.h"
#include "printjob.h"
#include "printsupport.h"
#include "sliplayout.h"

using namespace tongban;

class TestEscPos : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;

    Slip slip(const QString &item) { return *Slip::forItem(*m_services, item); }

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        m_services = printsupport::services(m_dir);
        QVERIFY(m_services);
    }

    void rasterDecodes_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("item");
        QTest::addColumn<int>("headDots");
        for (const char *item : {"item-1", "item-2", "item-30"}) {
            QTest::addRow("58mm %s", item) << "58mm" << QString::fromLatin1(item) << 384;
            QTest::addRow("80mm %s", item) << "80mm" << QString::fromLatin1(item) << 576;
        }
    }
    void rasterDecodes()
    {
        QFETCH(QString, paper);
        QFETCH(QString, item);
        QFETCH(int, headDots);
        const QString file = m_dir.filePath(QStringLiteral("%1-%2.bin").arg(item, paper));
        const PrintOutcome outcome
            = printSlip(slip(item), *Paper::parse(paper), PrintTarget::parse(QStringLiteral("escpos:") + file));
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));

        const QByteArray bytes = testsupport::readFile(file);
        QVERIFY(bytes.startsWith("\x1b\x40"));
        QString error;
        int bands = 0;
        bool cut = false;
        const QImage head = printsupport::parseEscPos(bytes, &error, &bands, &cut);
        QVERIFY2(!head.isNull(), qPrintable(error));
        QCOMPARE(head.width(), headDots);
        QVERIFY(cut);
        QCOMPARE(bands, (head.height() + escpos::kBandRows - 1) / escpos::kBandRows);
        QVERIFY(head.height() > 600);

        // On paper (blank margins beside the head) the code reads back as the item's URL.
        const int paperDots = Paper::parse(paper)->dotsFromMm(Paper::parse(paper)->widthMm());
        const QString png = m_dir.filePath(QStringLiteral("%1-%2.png").arg(item, paper));
        QVERIFY(printsupport::onPaper(head, paperDots).save(png));
        QCOMPARE(testsupport::zbar(png), QStringList{printsupport::urlOf(item)});
    }

    void longChecklistMakesALongerStrip()
    {
        const Paper paper = *Paper::parse(QStringLiteral("58mm"));
        const QImage few = SlipLayout(slip(QStringLiteral("item-1")), paper).raster();
        const QImage many = SlipLayout(slip(QStringLiteral("item-30")), paper).raster();
        QCOMPARE(many.width(), few.width());
        QVERIFY(many.height() > 2 * few.height());
    }

    void statusBytesAreRead()
    {
        using escpos::Status;
        QCOMPARE(escpos::interpret({0x12, 0x12, 0x12}), Status::Ready);
        QCOMPARE(escpos::interpret({0x12, 0x12, 0x12 | 0x60}), Status::PaperOut);
        QCOMPARE(escpos::interpret({0x12, 0x12, 0x12 | 0x0c}), Status::Ready); // near end: still prints
        QCOMPARE(escpos::interpret({0x1a, 0x12 | 0x04, 0x12}), Status::CoverOpen);
        QCOMPARE(escpos::interpret({0x1a, 0x12 | 0x20, -1}), Status::PaperOut);
        QCOMPARE(escpos::interpret({0x1a, 0x12 | 0x40, 0x12}), Status::Error);
        QCOMPARE(escpos::interpret({0x1a, -1, -1}), Status::Offline);
        QCOMPARE(escpos::interpret({-1, -1, -1}), Status::Unknown);
        QCOMPARE(escpos::interpret({0xff, 0x12, 0x12}), Status::Unknown); // not a status byte
    }

    void readyPrinterPrints()
    {
        PtyPrinter printer(0x12, 0x12, 0x12);
        QVERIFY(printer.isValid());
        const QByteArray job = escpos::encode(SlipLayout(slip(QStringLiteral("item-1")), *Paper::parse("58mm")).raster());
        escpos::Status status = escpos::Status::Unknown;
        const PrintOutcome outcome = escpos::send(printer.device(), job, &status);
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
        QCOMPARE(status, escpos::Status::Ready);
        QTRY_VERIFY(printer.received().contains(job));
        // Asked before (1, 2, 4) and after printing.
        const QByteArray before("\x10\x04\x01\x10\x04\x02\x10\x04\x04", 9);
        QVERIFY(printer.received().startsWith(before));
        QVERIFY(printer.received().endsWith(before));
    }

    void printerWithoutPaperGetsOnlyQuestions()
    {
        PtyPrinter printer(0x1a, 0x12 | 0x20, 0x12 | 0x60);
        QVERIFY(printer.isValid());
        const QByteArray job = escpos::encode(SlipLayout(slip(QStringLiteral("item-1")), *Paper::parse("80mm")).raster());
        const PrintOutcome outcome = escpos::send(printer.device(), job);
        QCOMPARE(outcome.problem, PrintProblem::PaperOut);
        QVERIFY(outcome.message().contains(QStringLiteral("打印机缺纸")));
        QVERIFY(outcome.message().contains(QStringLiteral("二维码")));
        QTest::qWait(100);
        QCOMPARE(printer.received(), QByteArray("\x10\x04\x01\x10\x04\x02\x10\x04\x04", 9));
    }

    void silentPrinterIsUnknownButPrints()
    {
        PtyPrinter printer(-1, -1, -1);
        QVERIFY(printer.isValid());
        const QByteArray job = escpos::encode(SlipLayout(slip(QStringLiteral("item-2")), *Paper::parse("58mm")).raster());
        escpos::Status status = escpos::Status::Ready;
        const PrintOutcome outcome = escpos::send(printer.device(), job, &status, 200);
        QVERIFY(outcome.ok());
        QCOMPARE(status, escpos::Status::Unknown);
        QTRY_COMPARE(printer.received(), QByteArray("\x10\x04\x01", 3) + job);
    }

    void plainFileHasUnknownStatus()
    {
        const QString file = m_dir.filePath(QStringLiteral("plain.bin"));
        escpos::Status status = escpos::Status::Ready;
        QVERIFY(escpos::send(file, QByteArray("\x1b\x40", 2), &status).ok());
        QCOMPARE(status, escpos::Status::Unknown);
        QCOMPARE(testsupport::readFile(file), QByteArray("\x1b\x40", 2)); // no status query written into it
    }

    void failuresAreReported()
    {
        const Slip s = slip(QStringLiteral("item-1"));
        QCOMPARE(
            printSlip(s, *Paper::parse("80mm"), PrintTarget::parse("escpos:/proc/nope/x.bin")).problem, PrintProblem::Unwritable);
        QCOMPARE(
            printSlip(s, *Paper::parse("80mm"), PrintTarget::parse("escpos:/dev/usb/no-such-lp")).problem, PrintProblem::Offline);
        QCOMPARE(printSlip(s, *Paper::parse("a4"), PrintTarget::parse("escpos:" + m_dir.filePath("a4.bin"))).problem,
            PrintProblem::BadPaper);
        QVERIFY(!QFile::exists(m_dir.filePath("a4.bin")));
    }
};

QTEST_MAIN(TestEscPos)
#include "tst_escpos.moc"
