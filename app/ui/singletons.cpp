#include "singletons.h"

#include "contentstore.h"
#include "kiosk.h"
#include "printer.h"
#include "services.h"
#include "visit.h"

namespace tongban {

Singletons::Singletons(Services *services) : m_kiosk(std::make_unique<Kiosk>(services))
{
    Kiosk::setInstance(m_kiosk.get());
    m_visit = std::make_unique<Visit>(services->settings().cityCode, services->settings().idleTimeoutSeconds);
    Visit::setInstance(m_visit.get());
    m_printer = std::make_unique<Printer>(services);
    Printer::setInstance(m_printer.get());

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

Singletons::~Singletons()
{
    if (m_printer)
        m_printer->waitForIdle(30000);
    m_printer.reset();
    Visit::setInstance(nullptr);
    Kiosk::setInstance(nullptr);
}

} // namespace tongban
