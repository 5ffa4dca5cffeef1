// The corpus: a good package, its GBK and BOM/CRLF variants, and broken packages under
// tests/content/data/broken/ — each the good package with one thing wrong (files laid over
// it, `_delete` naming files removed) and, in `_expect`, the exact line staff must see.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "contenttest.h"

using contenttest::run;

namespace {
QStringList cases()
{
    return QDir(contenttest::data("broken")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// The good package with one case laid over it.
bool makeCase(const QString &name, const QString &to)
{
    const QString dir = contenttest::data("broken/" + name);
    if (!contenttest::copyTree(contenttest::good(), to))
        return false;
    for (const QString &line : QString::fromUtf8(testsupport::readFile(dir + "/_delete")).split('\n', Qt::SkipEmptyParts))
        QFile::remove(QDir(to).filePath(line));
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString rel = QDir(dir).relativeFilePath(src);
        if (rel.startsWith('_'))
            continue;
        const QString dst = QDir(to).filePath(rel);
        QDir().mkpath(QFileInfo(dst).absolutePath());
        QFile::remove(dst);
        if (!QFile::copy(src, dst))
            return false;
    }
    return true;
}
} // namespace

class TestContentCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        QVERIFY2(cases().size() >= 30, qPrintable(QString::number(cases().size())));
    }

    void goodPackageIsValid()
    {
        QTemporaryDir data;
        const auto r = run({"--db", data.path(), "validate", contenttest::good()});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("内容包有效：内容版本 test-good-1，事项 3 个，公告 2 条，0 处警告"), qPrintable(r.out));
        QVERIFY2(!QFile::exists(data.filePath("kiosk.ini")), "validate must not create files in the data folder");
    }

    void brokenPackageGivesItsExactMessage_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : cases())
            QTest::newRow(qPrintable(name)) << name;
    }
    void brokenPackageGivesItsExactMessage()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString pkg = dir.filePath("pkg");
        QVERIFY(makeCase(name, pkg));
        const QString expected
            = QString::fromUtf8(testsupport::readFile(contenttest::data("broken/" + name + "/_expect"))).trimmed();
        QVERIFY2(!expected.isEmpty(), "every case states the message it expects");

        const auto r = run({"--db", dir.filePath("data"), "validate", pkg});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(expected), qPrintable("expected:\n" + expected + "\ngot:\n" + r.out));
        // Broken one way: exactly one error (warnings may accompany it).
        QVERIFY2(lines.last().startsWith("内容包无效：1 处错误"), qPrintable(r.out));

        // The same through --json, for machines.
        const auto j = run({"--db", dir.filePath("data"), "validate", "--json", pkg});
        QCOMPARE(j.code, 1);
        const QJsonObject report = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(report.value("valid").toBool(true), false);
        QCOMPARE(report.value("errors").toInt(), 1);
        bool found = false;
        for (const QJsonValue &v : report.value("diagnostics").toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value("severity") == "error") {
                QString where = d.value("file").toString();
                if (d.value("line").toInt() > 0)
                    where += QStringLiteral(":%1:%2").arg(d.value("line").toInt()).arg(d.value("column").toInt());
                found = expected == where + ": " + d.value("message").toString();
            }
        }
        QVERIFY2(found, qPrintable(j.out));
    }

    // WPS on Chinese Windows saves CSV as GBK; Excel adds a BOM and CRLF. Same content.
    void encodingVariantsGiveTheSameContent_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("gbk") << "good-gbk";
        QTest::newRow("bom-crlf-spaces") << "good-bom-crlf";
    }
    void encodingVariantsGiveTheSameContent()
    {
        QFETCH(QString, variant);
        QTemporaryDir dir;
        QVERIFY(run({"--db", dir.path(), "build", contenttest::good(), dir.filePath("a.sqlite")}).code == 0);
        const auto r = run({"--db", dir.path(), "build", contenttest::data(variant), dir.filePath("b.sqlite")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray a = contenttest::fingerprint(dir.filePath("a.sqlite"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(contenttest::fingerprint(dir.filePath("b.sqlite")), a);
        // The variant really is what it claims to be.
        const QByteArray items = testsupport::readFile(contenttest::data(variant + "/items.csv"));
        if (variant == "good-gbk") {
            QVERIFY(items.contains(QByteArray("\xb2\xe2\xca\xd4"))); // 测试 in GBK
            QVERIFY(!items.contains(QByteArray("测试")));
        } else {
            QVERIFY(items.startsWith("\xEF\xBB\xBF"));
            QVERIFY(items.contains("\r\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestContentCorpus)
#include "tst_contentcorpus.moc"
