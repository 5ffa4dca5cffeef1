// The slip as a PDF on every paper: its QR code decodes to exactly the item's URL, its text
// extracts character for character (WenQuanYi Micro Hei, not Noto CJK), fields the content
// does not state say so, and a 30-material checklist continues without losing a line.
#include <QTest>

#include "itemdetail.h"
#include "printjob.h"
#include "printsupport.h"
#include "sliplayout.h"

using namespace tongban;

class TestSlipPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;

    // Prints `itemId` on `paper` to a PDF in a fresh folder; returns the PDF's path.
    QString print(const QString &itemId, const QString &paper, QString *folder)
    {
        *folder = m_dir.filePath(QStringLiteral("%1-%2").arg(itemId, paper));
        QDir().mkpath(*folder);
        const QString pdf = QDir(*folder).filePath(QStringLiteral("slip.pdf"));
        const std::optional<Slip> slip = Slip::forItem(*m_services, itemId);
        if (!slip)
            return {};
        const PrintOutcome outcome = printSlip(*slip, *Paper::parse(paper), PrintTarget::parse(QStringLiteral("pdf:") + pdf));
        return outcome.ok() ? pdf : QString();
    }

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        QVERIFY(m_dir.isValid());
        m_services = printsupport::services(m_dir);
        QVERIFY(m_services);
    }

    void slipDecodesAndExtracts_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("item");
        for (const char *paper : {"58mm", "80mm", "a4"})
            for (const char *item : {"item-1", "item-2", "item-3"})
                QTest::addRow("%s %s", paper, item) << QString::fromLatin1(paper) << QString::fromLatin1(item);
    }
    void slipDecodesAndExtracts()
    {
        QFETCH(QString, paper);
        QFETCH(QString, item);
        QString folder;
        const QString pdf = print(item, paper, &folder);
        QVERIFY(!pdf.isEmpty());

        const QStringList pages = printsupport::renderPages(pdf, folder);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(testsupport::zbar(pages.first()), QStringList{printsupport::urlOf(item)});

        const std::optional<ItemDetail> detail = ItemDetail::load(m_services->content()->db(), item);
        QVERIFY(detail);
        const QString text = printsupport::pdfText(pdf);
        const QString flat = printsupport::squeezed(text);
        // Radicals (⺠ ⻓ …) would mean a font whose text does not extract.
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(text));
        QVERIFY2(flat.contains(printsupport::squeezed(detail->name)), qPrintable(text));
        QVERIFY(flat.contains(printsupport::squeezed(detail->departmentName)));
        QVERIFY(flat.contains(QStringLiteral("测试大厅")));
        for (const Material &m : detail->materials)
            QVERIFY2(flat.contains(printsupport::squeezed(m.name)), qPrintable(m.name + u'\n' + text));
        // What the content does not state is named once, not "ask" under every heading.
        if (detail->materials.isEmpty())
            QVERIFY2(flat.contains(QStringLiteral("以下信息请以吉事办页面或窗口告知为准：所需材料")), qPrintable(text));
        QVERIFY2(flat.count(QStringLiteral("告知为准")) <= 1, qPrintable(text));
        const ItemLink link = detail->resolveLink(
            m_services->settings().cityCode, m_services->content()->today(), m_services->settings().urlPolicy());
        QCOMPARE(link.url, printsupport::urlOf(item));
        QVERIFY2(flat.contains(printsupport::squeezed(detail->qrCaption(link))), qPrintable(text));
        QVERIFY(flat.contains(QStringLiteral("zwfw.jl.gov.cn")));
        QVERIFY(flat.contains(QStringLiteral("信息更新于2026年3月1日")));
        QVERIFY(flat.contains(QStringLiteral("内容版本test-print-1")));
        QVERIFY(flat.contains(QStringLiteral("打印时间%1年").arg(QDate::currentDate().year())));
        // Where and when: the kiosk's hall's windows, never another hall's.
        QVERIFY(flat.contains(QStringLiteral("都市圈通办窗口（一楼3号）")));
        QVERIFY(flat.contains(QStringLiteral("帮办代办窗口（一楼东侧）")));
        QVERIFY(!flat.contains(QStringLiteral("别的大厅")));
        QVERIFY(!flat.contains(QStringLiteral("法律援助")));
        QVERIFY(flat.contains(QStringLiteral("办公时间：周一至周五9:00-17:00")));
        if (detail->promisedText().isEmpty())
            QVERIFY2(flat.contains(QStringLiteral("承诺办结时限")) && !flat.contains(QStringLiteral("承诺办结时限：")),
                qPrintable(text));
        else
            QVERIFY2(flat.contains(QStringLiteral("承诺办结时限：") + printsupport::squeezed(detail->promisedText())),
                qPrintable(text));

        // The text is set in WenQuanYi Micro Hei, embedded.
        QByteArray fonts;
        QCOMPARE(testsupport::run(QStringLiteral("pdffonts"), {pdf}, &fonts), 0);
        QVERIFY2(fonts.contains("WenQuanYi"), fonts.constData());
        QVERIFY2(!fonts.contains("Noto"), fonts.constData());
    }

    void paperWidthAndQrModules_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<double>("widthPt");
        QTest::addColumn<int>("minModuleDots");
        QTest::newRow("58mm") << "58mm" << 58 / 25.4 * 72 << 4;
        QTest::newRow("80mm") << "80mm" << 80 / 25.4 * 72 << 4;
        QTest::newRow("a4") << "a4" << 210 / 25.4 * 72 << 6; // 0.5 mm at 300 dpi
    }
    void paperWidthAndQrModules()
    {
        QFETCH(QString, paper);
        QFETCH(double, widthPt);
        QFETCH(int, minModuleDots);
        QString folder;
        const QString pdf = print(QStringLiteral("item-1"), paper, &folder);
        QVERIFY(!pdf.isEmpty());
        const QStringList size = printsupport::pdfInfo(pdf, QStringLiteral("Page size")).split(u' ');
        QVERIFY(size.size() >= 3);
        QVERIFY2(qAbs(size[0].toDouble() - widthPt) < 1, qPrintable(size.join(u' ')));

        const Paper p = *Paper::parse(paper);
        const SlipLayout layout(*Slip::forItem(*m_services, QStringLiteral("item-1")), p);
        QVERIFY(layout.qrModuleDots() >= minModuleDots);
        QVERIFY(layout.qrModuleDots() >= p.dotsFromMm(0.5));
    }

    // 30 materials: a roll grows longer, A4 continues on a second page; every name is there
    // and every word lies inside its page.
    void longChecklistContinues_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::newRow("58mm") << "58mm";
        QTest::newRow("80mm") << "80mm";
        QTest::newRow("a4") << "a4";
    }
    void longChecklistContinues()
    {
        QFETCH(QString, paper);
        QString shortFolder;
        const QString shortPdf = print(QStringLiteral("item-1"), paper, &shortFolder);
        QString folder;
        const QString pdf = print(QStringLiteral("item-30"), paper, &folder);
        QVERIFY(!pdf.isEmpty() && !shortPdf.isEmpty());

        const int pages = printsupport::pdfInfo(pdf, QStringLiteral("Pages")).toInt();
        const double height = printsupport::pdfInfo(pdf, QStringLiteral("Page size")).split(u' ').value(2).toDouble();
        const double shortHeight = printsupport::pdfInfo(shortPdf, QStringLiteral("Page size")).split(u' ').value(2).toDouble();
        if (paper == QLatin1String("a4")) {
            QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
            QVERIFY(printsupport::squeezed(printsupport::pdfText(pdf)).contains(QStringLiteral("第2页，共%1页").arg(pages)));
        } else {
            QCOMPARE(pages, 1);
            QVERIFY2(height > 2 * shortHeight, qPrintable(QStringLiteral("%1 vs %2").arg(height).arg(shortHeight)));
        }

        const QString flat = printsupport::squeezed(printsupport::pdfText(pdf));
        const std::optional<ItemDetail> detail = ItemDetail::load(m_services->content()->db(), QStringLiteral("item-30"));
        QCOMPARE(detail->materials.size(), 30);
        for (const Material &m : detail->materials)
            QVERIFY2(flat.contains(printsupport::squeezed(m.name)), qPrintable(m.name));
        QVERIFY(flat.contains(QStringLiteral("共30项")));
        QVERIFY(flat.contains(printsupport::squeezed(detail->name)));

        // The QR code still decodes (on the last page) and nothing lies outside a page.
        const QStringList pngs = printsupport::renderPages(pdf, folder);
        QCOMPARE(pngs.size(), pages);
        QCOMPARE(testsupport::zbar(pngs.last()), QStringList{printsupport::urlOf(QStringLiteral("item-30"))});
        const QString boxes = printsupport::pdfText(pdf, {QStringLiteral("-bbox")});
        static const QRegularExpression page(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
        static const QRegularExpression word(
            QStringLiteral("<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">"));
        const QRegularExpressionMatch pageSize = page.match(boxes);
        QVERIFY(pageSize.hasMatch());
        const double w = pageSize.captured(1).toDouble();
        const double h = pageSize.captured(2).toDouble();
        int words = 0;
        for (auto it = word.globalMatch(boxes); it.hasNext(); ++words) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY2(m.captured(1).toDouble() >= 0 && m.captured(3).toDouble() <= w, qPrintable(m.captured(0)));
            QVERIFY2(m.captured(2).toDouble() >= 0 && m.captured(4).toDouble() <= h, qPrintable(m.captured(0)));
        }
        QVERIFY(words > 30);
    }

    void unwritableTargetIsReported()
    {
        const std::optional<Slip> slip = Slip::forItem(*m_services, QStringLiteral("item-1"));
        const PrintOutcome outcome
            = printSlip(*slip, *Paper::parse(QStringLiteral("80mm")), PrintTarget::parse(QStringLiteral("/proc/nope/x.pdf")));
        QCOMPARE(outcome.problem, PrintProblem::Unwritable);
        QVERIFY(outcome.detail.contains(QStringLiteral("/proc/nope/x.pdf")));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/nope/x.pdf")));
    }

    void unknownItemIsNotPrinted()
    {
        QString error;
        QVERIFY(!Slip::forItem(*m_services, QStringLiteral("no-such-item"), &error));
        QVERIFY(error.contains(QStringLiteral("no-such-item")));
    }

    void targetsParse()
    {
        QCOMPARE(PrintTarget::parse(QString()).kind, PrintTarget::Kind::None);
        QCOMPARE(PrintTarget::parse(QStringLiteral("out.pdf")).kind, PrintTarget::Kind::Pdf);
        QCOMPARE(PrintTarget::parse(QStringLiteral("pdf:/tmp/x")).path, QStringLiteral("/tmp/x"));
        QCOMPARE(PrintTarget::parse(QStringLiteral("escpos:/dev/usb/lp0")).kind, PrintTarget::Kind::EscPos);
        QCOMPARE(PrintTarget::parse(QStringLiteral("Hall_Printer")).kind, PrintTarget::Kind::Cups);
        QCOMPARE(PrintTarget::parse(QStringLiteral("cups:Hall_Printer")).path, QStringLiteral("Hall_Printer"));
        QVERIFY(!Paper::parse(QStringLiteral("letter")));
        QCOMPARE(Paper::parse(QStringLiteral("58mm"))->contentWidthDots(), 384);
        QCOMPARE(Paper::parse(QStringLiteral("80MM"))->contentWidthDots(), 576);
    }
};

QTEST_MAIN(TestSlipPdf)
#include "tst_slippdf.moc"
