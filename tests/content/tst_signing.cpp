// Signed packages: a kiosk with a public key in its settings takes only packages signed with
// the matching secret key and unchanged since; every other case is refused with a plain
// message and changes nothing.
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "contenttest.h"

using contenttest::run;

class TestSigning : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_publicKey, m_secret, m_otherSecret, m_signed;

    // A kiosk that trusts m_publicKey, with the good package installed unsigned beforehand.
    QString kiosk(const QString &name, const QString &key)
    {
        const QString data = m_dir.filePath(name);
        run({"--db", data, "init"});
        QSettings ini(data + "/kiosk.ini", QSettings::IniFormat);
        ini.setValue("content/public_key", key);
        ini.sync();
        return data;
    }
    QString copyOfSigned(const QString &name)
    {
        const QString to = m_dir.filePath(name);
        contenttest::copyTree(m_signed, to);
        return to;
    }

private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        m_secret = m_dir.filePath("office.key");
        const auto k = run({"keygen", "--key", m_secret});
        QCOMPARE(k.code, 0);
        const auto m = QRegularExpression("public_key=([A-Za-z0-9+/=]{44})").match(k.out);
        QVERIFY2(m.hasMatch(), qPrintable(k.out));
        m_publicKey = m.captured(1);
        QCOMPARE(QFile(m_secret).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QCOMPARE(run({"keygen", "--key", m_secret}).code, 2); // never overwrites a key
        m_otherSecret = m_dir.filePath("other.key");
        QCOMPARE(run({"keygen", "--key", m_otherSecret}).code, 0);

        m_signed = m_dir.filePath("signed");
        QVERIFY(contenttest::copyTree(contenttest::good(), m_signed));
        const auto s = run({"sign", m_signed, "--key", m_secret});
        QVERIFY2(s.code == 0, qPrintable(s.err));
        QVERIFY(s.out.contains("11 个文件"));
        const QByteArray manifest = testsupport::readFile(m_signed + "/manifest.json");
        const QByteArray ogv
            = QCryptographicHash::hash(testsupport::readFile(m_signed + "/media/loop.ogv"), QCryptographicHash::Sha256);
        QVERIFY(manifest.contains("\"media/loop.ogv\": \"" + ogv.toHex() + "\""));
        QVERIFY(manifest.contains("\"items.csv\""));
        QVERIFY(QFile::exists(m_signed + "/manifest.sig"));
    }

    void signedPackageIsAccepted()
    {
        const QString data = kiosk("accepts", m_publicKey);
        const auto v = run({"--db", data, "validate", m_signed});
        QVERIFY2(v.code == 0, qPrintable(v.out));
        const auto r = run({"--db", data, "import", m_signed});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(contenttest::metaValue(contenttest::livePath(data), "content_version"), QStringLiteral("test-good-1"));
    }

    void refusedPackages_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unsigned") << "unsigned"
                                  << "manifest.sig: 内容包没有签名（缺少 manifest.sig），本机只接受签过名的内容包";
        QTest::newRow("tampered byte") << "tampered"
                                       << "items.csv: 文件内容与 manifest.json 清单中的 SHA-256 不符（签名后被改动过）";
        QTest::newRow("manifest edited") << "manifest"
                                         << "manifest.sig: 签名无效：manifest.json 在签名后被改动过，或不是用本机信任的密钥签的";
        QTest::newRow("wrong key") << "wrong-key"
                                   << "manifest.sig: 签名无效：manifest.json 在签名后被改动过，或不是用本机信任的密钥签的";
        QTest::newRow("file added") << "added"
                                    << "media/extra.png: 文件不在 manifest.json 的文件清单中（签名后被加入）";
        QTest::newRow("file removed") << "removed"
                                      << "materials.csv: manifest.json 清单中的文件不存在";
    }
    void refusedPackages()
    {
        QFETCH(QString, how);
        QFETCH(QString, expected);
        const QString data = kiosk("refuses-" + how, m_publicKey);
        const QByteArray before = contenttest::fingerprint(data + "/content/default.sqlite");
        QString pkg = copyOfSigned("pkg-" + how);
        if (how == "unsigned") {
            pkg = contenttest::good();
        } else if (how == "tampered") {
            QByteArray items = testsupport::readFile(pkg + "/items.csv");
            items[items.indexOf("item/1001") + 5] = '9'; // one byte: a different item page
            QVERIFY(testsupport::writeFile(pkg + "/items.csv", items));
        } else if (how == "manifest") {
            QByteArray m = testsupport::readFile(pkg + "/manifest.json");
            m.replace("test-good-1", "test-good-9");
            QVERIFY(testsupport::writeFile(pkg + "/manifest.json", m));
        } else if (how == "wrong-key") {
            QCOMPARE(run({"sign", pkg, "--key", m_otherSecret}).code, 0);
        } else if (how == "added") {
            QVERIFY(QFile::copy(pkg + "/media/hall.png", pkg + "/media/extra.png"));
        } else if (how == "removed") {
            QVERIFY(QFile::remove(pkg + "/materials.csv"));
        }
        const auto v = run({"--db", data, "validate", pkg});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.out.split('\n').contains(expected), qPrintable(v.out));
        const auto r = run({"--db", data, "import", pkg});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.split('\n').contains(expected), qPrintable(r.err));
        QVERIFY(r.err.contains("内容包被拒绝，仍使用原有内容"));
        QVERIFY(!QFile::exists(contenttest::livePath(data)));
        QCOMPARE(contenttest::fingerprint(data + "/content/default.sqlite"), before);
        QVERIFY(run({"--db", data, "status"}).out.contains("import-refused"));
    }

    void unsignedKioskStillChecksTheFileList()
    {
        // Without a key the signature cannot be checked (a warning says so), but a package
        // that lists its files is still held to that list.
        const QString data = kiosk("no-key", QString());
        const auto ok = run({"--db", data, "validate", m_signed});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains("manifest.sig: 警告：内容包已签名，但本机没有设置公钥"));
        const QString pkg = copyOfSigned("pkg-no-key");
        QVERIFY(testsupport::writeFile(pkg + "/halls.csv", testsupport::readFile(pkg + "/halls.csv") + "\n"));
        QCOMPARE(run({"--db", data, "validate", pkg}).code, 1);
    }

    void signingAZipOrWithoutAKeyIsAUsageError()
    {
        QCOMPARE(run({"sign", copyOfSigned("pkg-nokey")}).code, 2);
        QCOMPARE(run({"sign", copyOfSigned("pkg-badkey"), "--key", "bm90IGEga2V5"}).code, 2);
    }

    void secretKeyComesFromAFileOrStandardInputOnly()
    {
        // The key as command-line text is visible to every process (ps, /proc/PID/cmdline).
        const QByteArray secret = testsupport::readFile(m_secret).trimmed();
        const QString pkg = copyOfSigned("pkg-key-text");
        QFile::remove(pkg + "/manifest.sig");
        const auto text = run({"sign", pkg, "--key", QString::fromLatin1(secret)});
        QCOMPARE(text.code, 2);
        QVERIFY2(text.err.contains("私钥只能从文件（--key FILE）或标准输入（--key -）读取"), qPrintable(text.err));
        QVERIFY(!text.err.contains(QString::fromLatin1(secret))); // not echoed either
        QVERIFY(!QFile::exists(pkg + "/manifest.sig"));

        QProcess p;
        p.start(contenttest::tool(), {"sign", pkg, "--key", "-"});
        QVERIFY(p.waitForStarted());
        p.write(secret + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QString data = kiosk("stdin-key", m_publicKey);
        QCOMPARE(run({"--db", data, "validate", pkg}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
