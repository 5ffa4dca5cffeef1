#include "singletons.h"

#include "admin.h"
#include "attractloop.h"
#include "attractplayer.h"
#include "contentstore.h"
#include "kiosk.h"
#include "printer.h"
#include "services.h"
#include "touchguard.h"
#include "uisounds.h"
#include "visit.h"
#include "voice.h"

#include <QCoreApplication>
#include <QQuickWindow>

namespace tongban {

Singletons::Singletons(Services *services) : m_kiosk(std::make_unique<Kiosk>(services))
{
    Kiosk::setInstance(m_kiosk.get());
    m_visit = std::make_unique<Visit>(services->settings().cityCode, services->settings().idleTimeoutSeconds);
    Visit::setInstance(m_visit.get());
    m_printer = std::make_unique<Printer>(services);
    Printer::setInstance(m_printer.get());
    const KioskSettings &settings = services->settings();
    m_uiSounds = std::make_unique<UiSounds>();
    m_uiSounds->configure(settings.touchSounds, settings.volume, settings.quietHours);
    m_sounds = std::make_unique<Sounds>(m_uiSounds.get());
    Sounds::setInstance(m_sounds.get());
    m_voice = std::make_unique<Voice>(services->content(), &services->state(), m_visit.get(), settings.volume, settings.cityCode);
    Voice::setInstance(m_voice.get());
    // One attract loop (and one media player) for the life of the process.
    m_attract = std::make_unique<AttractLoop>(services->content(), &services->state());
    AttractPlayer::setLoop(m_attract.get());
    m_admin = std::make_unique<Admin>(Admin::Parts{.services = services,
        .kiosk = m_kiosk.get(),
        .visit = m_visit.get(),
        .printer = m_printer.get(),
        .sounds = m_uiSounds.get(),
        .voice = m_voice.get(),
        .contentTool = QCoreApplication::applicationDirPath() + QStringLiteral("/tongban-content")});
    Admin::setInstance(m_admin.get());

    // New content from `tongban-content import` is switched to at the next idle moment,
    // never in the middle of a visit: at once when nobody is using the kiosk, else when the
    // visit ends.
    ContentStore *store = services->content();
    Visit *visit = m_visit.get();
    store->setWatching(true);
    QObject::connect(store, &ContentStore::newContentAvailable, visit, [store, visit] {
        if (!visit->active())
            store->reopen();
    });
    QObject::connect(visit, &Visit::ended, store, [store] {
        if (store->liveReplaced())
            store->reopen();
    });
}

void Singletons::attach(QQuickWindow *window)
{
    m_admin->attach(window);
    window->installEventFilter(new TouchGuard(window));
}

Singletons::~Singletons()
{
    Admin::setInstance(nullptr);
    m_admin.reset();
    if (m_printer)
        m_printer->waitForIdle(30000);
    m_printer.reset();
    AttractPlayer::setLoop(nullptr);
    m_attract.reset();
    Voice::setInstance(nullptr);
    m_voice.reset();
    Sounds::setInstance(nullptr);
    m_sounds.reset();
    m_uiSounds.reset();
    Visit::setInstance(nullptr);
    Kiosk::setInstance(nullptr);
}

} // namespace tongban
