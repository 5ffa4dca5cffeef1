#pragma once

#include <QObject>
#include <QString>

#include "contentstore.h"
#include "kiosksettings.h"
#include "localstate.h"

namespace tongban {

// Where the three stores live. One root keeps them side by side but in separate files:
//   <root>/kiosk.ini          kiosk settings (installer / staff)
//   <root>/content/*.sqlite   content (replaced by imports)
//   <root>/state.sqlite       local state (usage, event log)
struct Paths
{
    QString root;

    QString settingsFile() const;
    QString contentDir() const;
    QString stateFile() const;

    // --data DIR, else $TONGBAN_DATA_DIR, else the platform's app data folder.
    static Paths resolve(const QString &override = {});
};

// The kiosk's services, built once in main() (or a test) and shared by QML and the tools.
class Services : public QObject
{
    Q_OBJECT
public:
    explicit Services(const Paths &paths, QObject *parent = nullptr);

    // Loads settings, opens local state and the best usable content. False only when not
    // even the embedded default content can be opened.
    bool start(QString *error = nullptr);

    const Paths &paths() const { return m_paths; }
    const KioskSettings &settings() const { return m_settings; }
    LocalState &state() { return m_state; }
    ContentStore *content() const { return m_content; }

private:
    Paths m_paths;
    KioskSettings m_settings;
    LocalState m_state;
    ContentStore *m_content = nullptr;
};

} // namespace tongban
