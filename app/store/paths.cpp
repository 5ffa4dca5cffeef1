#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace tongban {

QString Paths::settingsFile() const
{
    return QDir(root).filePath(QStringLiteral("kiosk.ini"));
}
QString Paths::contentDir() const
{
    return QDir(root).filePath(QStringLiteral("content"));
}
QString Paths::stateFile() const
{
    return QDir(root).filePath(QStringLiteral("state.sqlite"));
}

Paths Paths::resolve(const QString &override)
{
    QString root = override;
    if (root.isEmpty())
        root = qEnvironmentVariable("TONGBAN_DATA_DIR");
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tongban");
    return {QDir(root).absolutePath()};
}

} // namespace tongban
