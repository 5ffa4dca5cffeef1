// tongban-content as staff use it: help, import/status, zip packages (GBK names too),
// export round trip, diff, rollback, refused imports logged and changing nothing.
#include <QDate>
#include <QImage>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include "contenttest.h"
#include "localstate.h"

using contenttest::run;

namespace {
bool makeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    int error = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!za)
        return false;
    for (const auto &[name, bytes] : entries) {
        void *copy = malloc(size_t(bytes.size()) + 1); // libzip frees it
        memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *src = zip_source_buffer(za, copy, zip_uint64_t(bytes.size()), 1);
        // CP437: the name's bytes are stored as they are, without the UTF-8 flag, as
        // Windows' own zip tool does with GBK names.
        if (!src || zip_file_add(za, name.constData(), src, ZIP_FL_ENC_CP437) < 0)
            return false;
    }
    return zip_close(za) == 0;
}

// The package's files as zip entries under `prefix` (raw bytes).
QList<std::pair<QByteArray, QByteArray>> entriesOf(const QString &dir, const QByteArray &prefix)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        out.append({prefix + QDir(dir).relativeFilePath(file).toUtf8(), testsupport::readFile(file)});
    }
    return out;
}

QString withVersion(const QString &dir, const QString &version, const QString &builtAt)
{
    QByteArray m = testsupport::readFile(dir + "/manifest.json");
    m.replace("\"test-good-1\"", "\"" + version.toUtf8() + "\"");
    m.replace("2026-03-02T08:00:00+08:00", builtAt.toUtf8());
    testsupport::writeFile(dir + "/manifest.json", m);
    return dir;
}
} // namespace

class TestContentTool : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::hermetic(); }

    void helpForTheToolAndEveryCommand()
    {
        const auto all = run({"--help"});
        QCOMPARE(all.code, 0);
        for (const char *c :
            {"init", "validate", "diff", "import", "export", "status", "rollback", "keygen", "sign", "--db", "--json"})
            QVERIFY2(all.out.contains(QLatin1String(c)), c);
        for (const char *c : {"validate", "diff", "import", "export", "status", "rollback", "keygen", "sign"}) {
            const auto one = run({c, "--help"});
            QCOMPARE(one.code, 0);
            QVERIFY(one.out.contains(QStringLiteral("Usage: tongban-content [--db PATH] %1").arg(QLatin1String(c))));
        }
        QCOMPARE(run({"frobnicate"}).code, 2);
        QCOMPARE(run({"import"}).code, 2); // PKG missing
        QCOMPARE(run({"--bogus", "status"}).code, 2);
        QTemporaryDir dir;
        QCOMPARE(run({"--db", dir.path(), "validate", dir.filePath("nowhere")}).code, 2);
    }

    void importPrintsVersionAndStatusTellsWhatStaffNeed()
    {
        QTemporaryDir dir;
        const QString pkg = dir.filePath("pkg");
        QVERIFY(contenttest::copyTree(contenttest::good(), pkg));
        // One notice ends within the week, one later: only the first is listed.
        const QString soon = QDate::currentDate().addDays(3).toString(Qt::ISODate);
        const QString later = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        QByteArray notices = testsupport::readFile(pkg + "/notices.csv");
        notices += "n-soon,dept-a,本周截止的公告,,公告,2026-03-01," + soon.toUtf8() + ",0,fixture\n";
        notices += "n-later,dept-a,下月截止的公告,,公告,2026-03-01," + later.toUtf8() + ",0,fixture\n";
        QVERIFY(testsupport::writeFile(pkg + "/notices.csv", notices));

        const QString data = dir.filePath("data");
        QCOMPARE(run({"--db", data, "init"}).code, 0);
        const auto imported = run({"--db", data, "import", pkg});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QCOMPARE(imported.out.trimmed(), QStringLiteral("已导入，内容版本 test-good-1"));

        const auto s = run({"--db", data, "status"});
        QCOMPARE(s.code, 0);
        QVERIFY2(s.out.contains("内容版本: test-good-1"), qPrintable(s.out));
        QVERIFY(s.out.contains("制作时间: 2026-03-02T08:00:00.000+08:00"));
        QVERIFY(s.out.contains("导入时间: " + QDate::currentDate().toString(Qt::ISODate)));
        QVERIFY(s.out.contains("items 3，materials 2，notices 4"));
        QVERIFY(s.out.contains("media 2"));
        QVERIFY(s.out.contains("网址未核实的事项: 1\n  item-2 测试事项二"));
        QVERIFY2(s.out.contains("7 天内到期的公告: 1\n  n-soon 本周截止的公告（截止 " + soon + "）"), qPrintable(s.out));
        QVERIFY(s.out.contains("] import 已导入，内容版本 test-good-1"));
    }

    void refusedImportIsLoggedAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const QByteArray before = contenttest::fingerprint(contenttest::livePath(data));
        const QString bad = dir.filePath("bad");
        QVERIFY(contenttest::copyTree(contenttest::good(), bad));
        QVERIFY(testsupport::writeFile(bad + "/halls.csv", "id,city,name,source\nh,北京,外地,fixture\n"));
        withVersion(bad, "test-good-2", "2026-04-01T08:00:00+08:00");
        const auto r = run({"--db", data, "import", bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("halls.csv:2:3: 城市（city）：「北京」不是长春、吉林、四平、辽源之一"), qPrintable(r.err));
        QVERIFY(r.err.contains("未导入，仍使用原有内容"));
        QCOMPARE(contenttest::fingerprint(contenttest::livePath(data)), before);
        QVERIFY(!QFile::exists(data + "/content/previous.sqlite"));
        QVERIFY(QDir(data + "/content").entryList({"import-*", "incoming*"}).isEmpty());

        tongban::LocalState state;
        QVERIFY(state.open(data + "/state.sqlite"));
        const auto events = state.recentEvents(1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, QStringLiteral("import-refused"));
        QVERIFY(events.first().detail.contains("北京"));
    }

    void zipFromWindowsWithGbkNames()
    {
        QTemporaryDir dir;
        const QString pkg = dir.filePath("pkg");
        QVERIFY(contenttest::copyTree(contenttest::good(), pkg));
        // A media file with a Chinese name, referenced in UTF-8 from media.csv.
        QVERIFY(QFile::rename(pkg + "/media/hall.png", pkg + "/media/大厅.png"));
        QByteArray media = testsupport::readFile(pkg + "/media.csv");
        media.replace("media/hall.png", "media/大厅.png");
        QVERIFY(testsupport::writeFile(pkg + "/media.csv", media));

        QStringEncoder gbk("GBK");
        QList<std::pair<QByteArray, QByteArray>> entries;
        for (auto [name, bytes] : entriesOf(pkg, {})) {
            const QByteArray raw = gbk.encode(QString::fromUtf8("通办内容包/" + name));
            QVERIFY(!raw.contains("通办")); // really GBK bytes, not UTF-8
            entries.append({raw, bytes});
        }
        const QString zip = dir.filePath("content.zip");
        QVERIFY(makeZip(zip, entries));

        const QString data = dir.filePath("data");
        const auto v = run({"--db", data, "validate", zip});
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        const auto r = run({"--db", data, "import", zip});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "zip");
        db.setDatabaseName(contenttest::livePath(data));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT file, width FROM media WHERE id = 'slide-hall'") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("media/大厅.png"));
        QCOMPARE(q.value(1).toInt(), 96);
    }

    void zipThatEscapesItsFolderIsRefused()
    {
        QTemporaryDir dir;
        auto entries = entriesOf(contenttest::good(), {});
        entries.append(std::pair{QByteArray("../../evil.csv"), QByteArray("id\n1\n")});
        QVERIFY(makeZip(dir.filePath("evil.zip"), entries));
        const QString data = dir.filePath("data");
        const auto r = run({"--db", data, "import", dir.filePath("evil.zip")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("压缩包中的路径「../../evil.csv」不安全"), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("evil.csv")) && !QFile::exists(data + "/evil.csv"));
        QVERIFY(!QFile::exists(contenttest::livePath(data)));
    }

    void exportThenImportGivesTheSameContent()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath("a"), b = dir.filePath("b");
        QCOMPARE(run({"--db", a, "import", contenttest::good()}).code, 0);
        const auto e1 = run({"--db", a, "export", dir.filePath("export1")});
        QVERIFY2(e1.code == 0, qPrintable(e1.err));
        QVERIFY(QFile::exists(dir.filePath("export1/media/loop.ogv")));
        QVERIFY(
            testsupport::readFile(dir.filePath("export1/items.csv")).startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 by its BOM

        // A second kiosk imports the export: every table is the same.
        const auto i = run({"--db", b, "import", dir.filePath("export1")});
        QVERIFY2(i.code == 0, qPrintable(i.err));
        QCOMPARE(contenttest::fingerprint(contenttest::livePath(b)), contenttest::fingerprint(contenttest::livePath(a)));
        // Export again: byte for byte the same package.
        QCOMPARE(run({"--db", b, "export", dir.filePath("export2")}).code, 0);
        QDirIterator it(dir.filePath("export1"), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString f = it.next();
            const QString rel = QDir(dir.filePath("export1")).relativeFilePath(f);
            QVERIFY2(testsupport::readFile(f) == testsupport::readFile(dir.filePath("export2/" + rel)), qPrintable(rel));
            ++files;
        }
        QCOMPARE(files, 14); // manifest, 11 tables (aliases.csv and links.csv too), 2 media files
        QCOMPARE(run({"--db", b, "export", dir.filePath("export2")}).code, 2); // never over an existing folder
    }

    void diffNamesWhatWouldChange()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const QByteArray before = contenttest::fingerprint(contenttest::livePath(data));
        const QString pkg = dir.filePath("pkg");
        QVERIFY(contenttest::copyTree(contenttest::good(), pkg));
        QByteArray items = testsupport::readFile(pkg + "/items.csv");
        items.replace("测试事项一", "测试事项一（改名）");
        items = items.left(items.indexOf("item-3,"));
        items += "item-4,新事项,dept-b,,辽源,,在办,,,fixture\n";
        QVERIFY(testsupport::writeFile(pkg + "/items.csv", items));
        withVersion(pkg, "test-good-2", "2026-04-01T08:00:00+08:00");

        const auto r = run({"--db", data, "diff", pkg});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("内容版本：test-good-1（live）→ test-good-2"));
        QVERIFY2(r.out.contains("items: 新增 1，修改 1，删除 1\n  + item-4\n  ~ item-1\n  - item-3\n"), qPrintable(r.out));
        QVERIFY(r.out.contains("notices: 新增 0，修改 0，删除 0"));
        QCOMPARE(contenttest::fingerprint(contenttest::livePath(data)), before);
    }

    void rollbackAndOlderPackages()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(run({"--db", data, "rollback"}).code, 1); // nothing to go back to
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const QString v2 = dir.filePath("v2");
        QVERIFY(contenttest::copyTree(contenttest::good(), v2));
        withVersion(v2, "test-good-2", "2026-04-01T08:00:00+08:00");
        QCOMPARE(run({"--db", data, "import", v2}).code, 0);

        // The old package again is refused: going back is what rollback is for.
        const auto older = run({"--db", data, "import", contenttest::good()});
        QCOMPARE(older.code, 1);
        QVERIFY2(older.err.contains("早于本机装过的最新内容「test-good-2」"), qPrintable(older.err));
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("test-good-2"));

        const auto back = run({"--db", data, "rollback"});
        QCOMPARE(back.code, 0);
        QCOMPARE(back.out.trimmed(), QStringLiteral("已退回上一版内容：现在使用 test-good-1（原为 test-good-2）"));
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("test-good-1"));
        // And forward again: the rolled-back content was kept as previous.
        QCOMPARE(run({"--db", data, "rollback"}).code, 0);
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("test-good-2"));
        QVERIFY(run({"--db", data, "status"}).out.contains("] rollback 已退回上一版内容"));
    }

    void olderThanTheNewestEverInstalledNeedsAllowOlder()
    {
        // The mark is what was installed, not what is live: after a rollback to v1, a v1.5
        // (newer than live, older than v2) is still an older package.
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QCOMPARE(run({"--db", data, "import", contenttest::good()}).code, 0);
        const QString v2 = dir.filePath("v2"), v15 = dir.filePath("v15");
        QVERIFY(contenttest::copyTree(contenttest::good(), v2));
        withVersion(v2, "test-good-2", "2026-04-01T08:00:00+08:00");
        QVERIFY(contenttest::copyTree(contenttest::good(), v15));
        withVersion(v15, "test-good-1.5", "2026-03-15T08:00:00+08:00");
        QCOMPARE(run({"--db", data, "import", v2}).code, 0);
        QCOMPARE(run({"--db", data, "rollback"}).code, 0);
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("test-good-1"));

        const auto refused = run({"--db", data, "import", v15});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("早于本机装过的最新内容「test-good-2」"), qPrintable(refused.err));
        QVERIFY(refused.err.contains("--allow-older"));
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("test-good-1"));

        // The live file gone (as after a fallback to the default content) forgets nothing.
        QVERIFY(QFile::remove(contenttest::livePath(data)));
        QCOMPARE(run({"--db", data, "import", v15}).code, 1);

        const auto allowed = run({"--db", data, "import", v15, "--allow-older"});
        QVERIFY2(allowed.code == 0, qPrintable(allowed.err));
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("test-good-1.5"));
        const QString status = run({"--db", data, "status"}).out;
        QVERIFY2(
            status.contains("] import-older 工作人员用 --allow-older 装入了较旧的内容「test-good-1.5」"), qPrintable(status));
        // The mark stays at v2: v2 itself is welcome again, v1.5 once more is not.
        QCOMPARE(run({"--db", data, "import", v15}).code, 1);
        QCOMPARE(run({"--db", data, "import", v2}).code, 0);
    }

    void oversizedImageIsRefused()
    {
        QTemporaryDir dir;
        const QString pkg = dir.filePath("pkg");
        QVERIFY(contenttest::copyTree(contenttest::good(), pkg));
        QImage noise(1500, 1300, QImage::Format_RGB888); // noise does not compress: > 5 MB as PNG
        for (int y = 0; y < noise.height(); ++y)
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.scanLine(y)), noise.bytesPerLine() / 4);
        QVERIFY(noise.save(pkg + "/media/hall.png"));
        QVERIFY(QFileInfo(pkg + "/media/hall.png").size() > 5 * 1024 * 1024);
        const auto r = run({"--db", dir.filePath("data"), "validate", pkg});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("media.csv:2:12: 文件（file）：文件「media/hall.png」太大"), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestContentTool)
#include "tst_contenttool.moc"
