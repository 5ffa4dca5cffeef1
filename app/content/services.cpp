#include "services.h"

#include "contentpackage.h"
#include "logging.h"

#include <QDir>

namespace tongban {

QString embeddedPackage()
{
    return QStringLiteral(":/tongban/default-content");
}

ContentStore::DefaultContent embeddedDefaultContent(const UrlPolicy &policy)
{
    ContentStore::DefaultContent content;
    PackageManifest manifest;
    QList<Diagnostic> diagnostics;
    if (ContentPackage::readManifest(embeddedPackage(), &manifest, &diagnostics))
        content.version = manifest.contentVersion;
    content.build = [policy](const QString &outPath, QString *error) {
        ContentPackage package(policy);
        if (package.build(embeddedPackage(), outPath))
            return true;
        QStringList lines;
        for (const Diagnostic &d : package.diagnostics())
            lines.append(d.toString());
        if (error)
            *error = lines.join(u'\n');
        return false;
    };
    return content;
}

Services::Services(const Paths &paths, QObject *parent) : QObject(parent), m_paths(paths) { }

bool Services::start(QString *error)
{
    return start(StartOptions{}, error);
}

bool Services::start(const StartOptions &options, QString *error)
{
    QDir().mkpath(m_paths.root);
    QString settingsError;
    m_settings = KioskSettings::load(m_paths.settingsFile(), &settingsError);
    if (!m_state.open(m_paths.stateFile()))
        qCWarning(lcContent).noquote() << "local state unavailable:" << m_state.errorString();
    if (!settingsError.isEmpty())
        m_state.logEvent(QStringLiteral("settings"), settingsError);
    UrlPolicy::setCurrent(m_settings.urlPolicy());
    m_content = new ContentStore(m_paths.contentDir(), &m_state, this);
    m_content->setDefaultContent(embeddedDefaultContent(m_settings.urlPolicy()));
    m_content->setDefaultOnly(m_defaultContentOnly);
    m_content->setFullCheck(options.fullCheck);
    QString migrateError;
    if (options.migrateContent && !m_content->migrateStored(&migrateError))
        m_state.logEvent(QStringLiteral("content-migrate-failed"), migrateError);
    const bool opened = m_content->open();
    m_content->setFullCheck(false); // once, at start; later reopens are of checked imports
    if (!opened) {
        if (error)
            *error = QStringLiteral("没有可用的内容");
        return false;
    }
    return true;
}

} // namespace tongban
