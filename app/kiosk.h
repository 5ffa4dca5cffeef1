#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace tongban {

class ContentStore;
class Services;

// The services as QML sees them: one typed singleton, set up in main() (or a test) before
// the engine loads anything. It keeps C++ ownership.
class Kiosk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString hallName READ hallName CONSTANT)
    Q_PROPERTY(QString cityCode READ cityCode CONSTANT)
    Q_PROPERTY(QString cityName READ cityName CONSTANT)
    Q_PROPERTY(QString contentVersion READ contentVersion NOTIFY contentChanged)
    Q_PROPERTY(QString contentDate READ contentDate NOTIFY contentChanged)
    Q_PROPERTY(QString contentOrigin READ contentOrigin NOTIFY contentChanged)

public:
    explicit Kiosk(Services *services, QObject *parent = nullptr);

    static Kiosk *instance();
    static void setInstance(Kiosk *kiosk);
    static Kiosk *create(QQmlEngine *, QJSEngine *);

    QString hallName() const;
    QString cityCode() const;
    QString cityName() const;
    QString contentVersion() const;
    QString contentDate() const; // 信息更新于 …: the package's build date, 2026年11月23日
    QString contentOrigin() const;

    ContentStore *store() const;
    Services *services() const { return m_services; }

signals:
    void contentChanged();

private:
    Services *m_services;
};

} // namespace tongban
