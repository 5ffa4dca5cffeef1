#pragma once

#include <QObject>
#include <QString>

#include "contentstore.h"
#include "kiosksettings.h"
#include "localstate.h"
#include "paths.h"

namespace tongban {

// The kiosk's services, built once in main() (or a test) and shared by QML and the tools.
// The embedded default content (db/seed, compiled in) for a store's last resort.
ContentStore::DefaultContent embeddedDefaultContent(const UrlPolicy &policy);
QString embeddedPackage();

class Services : public QObject
{
    Q_OBJECT
public:
    explicit Services(const Paths &paths, QObject *parent = nullptr);

    struct StartOptions
    {
        // The kiosk after an unclean shutdown: check the content in full before using it.
        bool fullCheck = false;
        // The tool: migrate stored content of an older schema (on a copy) before opening it.
        bool migrateContent = true;
    };

    // Loads settings, opens local state and the best usable content. False only when not
    // even the embedded default content can be opened.
    bool start(QString *error = nullptr);
    bool start(const StartOptions &options, QString *error = nullptr);
    // Before start(): open only the embedded default content (the start after a crash loop).
    void setDefaultContentOnly(bool on) { m_defaultContentOnly = on; }

    const Paths &paths() const { return m_paths; }
    const KioskSettings &settings() const { return m_settings; }
    LocalState &state() { return m_state; }
    ContentStore *content() const { return m_content; }

private:
    Paths m_paths;
    KioskSettings m_settings;
    LocalState m_state;
    ContentStore *m_content = nullptr;
    bool m_defaultContentOnly = false;
};

} // namespace tongban
