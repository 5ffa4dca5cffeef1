#include "pin.h"

#include <QCoreApplication>

#include <sodium.h>

namespace tongban::pin {

QByteArray hash(const QString &pin)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QByteArray(out);
}

bool verify(const QByteArray &hash, const QString &pin)
{
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES || sodium_init() < 0)
        return false;
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool acceptable(const QString &pin, QString *why)
{
    auto refuse = [why](const char *text) {
        if (why)
            *why = QCoreApplication::translate("admin", text);
        return false;
    };
    if (pin.size() < 4 || pin.size() > 12)
        return refuse(QT_TRANSLATE_NOOP("admin", "管理密码须为 4 到 12 位数字"));
    for (const QChar c : pin)
        if (c < u'0' || c > u'9')
            return refuse(QT_TRANSLATE_NOOP("admin", "管理密码只能是数字（在触摸屏的数字键盘上输入）"));
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same &= step == 0;
        up &= step == 1;
        down &= step == -1;
    }
    if (same)
        return refuse(QT_TRANSLATE_NOOP("admin", "管理密码不能全是同一个数字"));
    if (up || down)
        return refuse(QT_TRANSLATE_NOOP("admin", "管理密码不能是连续的数字（如 1234）"));
    return true;
}

} // namespace tongban::pin
