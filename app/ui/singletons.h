#pragma once

#include <memory>

namespace tongban {

class Kiosk;
class Printer;
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

private:
    std::unique_ptr<Kiosk> m_kiosk;
    std::unique_ptr<Visit> m_visit;
    std::unique_ptr<Printer> m_printer;
};

} // namespace tongban
