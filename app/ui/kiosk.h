#pragma once

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

#include "contentstore.h"

namespace tongban {

class Services;

// ContentStore as QML sees it: handed to models (`store: Kiosk.store`), never created there.
struct ContentStoreForeign
{
    Q_GADGET
    QML_FOREIGN(tongban::ContentStore)
    QML_NAMED_ELEMENT(ContentStore)
    QML_UNCREATABLE("the content store comes from Kiosk.store")
};

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
    Q_PROPERTY(int itemCount READ itemCount NOTIFY contentChanged)
    Q_PROPERTY(tongban::ContentStore *store READ store CONSTANT)
    // Notices staff hid on this kiosk (the admin screen), for the models to leave out.
    Q_PROPERTY(QStringList hiddenNoticeIds READ hiddenNoticeIds NOTIFY hiddenNoticesChanged)

public:
    explicit Kiosk(Services *services, QObject *parent = nullptr);

    static void setInstance(Kiosk *kiosk);
    static Kiosk *create(QQmlEngine *, QJSEngine *);

    QString hallName() const;
    QString cityCode() const;
    QString cityName() const;
    QString contentVersion() const;
    QString contentDate() const; // 信息更新于 …: the package's build date, 2026年11月23日
    int itemCount() const;

    // A content vocabulary value (status, category, window kind, city) in the visit's language.
    Q_INVOKABLE QString term(const QString &value) const;

    // Counts a resident's action in the usage figures of local state (per day).
    Q_INVOKABLE void countUsage(const QString &kind, const QString &target = {});
    // A search the resident finished (SearchPage decides when): the query is normalised here;
    // one that found nothing is stored only from its 3rd sighting of the day (LocalState).
    Q_INVOKABLE void countSearch(const QString &query, bool found);
    // 好差评: one rating per visit (Visit.rated), 1 非常不满意 … 5 非常满意, counted for the item.
    // False when this visit has rated already or the score is not 1..5.
    Q_INVOKABLE bool rate(const QString &itemId, int score);

    // The halls of the circle, this kiosk's city first: [{name, city, address, hours, phone,
    // windows: [{kind, name, location, hours, note}]}].
    Q_INVOKABLE QVariantList halls() const;
    // Where residents find staff help (the 帮办代办 window) in this kiosk's hall:
    // {hall, name, location, hours}; empty when the content names none.
    Q_INVOKABLE QVariantMap staffWindow() const;

    // One notice's fields as NoticePage takes them (for search results); empty if unknown.
    Q_INVOKABLE QVariantMap notice(const QString &id) const;

    ContentStore *store() const;

    QStringList hiddenNoticeIds() const { return m_hiddenNoticeIds; }
    // The admin screen's "hide on this kiosk": until a package changes the notice.
    bool hideNotice(const QString &id);
    bool unhideNotice(const QString &id);

signals:
    void contentChanged();
    void hiddenNoticesChanged();

private:
    void reconcileHidden();
    void loadHidden();

    Services *m_services;
    QStringList m_hiddenNoticeIds;
};

} // namespace tongban
