#pragma once

#include <memory>

class QQuickWindow;

namespace tongban {

class Admin;
class AttractLoop;
class Kiosk;
class Printer;
class Sounds;
class UiSounds;
class Voice;
class Services;
class Visit;

// The QML singletons over one set of services, published before QML loads and withdrawn
// before the services go. The app and the tests build the same set.
class Singletons
{
public:
    explicit Singletons(Services *services);
    ~Singletons();
    Singletons(const Singletons &) = delete;
    Singletons &operator=(const Singletons &) = delete;

    Kiosk *kiosk() const { return m_kiosk.get(); }
    Visit *visit() const { return m_visit.get(); }
    Printer *printer() const { return m_printer.get(); }
    Voice *voice() const { return m_voice.get(); }
    AttractLoop *attract() const { return m_attract.get(); }
    UiSounds *sounds() const { return m_uiSounds.get(); }
    Admin *admin() const { return m_admin.get(); }

    // The window's input filters, in the order that matters: the admin gesture and session
    // watch first, then the TouchGuard (installed last, so it runs first and refuses palms).
    void attach(QQuickWindow *window);

private:
    std::unique_ptr<Kiosk> m_kiosk;
    std::unique_ptr<Visit> m_visit;
    std::unique_ptr<Printer> m_printer;
    std::unique_ptr<UiSounds> m_uiSounds;
    std::unique_ptr<Sounds> m_sounds;
    std::unique_ptr<Voice> m_voice;
    std::unique_ptr<AttractLoop> m_attract;
    std::unique_ptr<Admin> m_admin;
};

} // namespace tongban
