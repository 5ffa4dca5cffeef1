// 中/EN: in English every screen speaks English. Content (item, department, theme, hall,
// window and notice texts, city names) stays as written; everything else a resident reads
// goes through Qt's translation. The walk fails on any Han character outside content.
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include "kioskharness.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

namespace {
void visibleTexts(QQuickItem *item, QStringList *out)
{
    if (!item || !item->isVisible() || item->opacity() == 0)
        return;
    if (item->inherits("QQuickText") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        out->append(item->property("text").toString());
    for (QQuickItem *child : item->childItems())
        visibleTexts(child, out);
}

// Every text value of the content, longest first. Vocabulary columns (status, 通办模式, units,
// category, window kind) are not content text: the interface translates them.
QStringList contentTexts(const QSqlDatabase &db)
{
    static const QStringList vocabulary = {"status", "mode", "statutory_unit", "promised_unit", "category", "kind"};
    QStringList values;
    for (const QString &table : db.tables()) {
        if (table == QLatin1String("meta"))
            continue;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                if (!vocabulary.contains(q.record().fieldName(c)) && q.value(c).typeId() == QMetaType::QString)
                    for (const QString &part : q.value(c).toString().split(u';'))
                        if (!part.trimmed().isEmpty())
                            values.append(part.trimmed());
    }
    values.removeDuplicates();
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return values;
}
} // namespace

class TestEnglish : public QObject
{
    Q_OBJECT
private slots:
    void everyScreenInEnglish()
    {
        KioskHarness kiosk(testsupport::seedPackage());
        const QStringList content = contentTexts(kiosk.services->content()->db());
        QVERIFY(content.size() > 100);
        static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{4dbf}\\x{4e00}-\\x{9fff}\\x{f900}-\\x{faff}]"));

        QStringList problems;
        const auto check = [&](const QString &screen) {
            tongban::Tour::settle(kiosk.window);
            QStringList texts;
            visibleTexts(kiosk.window->contentItem(), &texts);
            for (const QString &text : texts) {
                if (text == QStringLiteral("中文"))
                    continue; // the language button names the other language in that language
                QString rest = text;
                for (const QString &value : content)
                    if (rest.contains(value))
                        rest.replace(value, QStringLiteral(" "));
                if (rest.contains(han))
                    problems << QStringLiteral("%1: 「%2」").arg(screen, text.left(120));
            }
            kiosk.tour->shoot(QStringLiteral("en-") + screen);
        };
        const auto english = [&] {
            kiosk.visit()->setEnglish(true);
            return true;
        };
        using Step = std::pair<QString, std::function<bool()>>;
        const QList<Step> steps = {
            {"home", [&] { return kiosk.start() && english(); }},
            {"home-other-city", [&] { return kiosk.tap("homeCity-220300", "home"); }},
            {"department", [&] { return kiosk.tap("department-police", "department"); }},
            {"item-guide", [&] { return kiosk.tap("item-police-passport-first", "item-guide"); }},
            {"themes", [&] { return kiosk.home() && kiosk.tap("tile-themes", "themes"); }},
            {"theme", [&] { return kiosk.tap(kiosk.tour->findFirst("theme-")->objectName(), "theme"); }},
            {"search", [&] { return kiosk.home() && kiosk.tap("tile-search", "search"); }},
            {"notices", [&] { return kiosk.home() && kiosk.tap("tile-notices", "notices"); }},
            {"notice", [&] { return kiosk.tap(kiosk.tour->findFirst("notice-")->objectName(), "notice"); }},
            {"halls", [&] { return kiosk.home() && kiosk.tap("tile-halls", "halls"); }},
            {"staff", [&] { return kiosk.tap("staffButton", "staff"); }},
            {"idle-prompt",
                [&] {
                    kiosk.tap("staffClose", "halls");
                    kiosk.visit()->setIdleTimeoutSeconds(1);
                    return kiosk.tour->waitForScreen("idle-prompt", 4000);
                }},
        };
        for (const Step &step : steps) {
            if (!step.second()) {
                problems << step.first + ": not reached (" + kiosk.tour->error() + ")";
                break;
            }
            QVERIFY(kiosk.visit()->english());
            check(step.first);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestEnglish)
#include "tst_english.moc"
