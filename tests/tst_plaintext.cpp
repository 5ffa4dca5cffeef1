// Content is data: markup in content shows literally on screen, never as rich text.
#include <QFontMetricsF>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include "kioskharness.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

namespace {
const QString kDept = QStringLiteral("<b>粗体</b>部门 &amp; <img src=file:///etc/passwd>");
const QString kItem = QStringLiteral("<font color=red>红字</font>事项 &lt;script&gt;");

void collectTexts(QQuickItem *item, QList<QQuickItem *> *out)
{
    if (!item->isVisible())
        return;
    if (item->inherits("QQuickText"))
        out->append(item);
    for (QQuickItem *child : item->childItems())
        collectTexts(child, out);
}
} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString pkg = m_dir.filePath("pkg");
        QVERIFY(testsupport::copyPackage(testsupport::fixture("mini"), pkg));
        QVERIFY(testsupport::writeFile(
            pkg + "/departments.csv", "id,name,source\ndept-a,\"" + kDept.toUtf8() + "\",fixture\ndept-b,乙,fixture\n"));
        QVERIFY(testsupport::writeFile(pkg + "/items.csv",
            "id,name,department_id,cities,status,conditions,source\nitem-1,\"" + kItem.toUtf8() + "\",dept-a,长春,在办,\""
                + kItem.toUtf8() + "\",fixture\n"));
        QVERIFY(testsupport::writeFile(
            pkg + "/materials.csv", "item_id,seq,name,source\nitem-1,1,\"" + kItem.toUtf8() + "\",fixture\n"));
        m_kiosk = std::make_unique<KioskHarness>(pkg);
    }
    void cleanupTestCase() { m_kiosk.reset(); }

    void markupShowsLiterallyOnEveryScreen()
    {
        QVERIFY(m_kiosk->start());
        checkLiteral(kDept);
        QVERIFY(m_kiosk->tap("department-dept-a", "department"));
        checkLiteral(kDept);
        checkLiteral(kItem);
        QVERIFY(m_kiosk->tap("item-item-1", "item-guide"));
        checkLiteral(kItem);
    }

private:
    // Some Text shows `raw`, in plain text, taking the room of its characters set literally
    // (rich text would drop the tags and take far less).
    void checkLiteral(const QString &raw)
    {
        QList<QQuickItem *> texts;
        collectTexts(m_kiosk->window->contentItem(), &texts);
        int found = 0;
        for (QQuickItem *t : texts) {
            const QString shown = t->property("text").toString();
            if (!shown.contains(raw))
                continue;
            ++found;
            QCOMPARE(t->property("textFormat").toInt(), 0); // Text.PlainText
            // Wrapped lines × widest line covers at least the literal characters' width.
            const QFontMetricsF metrics(t->property("font").value<QFont>());
            qreal literal = 0;
            for (const QString &line : shown.split('\n'))
                literal += metrics.horizontalAdvance(line);
            const qreal covered = t->property("lineCount").toInt() * t->property("contentWidth").toReal();
            QVERIFY2(covered >= literal * 0.9,
                qPrintable(QStringLiteral("%1: %2 px of lines for %3 px of literal text").arg(shown).arg(covered).arg(literal)));
        }
        QVERIFY2(found > 0, qPrintable(raw + " is not on screen"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KioskHarness> m_kiosk;
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
