#pragma once

#include <QStringList>

namespace tongban {

// `tongban-content`: the staff's command-line tool for the content store. Returns the exit
// code: 0 done, 1 the package or content is refused, 2 usage or I/O error.
int runContentTool(const QStringList &arguments);

} // namespace tongban
