#include "kiosk.h"

#include "contentstore.h"
#include "services.h"

namespace tongban {

namespace {
Kiosk *s_instance = nullptr;
}

Kiosk::Kiosk(Services *services, QObject *parent) : QObject(parent), m_services(services)
{
    connect(store(), &ContentStore::contentChanged, this, &Kiosk::contentChanged);
}

Kiosk *Kiosk::instance()
{
    return s_instance;
}
void Kiosk::setInstance(Kiosk *kiosk)
{
    s_instance = kiosk;
}

Kiosk *Kiosk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Kiosk::create", "main() must set up the services before QML loads");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

ContentStore *Kiosk::store() const
{
    return m_services->content();
}
QString Kiosk::hallName() const
{
    return m_services->settings().hallName;
}
QString Kiosk::cityCode() const
{
    return m_services->settings().cityCode;
}
QString Kiosk::cityName() const
{
    return tongban::cityName(cityCode());
}
QString Kiosk::contentVersion() const
{
    return store()->contentVersion();
}
QString Kiosk::contentOrigin() const
{
    return store()->originName();
}

QString Kiosk::contentDate() const
{
    const QDate date = store()->builtAt().date();
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

} // namespace tongban
