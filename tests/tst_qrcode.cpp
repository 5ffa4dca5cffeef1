// The QR type as a person's phone sees it: render, grab the window, decode with zbarimg.
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include "qrcodeimage.h"
#include "testsupport.h"
#include "tour.h"

Q_IMPORT_QML_PLUGIN(TongbanPlugin)

class TestQrCode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        testsupport::hermetic();
        tongban::UrlPolicy::setCurrent(tongban::UrlPolicy({"zwfw.jl.gov.cn", ".gov.cn.example"}));
        m_view.engine()->addImportPath("qrc:/");
        m_view.setResizeMode(QQuickView::SizeRootObjectToView);
        m_view.resize(480, 560);
    }

    // Distinct URLs, so a test that decoded a cached or wrong code would fail.
    void shownCodeDecodesToTheExactUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("item") << "https://zwfw.jl.gov.cn/jlszwfw/item/1001?area=220100";
        QTest::newRow("portal") << "https://zwfw.jl.gov.cn/jlszwfw/?area=220400";
        QTest::newRow("encoded query") << "https://zwfw.jl.gov.cn/jlszwfw/?area=220300&q=%E8%BA%AB%E4%BB%BD%E8%AF%81";
        QTest::newRow("long") << "https://zwfw.jl.gov.cn/jlszwfw/" + QString(400, 'z');
    }
    void shownCodeDecodesToTheExactUrl()
    {
        QFETCH(QString, url);
        QQuickItem *qr = show(url);
        QVERIFY(qr);
        QVERIFY(qr->property("valid").toBool());
        const QStringList codes = grabAndDecode();
        QCOMPARE(codes, QStringList{url});
    }

    void refusedUrlsDrawNoCodeAndSayWhy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("http") << "http://zwfw.jl.gov.cn/jlszwfw/"
                              << "https";
        QTest::newRow("other host") << "https://zwfw.jl.gov.cn.evil.example/x"
                                    << "不在本机允许";
        QTest::newRow("lookalike") << "https://zwfw-jl.gov.cn/x"
                                   << "不在本机允许";
        QTest::newRow("userinfo") << "https://zwfw.jl.gov.cn@evil.example/x"
                                  << "用户名";
        QTest::newRow("too long") << "https://zwfw.jl.gov.cn/" + QString(600, 'a') << "512";
        QTest::newRow("javascript") << "javascript:alert(1)"
                                    << "https";
    }
    void refusedUrlsDrawNoCodeAndSayWhy()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        QQuickItem *qr = show(url);
        QVERIFY(qr);
        QVERIFY(!qr->property("valid").toBool());
        QVERIFY2(qr->property("error").toString().contains(reason), qPrintable(qr->property("error").toString()));
        QCOMPARE(grabAndDecode(), QStringList{});
        auto *message = m_root->findChild<QQuickItem *>("qrError");
        QVERIFY(message && message->isVisible());
        QVERIFY(message->property("text").toString().startsWith("无法显示二维码"));
    }

private:
    QQuickItem *show(const QString &url)
    {
        QQmlComponent component(m_view.engine());
        component.setData("import QtQuick\nimport Tongban\nRectangle { color: 'white'; property alias qr: code; "
                          "QrCode { id: code; anchors.centerIn: parent; width: 440; height: 440 } }",
            QUrl("qrc:/test/QrHost.qml"));
        auto *root = qobject_cast<QQuickItem *>(component.create());
        if (!root) {
            qWarning() << component.errors();
            return nullptr;
        }
        if (m_root)
            m_root->deleteLater();
        m_root = root;
        root->setParentItem(m_view.contentItem());
        root->setSize(m_view.size());
        auto *qr = root->property("qr").value<QQuickItem *>();
        qr->setProperty("url", url);
        m_view.show();
        return qr;
    }

    QStringList grabAndDecode()
    {
        if (!QTest::qWaitForWindowExposed(&m_view))
            return {"window not exposed"};
        tongban::Tour::settle(&m_view);
        const QString png = m_dir.filePath("qr.png");
        if (!m_view.grabWindow().save(png))
            return {"grab failed"};
        return testsupport::zbar(png);
    }

    QTemporaryDir m_dir;
    QQuickView m_view;
    QQuickItem *m_root = nullptr;
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
