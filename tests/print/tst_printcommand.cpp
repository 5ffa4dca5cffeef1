// `tongban-kiosk --print-item ITEM --to TARGET --paper PAPER`, the whole process from the
// outside: exit codes, what lands in the file, messages on stderr and the event log.
#include <QTest>

#include "localstate.h"
#include "printsupport.h"

class TestPrintCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int kiosk(const QStringList &args, QByteArray *err = nullptr)
    {
        QByteArray out;
        return testsupport::run(testsupport::binDir() + QStringLiteral("/tongban-kiosk"),
            QStringList{QStringLiteral("--data"), m_dir.path()} + args, &out, err);
    }

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        // Settings and content made in-process, then left to the kiosk process.
        QVERIFY(printsupport::services(m_dir, QStringLiteral("pdf:") + m_dir.filePath(QStringLiteral("from-settings.pdf"))));
    }

    void printsAPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        QCOMPARE(kiosk({"--print-item", "item-1", "--to", pdf, "--paper", "80mm"}), 0);
        const QStringList pages = printsupport::renderPages(pdf, m_dir.filePath(QStringLiteral("pages")));
        QCOMPARE(pages.size(), 1);
        QCOMPARE(testsupport::zbar(pages.first()), QStringList{printsupport::urlOf(QStringLiteral("item-1"))});
        QVERIFY(printsupport::squeezed(printsupport::pdfText(pdf)).contains(QStringLiteral("测试事项一")));
    }

    void printsEscPos()
    {
        const QString file = m_dir.filePath(QStringLiteral("out.bin"));
        QCOMPARE(kiosk({"--print-item", "item-2", "--to", "escpos:" + file, "--paper", "58mm"}), 0);
        QString error;
        const QImage head = printsupport::parseEscPos(testsupport::readFile(file), &error);
        QVERIFY2(!head.isNull(), qPrintable(error));
        QCOMPARE(head.width(), 384);
        const QString png = m_dir.filePath(QStringLiteral("escpos.png"));
        QVERIFY(printsupport::onPaper(head, 464).save(png));
        QCOMPARE(testsupport::zbar(png), QStringList{printsupport::urlOf(QStringLiteral("item-2"))});
    }

    void defaultsComeFromTheSettings()
    {
        QCOMPARE(kiosk({"--print-item", "item-3"}), 0);
        const QString pdf = m_dir.filePath(QStringLiteral("from-settings.pdf"));
        const double width = printsupport::pdfInfo(pdf, QStringLiteral("Page size")).split(u' ').value(0).toDouble();
        QVERIFY2(qAbs(width - 80 / 25.4 * 72) < 1, qPrintable(QString::number(width))); // the settings' 80mm
        const QStringList pages = printsupport::renderPages(pdf, m_dir.filePath(QStringLiteral("settings-pages")));
        QCOMPARE(testsupport::zbar(pages.value(0)), QStringList{printsupport::urlOf(QStringLiteral("item-3"))});
    }

    void failuresExitNonZeroWithAMessage()
    {
        QByteArray err;
        const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
        QVERIFY(kiosk({"--print-item", "no-such-item", "--to", pdf}, &err) != 0);
        QVERIFY2(QString::fromUtf8(err).contains(QStringLiteral("找不到这个事项")), err.constData());
        QVERIFY(QString::fromUtf8(err).contains(QStringLiteral("no-such-item")));
        QVERIFY(!QFile::exists(pdf));

        QVERIFY(kiosk({"--print-item", "item-1", "--to", "/proc/nope/x.pdf", "--paper", "a4"}, &err) != 0);
        QVERIFY2(QString::fromUtf8(err).contains(QStringLiteral("无法写入")), err.constData());
        QVERIFY(QString::fromUtf8(err).contains(QStringLiteral("/proc/nope/x.pdf")));

        QVERIFY(kiosk({"--print-item", "item-1", "--to", pdf, "--paper", "letter"}, &err) != 0);
        QVERIFY2(QString::fromUtf8(err).contains(QStringLiteral("58mm、80mm 或 a4")), err.constData());
        QVERIFY(!QFile::exists(pdf));

        // Staff find the failures in the event log.
        tongban::LocalState state;
        QVERIFY(state.open(tongban::Paths{m_dir.path()}.stateFile()));
        int failures = 0;
        for (const tongban::LocalState::Event &e : state.recentEvents(10))
            failures += e.kind == QLatin1String("print-failed") ? 1 : 0;
        QCOMPARE(failures, 2);
    }
};

QTEST_MAIN(TestPrintCommand)
#include "tst_printcommand.moc"
