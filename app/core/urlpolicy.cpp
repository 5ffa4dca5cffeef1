#include "urlpolicy.h"

#include <QCoreApplication>
#include <QUrl>

namespace tongban {

namespace {
UrlPolicy &currentPolicy()
{
    static UrlPolicy policy;
    return policy;
}
} // namespace

UrlPolicy::UrlPolicy(const QStringList &allowedHosts)
{
    for (const QString &host : allowedHosts) {
        const QString h = host.trimmed().toLower();
        if (!h.isEmpty())
            m_hosts.append(h);
    }
}

QString UrlPolicy::check(const QString &url) const
{
    if (url.trimmed().isEmpty())
        return QCoreApplication::translate("tongban::UrlPolicy", "没有网址");
    if (url.toUtf8().size() > MaxUrlBytes)
        return QCoreApplication::translate("tongban::UrlPolicy", "网址超过 %1 字节").arg(MaxUrlBytes);
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative())
        return QCoreApplication::translate("tongban::UrlPolicy", "网址格式不正确");
    if (parsed.scheme() != QLatin1String("https"))
        return QCoreApplication::translate("tongban::UrlPolicy", "只允许 https 网址");
    if (!parsed.userInfo().isEmpty())
        return QCoreApplication::translate("tongban::UrlPolicy", "网址不得包含用户名或密码");
    if (parsed.port() != -1 && parsed.port() != 443)
        return QCoreApplication::translate("tongban::UrlPolicy", "网址不得指定其他端口");
    const QString host = parsed.host().toLower();
    for (const QString &allowed : m_hosts) {
        if (allowed.startsWith(u'.') ? (host.endsWith(allowed) || host == allowed.mid(1)) : host == allowed)
            return {};
    }
    return QCoreApplication::translate("tongban::UrlPolicy", "网址所在网站「%1」不在本机允许的政府网站名单内").arg(host);
}

const UrlPolicy &UrlPolicy::current()
{
    return currentPolicy();
}

void UrlPolicy::setCurrent(const UrlPolicy &policy)
{
    currentPolicy() = policy;
}

} // namespace tongban
