#include "voice.h"

#include "urlpolicy.h"

#include "contentstore.h"
#include "itemdetail.h"
#include "readoutplayer.h"
#include "readouttext.h"
#include "uisounds.h"
#include "visit.h"

namespace tongban {

namespace {
Voice *s_voice = nullptr;
Sounds *s_sounds = nullptr;
} // namespace

Voice::Voice(ContentStore *store, LocalState *log, Visit *visit, int volume, const QString &cityCode, QObject *parent)
    : QObject(parent), m_store(store), m_cityCode(cityCode), m_visit(visit), m_player(std::make_unique<ReadoutPlayer>(log))
{
    m_player->setVolume(volume);
    connect(m_player.get(), &ReadoutPlayer::stateChanged, this, [this] {
        holdVisit(m_player->speaking());
        emit changed();
    });
    connect(m_player.get(), &ReadoutPlayer::audioAvailableChanged, this, &Voice::changed);
    if (m_visit)
        connect(m_visit, &Visit::ended, this, [this] {
            stop();
            setScreenReader(false);
        });
}

Voice::~Voice()
{
    holdVisit(false);
}

Voice *Voice::instance()
{
    return s_voice;
}

void Voice::setInstance(Voice *voice)
{
    s_voice = voice;
}

Voice *Voice::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_voice, "Voice::create", "main() must set up the services before QML loads");
    QJSEngine::setObjectOwnership(s_voice, QJSEngine::CppOwnership);
    return s_voice;
}

bool Voice::speaking() const
{
    return m_player->speaking();
}

bool Voice::audioAvailable() const
{
    return m_player->audioAvailable() && m_player->voiceAvailable();
}

void Voice::setScreenReader(bool on)
{
    if (on == m_screenReader)
        return;
    m_screenReader = on;
    if (!on)
        stop();
    emit screenReaderChanged();
}

void Voice::holdVisit(bool hold)
{
    if (!m_visit || hold == m_holding)
        return;
    m_holding = hold;
    if (hold)
        m_visit->hold();
    else
        m_visit->release();
}

void Voice::speak(const QString &key, const QString &text)
{
    m_reading = key;
    m_player->speak(text);
    emit changed();
}

QString Voice::itemText(const QString &itemId) const
{
    const std::optional<ItemDetail> item = ItemDetail::load(m_store->db(), itemId);
    if (!item)
        return {};
    return readout::forItem(*item, item->resolveLink(m_cityCode, m_store->today(), UrlPolicy::current()).deep());
}

void Voice::toggleItem(const QString &itemId)
{
    const QString key = QStringLiteral("item:") + itemId;
    if (reading() == key) {
        stop();
        return;
    }
    const QString text = itemText(itemId);
    if (!text.isEmpty())
        speak(key, text);
}

void Voice::toggleNotice(const QString &title, const QString &body)
{
    const QString key = QStringLiteral("notice:") + title;
    if (reading() == key) {
        stop();
        return;
    }
    speak(key, readout::forNotice(title, body));
}

void Voice::readScreen(const QString &title)
{
    if (m_screenReader && !title.isEmpty())
        speak(QStringLiteral("screen"), title);
}

void Voice::readLabel(const QString &label)
{
    if (m_screenReader && !label.isEmpty())
        speak(QStringLiteral("label"), label);
}

void Voice::stop()
{
    m_player->stop();
    m_reading.clear();
    emit changed();
}

Sounds::Sounds(UiSounds *sounds, QObject *parent) : QObject(parent), m_sounds(sounds) { }

void Sounds::setInstance(Sounds *sounds)
{
    s_sounds = sounds;
}

Sounds *Sounds::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_sounds, "Sounds::create", "main() must set up the services before QML loads");
    QJSEngine::setObjectOwnership(s_sounds, QJSEngine::CppOwnership);
    return s_sounds;
}

void Sounds::touch()
{
    if (m_sounds)
        m_sounds->touch();
}

void Sounds::page()
{
    if (m_sounds)
        m_sounds->page();
}

} // namespace tongban
