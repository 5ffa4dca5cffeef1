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

bool isLowerAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// The host of a URL as content mostly has them, https://zwfw.jl.gov.cn/path?query, read
// without QUrl (an import checks 10 000 of them): lower-case ASCII labels, the last one a
// name, a path and query of unreserved characters, / ? = & only. For such a URL QUrl (strict)
// finds it valid, https, without user or port, and this very host. Empty for any other URL:
// QUrl decides.
QStringView plainHttpsHost(QStringView url)
{
    static constexpr QStringView scheme = u"https://";
    if (!url.startsWith(scheme))
        return {};
    qsizetype end = scheme.size();
    while (end < url.size() && url[end] != u'/' && url[end] != u'?')
        ++end;
    const QStringView host = url.sliced(scheme.size(), end - scheme.size());
    if (host.isEmpty() || host.size() > 253)
        return {};
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i < host.size() && host[i] != u'.') {
            if (!isLowerAlnum(host[i].unicode()) && host[i] != u'-')
                return {};
            continue;
        }
        const QStringView label = host.sliced(labelStart, i - labelStart);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-' || label.contains(u"--"))
            return {};
        if (i == host.size() && !(label.front() >= u'a' && label.front() <= u'z'))
            return {}; // not a name: perhaps an address
        labelStart = i + 1;
    }
    for (qsizetype i = end; i < url.size(); ++i) {
        const char16_t c = url[i].unicode();
        if (!(c < 0x80 && (isLowerAlnum(c) || (c >= u'A' && c <= u'Z') || QStringView(u"-._~/?=&").contains(QChar(c)))))
            return {};
    }
    return host;
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
    QString host = plainHttpsHost(url).toString();
    if (host.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.isRelative())
            return QCoreApplication::translate("tongban::UrlPolicy", "网址格式不正确");
        if (parsed.scheme() != QLatin1String("https"))
            return QCoreApplication::translate("tongban::UrlPolicy", "只允许 https 网址");
        if (!parsed.userInfo().isEmpty())
            return QCoreApplication::translate("tongban::UrlPolicy", "网址不得包含用户名或密码");
        if (parsed.port() != -1 && parsed.port() != 443)
            return QCoreApplication::translate("tongban::UrlPolicy", "网址不得指定其他端口");
        host = parsed.host().toLower();
    }
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
