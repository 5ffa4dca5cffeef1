#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace tongban {

// A QR code drawn from libqrencode's modules with a 4-module quiet zone. It draws only URLs
// that UrlPolicy::current() allows; anything else leaves it blank with `error` set, which
// QrCode.qml shows in words.
class QrCodeImage : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString url READ url WRITE setUrl NOTIFY urlChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY urlChanged)
    Q_PROPERTY(QString error READ error NOTIFY urlChanged)
    Q_PROPERTY(int modules READ modules NOTIFY urlChanged)

public:
    explicit QrCodeImage(QQuickItem *parent = nullptr);

    QString url() const { return m_url; }
    void setUrl(const QString &url);
    bool valid() const { return !m_code.isNull(); }
    QString error() const { return m_error; }
    int modules() const { return m_code.isNull() ? 0 : m_code.width(); }

    void paint(QPainter *painter) override;

signals:
    void urlChanged();

private:
    QString m_url;
    QString m_error;
    QImage m_code;
};

} // namespace tongban
