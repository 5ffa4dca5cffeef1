// `tongban-content status`, `keygen` and `sign`.
#include "toolcommands.h"

#include "contentstatus.h"
#include "packagesource.h"
#include "services.h"
#include "signing.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace tongban::tool {

int status(const Context &c)
{
    const auto started = startServices(c);
    if (!started)
        return 2;
    const ContentStatus s = contentStatus(*started);
    out(QStringLiteral("数据目录: %1").arg(s.dataDir));
    out(QStringLiteral("内容来源: %1 (%2)").arg(s.origin, s.file));
    out(QStringLiteral("内容版本: %1").arg(s.contentVersion));
    out(QStringLiteral("制作时间: %1").arg(s.builtAt));
    out(QStringLiteral("导入时间: %1").arg(s.loadedAt));
    if (s.clockBeforeBuild)
        out(QStringLiteral("警告：本机时钟（%1）早于内容的制作时间，时钟可能不准").arg(s.now.toString(Qt::ISODate)));
    QStringList counts;
    for (const ContentStatus::Count &n : s.counts)
        counts.append(QStringLiteral("%1 %2").arg(n.table).arg(n.rows));
    out(QStringLiteral("数量: %1").arg(counts.join(QStringLiteral("，"))));

    // Deep links the kiosk does not draw today: never checked, checked too long ago, refused.
    out(QStringLiteral("网址未核实的事项: %1").arg(s.unverifiedLinks.size()));
    for (const LinkRow &r : s.unverifiedLinks.mid(0, 20))
        out(QStringLiteral("  %1 %2（%3）").arg(r.id, r.name, r.link.stateName()));
    if (s.unverifiedLinks.size() > 20)
        out(QStringLiteral("  …另有 %1 个").arg(s.unverifiedLinks.size() - 20));

    out(QStringLiteral("7 天内到期的公告: %1").arg(s.expiringNotices.size()));
    for (const ContentStatus::Notice &n : s.expiringNotices)
        out(QStringLiteral("  %1 %2（截止 %3）").arg(n.id, n.title, n.expireAt));
    if (s.diskFreeBytes >= 0)
        out(QStringLiteral("磁盘剩余: %1 MB").arg(s.diskFreeBytes / (1024 * 1024)));
    out(QStringLiteral("最近事件: %1").arg(s.events.size()));
    for (const LocalState::Event &e : s.events)
        out(QStringLiteral("  [%1] %2 %3").arg(e.at.toString(Qt::ISODate), e.kind, e.message));
    return 0;
}

int keygen(const Context &c)
{
    const QString file = c.key.isEmpty() ? QStringLiteral("tongban-content.key") : c.key;
    if (QFile::exists(file)) {
        err(QStringLiteral("「%1」已存在，不会覆盖；请换一个文件名（--key FILE）").arg(file));
        return 2;
    }
    const PackageSigning::KeyPair pair = PackageSigning::generate();
    QFile secret(file);
    if (pair.secretKey.isEmpty() || !secret.open(QIODevice::WriteOnly)
        || !secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || secret.write(pair.secretKey + '\n') != pair.secretKey.size() + 1) {
        err(QStringLiteral("无法写入私钥文件「%1」").arg(file));
        return 2;
    }
    out(QStringLiteral("私钥已写入 %1（只留在制作内容包的电脑上，不要拷到自助机）").arg(file));
    out(QStringLiteral("公钥（写入每台自助机 kiosk.ini 的 [content] 一节）："));
    out(QStringLiteral("public_key=%1").arg(QString::fromLatin1(pair.publicKey)));
    return 0;
}

int sign(const Context &c)
{
    const QString package = c.args.at(0);
    if (c.key.isEmpty()) {
        err(QStringLiteral("用法：tongban-content sign PKG --key FILE（或 --key - 从标准输入读取私钥）"));
        return 2;
    }
    if (PackageSource::isZip(package) || !QFileInfo(package).isDir()) {
        err(QStringLiteral("请对内容包文件夹签名，签名后再压缩成 zip"));
        return 2;
    }
    QString error;
    const QByteArray secret = PackageSigning::readSecretKey(c.key, &error);
    if (secret.isEmpty() || !PackageSigning::signFolder(package, secret, &error)) {
        err(error);
        return 2;
    }
    out(QStringLiteral("已签名：%1 个文件列入 manifest.json，签名写入 manifest.sig")
            .arg(PackageSigning::packageFiles(package).size()));
    return 0;
}

} // namespace tongban::tool
