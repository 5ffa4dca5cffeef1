#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

namespace tongban {

// One resident's visit: from the first touch on the attract screen until the idle reset.
// Holds what the visit chose (home city, 大字, language) and runs the idle timer: after a
// quiet spell it asks "还需要更多时间吗?", then ends the visit and clears every trace of it.
class Visit : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(QString homeCityCode READ homeCityCode WRITE setHomeCityCode NOTIFY homeCityChanged)
    Q_PROPERTY(QString homeCityName READ homeCityName NOTIFY homeCityChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
    Q_PROPERTY(bool english READ english WRITE setEnglish NOTIFY englishChanged)
    Q_PROPERTY(bool prompting READ prompting NOTIFY promptingChanged)
    Q_PROPERTY(int promptRemaining READ promptRemaining NOTIFY promptRemainingChanged)
    Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds WRITE setIdleTimeoutSeconds NOTIFY idleTimeoutChanged)
    Q_PROPERTY(int promptSeconds READ promptSeconds WRITE setPromptSeconds NOTIFY idleTimeoutChanged)
    Q_PROPERTY(bool held READ held NOTIFY heldChanged)
    // This visit has given its 好差评 (one per visit; cleared when the visit ends).
    Q_PROPERTY(bool rated READ rated NOTIFY ratedChanged)

public:
    // `kioskCityCode`: this kiosk's city, which is never a resident's "other" home city.
    Visit(const QString &kioskCityCode, int idleTimeoutSeconds, QObject *parent = nullptr);

    static Visit *instance();
    static void setInstance(Visit *visit);
    static Visit *create(QQmlEngine *, QJSEngine *);

    bool active() const { return m_active; }
    QString homeCityCode() const { return m_homeCity; }
    void setHomeCityCode(const QString &code);
    QString homeCityName() const;
    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    bool english() const { return m_english; }
    void setEnglish(bool on);
    bool prompting() const { return m_prompting; }
    int promptRemaining() const { return m_promptRemaining; }
    int idleTimeoutSeconds() const { return m_idleTimeout; }
    void setIdleTimeoutSeconds(int seconds);
    int promptSeconds() const { return m_promptSeconds; }
    void setPromptSeconds(int seconds); // 15 by default; the tour shortens it
    bool held() const { return m_holds > 0; }
    bool rated() const { return m_rated; }
    // Marks the visit rated; false when it was already (Kiosk::rate counts only then).
    bool markRated();

    Q_INVOKABLE void start();
    Q_INVOKABLE void end();
    Q_INVOKABLE void poke(); // activity: restart the quiet spell, close the prompt
    // While held (a slip is printing) the idle timer never fires.
    Q_INVOKABLE void hold();
    Q_INVOKABLE void release();
    // The circle's other three cities, relative to this kiosk's city: [{code, name}].
    Q_INVOKABLE QVariantList otherCities() const;

signals:
    void activeChanged();
    void homeCityChanged();
    void largeTextChanged();
    void englishChanged();
    void promptingChanged();
    void promptRemainingChanged();
    void idleTimeoutChanged();
    void heldChanged();
    void ratedChanged();
    void started();
    void ended();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void quietSpellOver();
    void countdown();
    void setPrompting(bool on);
    void applyLanguage();

    QString m_kioskCity;
    bool m_active = false;
    QString m_homeCity;
    bool m_largeText = false;
    bool m_english = false;
    bool m_prompting = false;
    int m_promptSeconds = 15;
    int m_promptRemaining = 15;
    int m_idleTimeout;
    int m_holds = 0;
    bool m_rated = false;
    QTimer m_idle;
    QTimer m_tick;
    QTranslator m_translator;
};

} // namespace tongban
