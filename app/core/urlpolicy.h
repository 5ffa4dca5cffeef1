#pragma once

#include <QString>
#include <QStringList>

namespace tongban {

// Which URLs may become a QR code: https only, on the kiosk settings' allowlist of government
// hosts, at most 512 bytes. The allowlist comes from the settings, never from content.
class UrlPolicy
{
public:
    static constexpr int MaxUrlBytes = 512;

    UrlPolicy() = default;
    explicit UrlPolicy(const QStringList &allowedHosts);

    QStringList allowedHosts() const { return m_hosts; }
    // Empty when allowed; otherwise a plain Chinese reason.
    QString check(const QString &url) const;
    bool allows(const QString &url) const { return check(url).isEmpty(); }

    // The policy QR codes are drawn under, set once by the application (or a test).
    static const UrlPolicy &current();
    static void setCurrent(const UrlPolicy &policy);

private:
    QStringList m_hosts; // lower case; ".example.gov.cn" also admits its subdomains
};

} // namespace tongban
