#pragma once

#include <QString>

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

} // namespace tongban
