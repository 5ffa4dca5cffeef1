#include "linkscommand.h"

#include "contentstatus.h"
#include "contentstore.h"
#include "csv.h"
#include "itemdetail.h"
#include "qrimage.h"
#include "services.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSqlQuery>

#include <cstdio>

namespace tongban::tool {

namespace {
constexpr int kQuietModules = 4;
constexpr int kModulePixels = 8;

// The code with its quiet zone, large enough to scan off a laptop screen.
QImage scannable(const QImage &code)
{
    const int side = (code.width() + 2 * kQuietModules) * kModulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    p.drawImage(QRect(kQuietModules * kModulePixels, kQuietModules * kModulePixels, code.width() * kModulePixels,
                    code.height() * kModulePixels),
        code);
    return image;
}
} // namespace

int links(const Context &c)
{
    const auto started = startServices(c);
    if (!started)
        return 2;
    Services &services = *started;
    const QList<LinkRow> rows = itemLinks(services);
    if (c.csv) {
        QByteArray csv = Csv::row({"id", "name", "template", "url", "state", "verified_at", "verified_by", "age_days", "shown"});
        for (const LinkRow &r : rows)
            csv += Csv::row({r.id, r.name, r.link.templateId, r.link.deepUrl, r.link.stateName(), r.link.verifiedAt,
                r.link.verifiedBy, r.link.ageDays < 0 ? QString() : QString::number(r.link.ageDays), r.link.url});
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
    } else {
        const int maxAge = services.settings().verifiedMaxAgeDays;
        out(QStringLiteral("本机城市 %1，今天 %2，核实有效期 %3 天")
                .arg(services.settings().cityCode, services.content()->today().toString(Qt::ISODate))
                .arg(maxAge));
        for (const LinkRow &r : rows) {
            QString state;
            switch (r.link.state) {
            case ItemLink::State::None:
                state = QStringLiteral("无直达网址");
                break;
            case ItemLink::State::Unverified:
                state = QStringLiteral("未核实");
                break;
            case ItemLink::State::Expired:
                state = QStringLiteral("核实已过期（%1 由 %2 核实，%3 天前）")
                            .arg(r.link.verifiedAt, r.link.verifiedBy)
                            .arg(r.link.ageDays);
                break;
            case ItemLink::State::Refused:
                state = QStringLiteral("网址被拒绝：%1").arg(r.link.problem);
                break;
            case ItemLink::State::Verified:
                state = QStringLiteral("已核实（%1 由 %2 核实，%3 天前）")
                            .arg(r.link.verifiedAt, r.link.verifiedBy)
                            .arg(r.link.ageDays);
                break;
            }
            out(QStringLiteral("%1 %2").arg(r.id, r.name));
            if (!r.link.templateId.isEmpty())
                out(QStringLiteral("  模板: %1").arg(r.link.templateId));
            if (!r.link.deepUrl.isEmpty())
                out(QStringLiteral("  网址: %1").arg(r.link.deepUrl));
            out(QStringLiteral("  状态: %1").arg(state));
            out(QStringLiteral("  二维码现在打开: %1").arg(r.link.url));
        }
    }
    if (c.qrDir.isEmpty())
        return 0;

    const QDir dir(c.qrDir);
    if (!QDir().mkpath(c.qrDir)) {
        err(QStringLiteral("无法创建文件夹「%1」").arg(c.qrDir));
        return 2;
    }
    const UrlPolicy policy = services.settings().urlPolicy();
    int written = 0, skipped = 0;
    for (const LinkRow &r : rows) {
        if (r.link.deepUrl.isEmpty()) {
            ++skipped;
            continue;
        }
        QString why;
        const QImage code = encodeQr(r.link.deepUrl, policy, &why);
        if (code.isNull()) {
            err(QStringLiteral("%1：无法生成二维码：%2").arg(r.id, why));
            ++skipped;
            continue;
        }
        const QString file = dir.filePath(r.id + QStringLiteral(".png"));
        if (!scannable(code).save(file, "PNG")) {
            err(QStringLiteral("无法写入「%1」").arg(file));
            return 2;
        }
        ++written;
    }
    (c.csv ? err : out)(
        QStringLiteral("已写出 %1 个二维码到 %2；%3 个事项没有可扫的直达网址").arg(written).arg(c.qrDir).arg(skipped));
    return 0;
}

} // namespace tongban::tool
