#pragma once

#include <QString>
#include <QStringList>

namespace tongban::tool {

// `tongban-content fleet report|syncthing-config …` (the office's side of the fleet); `args`
// are the words after "fleet", options included.
int fleet(const QString &dataDir, const QStringList &args);

} // namespace tongban::tool
