#include "singletons.h"

#include "kiosk.h"
#include "services.h"
#include "visit.h"

namespace tongban {

Singletons::Singletons(Services *services) : m_kiosk(std::make_unique<Kiosk>(services))
{
    Kiosk::setInstance(m_kiosk.get());
    m_visit = std::make_unique<Visit>(services->settings().idleTimeoutSeconds);
    Visit::setInstance(m_visit.get());
}

Singletons::~Singletons()
{
    Visit::setInstance(nullptr);
    Kiosk::setInstance(nullptr);
}

} // namespace tongban
