#include "terms.h"

#include <QCoreApplication>

namespace tongban {

namespace {
// Listed for lupdate; translated at display time.
[[maybe_unused]] constexpr const char *kTerms[] = {
    QT_TRANSLATE_NOOP("tongban::Terms", "全程网办"),
    QT_TRANSLATE_NOOP("tongban::Terms", "异地受理、属地审批"),
    QT_TRANSLATE_NOOP("tongban::Terms", "代收代办"),
    QT_TRANSLATE_NOOP("tongban::Terms", "多地联办"),
    QT_TRANSLATE_NOOP("tongban::Terms", "在办"),
    QT_TRANSLATE_NOOP("tongban::Terms", "即将开通"),
    QT_TRANSLATE_NOOP("tongban::Terms", "已停办"),
    QT_TRANSLATE_NOOP("tongban::Terms", "工作日"),
    QT_TRANSLATE_NOOP("tongban::Terms", "自然日"),
    QT_TRANSLATE_NOOP("tongban::Terms", "即办"),
    QT_TRANSLATE_NOOP("tongban::Terms", "公告"),
    QT_TRANSLATE_NOOP("tongban::Terms", "政策解读"),
    QT_TRANSLATE_NOOP("tongban::Terms", "典型案例"),
    QT_TRANSLATE_NOOP("tongban::Terms", "便民提示"),
    QT_TRANSLATE_NOOP("tongban::Terms", "通办窗口"),
    QT_TRANSLATE_NOOP("tongban::Terms", "帮办代办"),
    QT_TRANSLATE_NOOP("tongban::Terms", "跨省通办"),
    QT_TRANSLATE_NOOP("tongban::Terms", "24小时自助区"),
    QT_TRANSLATE_NOOP("tongban::Terms", "法律援助"),
    QT_TRANSLATE_NOOP("tongban::Terms", "其他"),
    QT_TRANSLATE_NOOP("tongban::Terms", "长春"),
    QT_TRANSLATE_NOOP("tongban::Terms", "吉林"),
    QT_TRANSLATE_NOOP("tongban::Terms", "四平"),
    QT_TRANSLATE_NOOP("tongban::Terms", "辽源"),
};
} // namespace

QString term(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QByteArray utf8 = value.toUtf8();
    return QCoreApplication::translate("tongban::Terms", utf8.constData());
}

} // namespace tongban
