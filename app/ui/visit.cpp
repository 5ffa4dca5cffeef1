#include "visit.h"

#include "cities.h"
#include "logging.h"
#include "terms.h"

#include <QCoreApplication>
#include <QEvent>

namespace tongban {

namespace {
Visit *s_instance = nullptr;
QQmlEngine *s_engine = nullptr;
} // namespace

Visit::Visit(const QString &kioskCityCode, int idleTimeoutSeconds, QObject *parent)
    : QObject(parent), m_kioskCity(kioskCityCode), m_idleTimeout(idleTimeoutSeconds)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_idleTimeout * 1000);
    connect(&m_idle, &QTimer::timeout, this, &Visit::quietSpellOver);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Visit::countdown);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

Visit *Visit::instance()
{
    return s_instance;
}
void Visit::setInstance(Visit *visit)
{
    s_instance = visit;
}

Visit *Visit::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Visit::create", "main() must create the visit before QML loads");
    s_engine = engine;
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Visit::setHomeCityCode(const QString &code)
{
    const QString c = code == m_kioskCity ? QString() : code;
    if (c == m_homeCity)
        return;
    m_homeCity = c;
    emit homeCityChanged();
}

QString Visit::homeCityName() const
{
    return term(cityName(m_homeCity));
}

void Visit::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    emit largeTextChanged();
}

void Visit::setEnglish(bool on)
{
    if (on == m_english)
        return;
    m_english = on;
    applyLanguage();
    emit englishChanged();
}

void Visit::applyLanguage()
{
    if (m_english) {
        if (m_translator.isEmpty() && !m_translator.load(QStringLiteral(":/i18n/tongban_en.qm")))
            qCWarning(lcUi) << "English translation missing";
        QCoreApplication::installTranslator(&m_translator);
    } else {
        QCoreApplication::removeTranslator(&m_translator);
    }
    if (s_engine)
        s_engine->retranslate();
}

void Visit::setIdleTimeoutSeconds(int seconds)
{
    seconds = qMax(1, seconds);
    if (seconds == m_idleTimeout)
        return;
    m_idleTimeout = seconds;
    m_idle.setInterval(seconds * 1000);
    if (m_active && !m_prompting)
        m_idle.start();
    emit idleTimeoutChanged();
}

void Visit::setPromptSeconds(int seconds)
{
    seconds = qMax(1, seconds);
    if (seconds == m_promptSeconds)
        return;
    m_promptSeconds = seconds;
    emit idleTimeoutChanged();
}

void Visit::start()
{
    if (m_active)
        return;
    m_active = true;
    m_idle.start();
    emit activeChanged();
    emit started();
}

void Visit::end()
{
    m_idle.stop();
    m_tick.stop();
    setPrompting(false);
    setHomeCityCode({});
    setLargeText(false);
    setEnglish(false);
    if (m_rated) {
        m_rated = false;
        emit ratedChanged();
    }
    const bool wasActive = m_active;
    m_active = false;
    if (wasActive)
        emit activeChanged();
    emit ended();
}

bool Visit::markRated()
{
    if (m_rated)
        return false;
    m_rated = true;
    emit ratedChanged();
    return true;
}

void Visit::poke()
{
    if (!m_active)
        return;
    setPrompting(false);
    m_tick.stop();
    m_idle.start();
}

void Visit::hold()
{
    if (m_holds++ == 0) {
        m_idle.stop();
        m_tick.stop();
        setPrompting(false);
        emit heldChanged();
    }
}

void Visit::release()
{
    if (m_holds == 0)
        return;
    if (--m_holds == 0) {
        if (m_active)
            m_idle.start();
        emit heldChanged();
    }
}

QVariantList Visit::otherCities() const
{
    QVariantList out;
    const QString &own = m_kioskCity;
    for (const QString &code : cityCodes())
        if (code != own)
            out.append(QVariantMap{{"code", code}, {"name", term(cityName(code))}});
    return out;
}

void Visit::quietSpellOver()
{
    if (!m_active || held())
        return;
    m_promptRemaining = m_promptSeconds;
    emit promptRemainingChanged();
    setPrompting(true);
    m_tick.start();
}

void Visit::countdown()
{
    if (held())
        return;
    if (--m_promptRemaining <= 0) {
        end();
        return;
    }
    emit promptRemainingChanged();
}

void Visit::setPrompting(bool on)
{
    if (on == m_prompting)
        return;
    m_prompting = on;
    emit promptingChanged();
}

bool Visit::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tongban
