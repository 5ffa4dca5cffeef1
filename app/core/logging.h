#pragma once

#include <QLoggingCategory>

// The kiosk's logging categories. Under systemd they reach the journal with the field
// QT_CATEGORY (app/system/journal.h), so an engineer can read one area:
//   journalctl -u tongban-kiosk QT_CATEGORY=tongban.content
// Nothing personal is ever logged (no search text, no visit contents).
namespace tongban {
Q_DECLARE_LOGGING_CATEGORY(lcContent) // tongban.content: imports, packages, fallbacks
Q_DECLARE_LOGGING_CATEGORY(lcStore) // tongban.store: databases, settings, the event log
Q_DECLARE_LOGGING_CATEGORY(lcSearch) // tongban.search
Q_DECLARE_LOGGING_CATEGORY(lcPrint) // tongban.print
Q_DECLARE_LOGGING_CATEGORY(lcUi) // tongban.ui: QML, models, the window
Q_DECLARE_LOGGING_CATEGORY(lcSystem) // tongban.system: start counter, watchdog, start modes
} // namespace tongban
