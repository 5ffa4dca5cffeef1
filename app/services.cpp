#include "services.h"

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

Services::Services(const Paths &paths, QObject *parent) : QObject(parent), m_paths(paths) { }

bool Services::start(QString *error)
{
    QDir().mkpath(m_paths.root);
    QString settingsError;
    m_settings = KioskSettings::load(m_paths.settingsFile(), &settingsError);
    if (!m_state.open(m_paths.stateFile()))
        qWarning().noquote() << "local state unavailable:" << m_state.errorString();
    if (!settingsError.isEmpty())
        m_state.logEvent(QStringLiteral("settings"), settingsError);
    UrlPolicy::setCurrent(m_settings.urlPolicy());
    m_content = new ContentStore(m_paths.contentDir(), m_settings.urlPolicy(), &m_state, this);
    if (!m_content->open()) {
        if (error)
            *error = QStringLiteral("没有可用的内容");
        return false;
    }
    return true;
}

} // namespace tongban
