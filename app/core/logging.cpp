#include "logging.h"

namespace tongban {
Q_LOGGING_CATEGORY(lcContent, "tongban.content")
Q_LOGGING_CATEGORY(lcStore, "tongban.store")
Q_LOGGING_CATEGORY(lcSearch, "tongban.search")
Q_LOGGING_CATEGORY(lcPrint, "tongban.print")
Q_LOGGING_CATEGORY(lcUi, "tongban.ui")
Q_LOGGING_CATEGORY(lcSystem, "tongban.system")
} // namespace tongban
