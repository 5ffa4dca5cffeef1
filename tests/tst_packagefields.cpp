// The package's field checks are written out by hand for speed (issue 15); each must do exactly
// what the regular expression it replaced did, and the URL check what it did with QUrl alone.
// Those are kept here as the reference, and both are run on every short string over an
// alphabet of the characters that matter, and on many generated dates, counts, codes, lists
// and URLs.
#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include "packagetables.h"
#include "urlpolicy.h"

namespace ref {
bool isId(const QString &v)
{
    static const QRegularExpression p(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return p.match(v).hasMatch();
}
bool isCode(const QString &v)
{
    static const QRegularExpression p(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return p.match(v).hasMatch();
}
int count(const QString &v) // -1: not a count
{
    static const QRegularExpression p(QStringLiteral("^(\\d{1,9})(\\.0+)?$"));
    const auto m = p.match(v);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}
bool hasControl(const QString &s)
{
    return std::any_of(
        s.cbegin(), s.cend(), [](QChar c) { return c.category() == QChar::Other_Control && c != u'\n' && c != u'\t'; });
}
QStringList splitList(const QString &value)
{
    QStringList out;
    static const QRegularExpression sep(QStringLiteral("[;；、,，]"));
    for (const QString &part : value.split(sep))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}
QString normalizeDate(const QString &text)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression time(QStringLiteral("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$"));
    s.remove(time);
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(\\.0+)?$"));
    if (const auto m = ymd.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    if (const auto m = ym.match(s); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        return (month >= 1 && month <= 12) ? QStringLiteral("%1-%2").arg(m.captured(1)).arg(month, 2, 10, QLatin1Char('0'))
                                           : QString();
    }
    if (const auto m = serial.match(s); m.hasMatch())
        return QDate(1899, 12, 30).addDays(m.captured(1).toInt()).toString(Qt::ISODate);
    return {};
}
// UrlPolicy::check as it was, every URL through QUrl.
QString urlCheck(const QStringList &hosts, const QString &url)
{
    if (url.trimmed().isEmpty())
        return QCoreApplication::translate("tongban::UrlPolicy", "没有网址");
    if (url.toUtf8().size() > tongban::UrlPolicy::MaxUrlBytes)
        return QCoreApplication::translate("tongban::UrlPolicy", "网址超过 %1 字节").arg(tongban::UrlPolicy::MaxUrlBytes);
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
    for (const QString &allowed : hosts) {
        if (allowed.startsWith(u'.') ? (host.endsWith(allowed) || host == allowed.mid(1)) : host == allowed)
            return {};
    }
    return QCoreApplication::translate("tongban::UrlPolicy", "网址所在网站「%1」不在本机允许的政府网站名单内").arg(host);
}
} // namespace ref

namespace {
using namespace tongban;

int count(const QString &v)
{
    int n = 0;
    return package::toCount(v, &n) ? n : -1;
}

// Every string of up to `length` symbols of `alphabet` (a symbol may be two UTF-16 units).
QStringList allStrings(const QStringList &alphabet, int length)
{
    QStringList out{QString()}, last{QString()};
    for (int n = 1; n <= length; ++n) {
        QStringList next;
        for (const QString &s : std::as_const(last))
            for (const QString &a : alphabet)
                next.append(s + a);
        out += next;
        last = next;
    }
    return out;
}

// Strings shaped like what staff type into a date, count or list cell, with every kind of
// near miss: digit runs of any length, separators, spaces, times, fractions.
QStringList generated(int n)
{
    static const QStringList pieces = {"2026", "1", "12", "05", "31", "0", "00", "123", "46027", "99999", "2026-", "-", "/", ".",
        "年", "月", "日", " ", "  ", "\t", "\n", "\u3000", ":", "0:00", " 0:00", " 12:30:00", " 1:2", ".0", ".00", ";", "；",
        "、", ",", "，", "a", "x-1", "_", QString(QChar(0xD800)), QStringLiteral("😀"), QString(QChar(0x85)), "\r"};
    QRandomGenerator random(15);
    QStringList out;
    for (int i = 0; i < n; ++i) {
        QString s;
        const int parts = 1 + int(random.bounded(7));
        for (int p = 0; p < parts; ++p)
            s += pieces.at(random.bounded(int(pieces.size())));
        out.append(s);
    }
    return out;
}
} // namespace

class TestPackageFields : public QObject
{
    Q_OBJECT
private:
    static void compareAll(const QStringList &inputs)
    {
        for (const QString &s : inputs) {
            const QByteArray shown = s.toUtf8().toPercentEncoding();
            QVERIFY2(package::isId(s) == ref::isId(s), shown.constData());
            QVERIFY2(package::isCode(s) == ref::isCode(s), shown.constData());
            QVERIFY2(count(s) == ref::count(s), shown.constData());
            QVERIFY2(package::hasControl(s) == ref::hasControl(s), shown.constData());
            QVERIFY2(package::splitList(s) == ref::splitList(s), shown.constData());
            const QString date = package::normalizeDate(s), expected = ref::normalizeDate(s);
            QVERIFY2(date == expected && date.isNull() == expected.isNull(),
                qPrintable(QStringLiteral("%1: %2, expected %3").arg(QString::fromLatin1(shown), date, expected)));
        }
    }

private slots:
    void shortStringsOverTheCharactersThatMatter()
    {
        const QStringList alphabet = {"0", "7", "a", "Z", "-", ".", "_", "/", ":", " ", "\n", "\t", "年", "月", "日", ";", "，",
            "、", "\u3000", QString(QChar(0xD800)), QString(QChar(0x7F))};
        compareAll(allStrings(alphabet, 4));
    }

    void generatedCells() { compareAll(generated(300000)); }

    void everyDayOfSomeYears()
    {
        QStringList inputs;
        for (QDate d(1999, 12, 1); d < QDate(2001, 3, 1); d = d.addDays(1))
            inputs << d.toString(Qt::ISODate) << d.toString(QStringLiteral("yyyy/M/d"))
                   << d.toString(QStringLiteral("yyyy年M月d日")) << d.toString(QStringLiteral("yyyy.MM.dd 0:00"))
                   << d.toString(QStringLiteral("yyyy - M - d 日")) << QString::number(QDate(1899, 12, 30).daysTo(d));
        inputs << "2026-02-29"
               << "2024-02-29"
               << "0000-01-01"
               << "0001-01-01"
               << "9999-12-31"
               << "2026-13"
               << "2026-00"
               << "2026-1-32"
               << "2026-01-05 24:00"
               << "2026-01-05 1:00:0";
        compareAll(inputs);
    }

    void urlsAsQUrlReadsThem()
    {
        static const QStringList schemes = {"https://", "https://", "https://", "http://", "HTTPS://", "https:/", "https:///",
            "ftp://", "", "https:", " https://"};
        static const QStringList users = {"", "", "", "", "user@", "a:b@", "@"};
        static const QStringList labels = {"zwfw", "jl", "gov", "cn", "www", "a-b", "-a", "a-", "xn--fiqs8s", "1", "123", "0x7f",
            "ZWFW", "a_b", "ab--cd", "例子", "", "localhost", "Gov", QString(63, u'a'), QString(64, u'a')};
        static const QStringList ports = {"", "", "", "", ":443", ":8443", ":", ":0443", ":x"};
        static const QStringList rests = {"", "/", "/x", "/jlszwfw/item/12", "?area=220100", "?a=b&c=d", "#frag", "/a b", "/%41",
            "/%zz", "/~u", "/例", "//", "/..", "?x=/y?", "[", "]", "@", "+", "!", "'", "/a.b-c_d~e", "?q=A-Z", "\\", "|", "^",
            "`", "{", "\"", "<", "%", ";", ",", "*", "(", ")", "$", "\n", "\t", " "};
        const QStringList hosts = {"zwfw.jl.gov.cn", ".gov.cn", "www.jl.gov.cn", "localhost"};
        const tongban::UrlPolicy policy(hosts);
        QRandomGenerator random(15);
        auto pick = [&](const QStringList &from) { return from.at(random.bounded(int(from.size()))); };
        // Every other URL is one of the plain shape read without QUrl, but for perhaps one piece.
        static const QStringList plainLabels = {"zwfw", "jl", "gov", "cn", "www", "a-b", "1", "x9"};
        static const QStringList plainRests = {
            "/", "/x", "/jlszwfw/item/12", "?area=220100", "?a=b&c=d", "/~u", "//", "/..", "?x=/y?", "/a.b-c_d~e", "?q=A-Z", "?"};
        for (int i = 0; i < 200000; ++i) {
            const bool plain = i % 2;
            auto maybePlain = [&](const QStringList &from, const QStringList &plainFrom) {
                return plain && random.bounded(20) ? pick(plainFrom) : pick(from);
            };
            QString host;
            for (int n = 1 + int(random.bounded(4)); n > 0; --n)
                host += maybePlain(labels, plainLabels) + (n > 1 ? "." : "");
            if (random.bounded(10) == 0)
                host += u'.';
            QString url = maybePlain(schemes, {"https://"}) + maybePlain(users, {""}) + host + maybePlain(ports, {""});
            for (int n = int(random.bounded(4)); n > 0; --n)
                url += maybePlain(rests, plainRests);
            if (random.bounded(50) == 0)
                url += QString(int(random.bounded(520)), u'a');
            const QString got = policy.check(url), expected = ref::urlCheck(hosts, url);
            QVERIFY2(got == expected, qPrintable(url + ": " + got + ", expected " + expected));
        }
    }

    void longCodesAndCounts()
    {
        compareAll({QString(64, u'a'), QString(65, u'a'), QString(9, u'9'), QString(10, u'9'), "123456789.000", "1234567890",
            QString(64, u'a') + u'\n', "15\n", "15.0\n", "15.\n", "a\n", "\n"});
    }
};

QTEST_GUILESS_MAIN(TestPackageFields)
#include "tst_packagefields.moc"
