#pragma once

#include <QDate>
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
    Q_PROPERTY(bool clockWrong READ clockWrong NOTIFY clockWrongChanged)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY contentChanged)

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
    int itemCount() const;

    // The date notices are filtered by. A clock earlier than the content's build time is
    // wrong (the kiosk has no time server): then the build date is used and a clock warning
    // goes to the event log, once per content.
    QDate today();
    bool clockWrong() const { return m_clockWrong; }

    // The halls of the circle, this kiosk's city first: [{name, city, address, hours, phone,
    // windows: [{kind, name, location, hours, note}]}].
    Q_INVOKABLE QVariantList halls() const;
    // Where residents find staff help (the 帮办代办 window) in this kiosk's hall:
    // {hall, name, location, hours}; empty when the content names none.
    Q_INVOKABLE QVariantMap staffWindow() const;

    // One notice's fields as NoticePage takes them (for search results); empty if unknown.
    Q_INVOKABLE QVariantMap notice(const QString &id) const;

    ContentStore *store() const;
    Services *services() const { return m_services; }

signals:
    void contentChanged();
    void clockWrongChanged();

private:
    Services *m_services;
    bool m_clockWrong = false;
    QString m_clockWarnedFor; // content version the clock warning was logged for
};

} // namespace tongban
