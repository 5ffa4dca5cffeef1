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
    // The 吉事办 page every item without a verified deep link opens; `{area}` is the kiosk's
    // city code (GB/T 2260). Kiosk setting [urls] portal.
    static constexpr const char *DefaultPortal = "https://zwfw.jl.gov.cn/jlszwfw/?area={area}";
    QString portal() const { return m_portal; }
    void setPortal(const QString &pattern) { m_portal = pattern; }
    // A deep link's verification older than this counts as none. [urls] verified_max_age_days.
    int verifiedMaxAgeDays() const { return m_maxAgeDays; }
    void setVerifiedMaxAgeDays(int days) { m_maxAgeDays = days; }
    // Empty when allowed; otherwise a plain Chinese reason.
    QString check(const QString &url) const;
    bool allows(const QString &url) const { return check(url).isEmpty(); }

    // The policy QR codes are drawn under, set once by the application (or a test).
    static const UrlPolicy &current();
    static void setCurrent(const UrlPolicy &policy);

private:
    QStringList m_hosts; // lower case; ".example.gov.cn" also admits its subdomains
    QString m_portal = QString::fromLatin1(DefaultPortal);
    int m_maxAgeDays = 365;
};

} // namespace tongban
