// The admin screen's USB stick: finding the packages on it for the import, and writing the
// usage figures onto it (read-write for that export alone). Part of Admin (admin.h).
#include "admin.h"

#include "clock.h"
#include "contentstore.h"
#include "kiosksettings.h"
#include "removablemedia.h"
#include "services.h"
#include "usagereport.h"

#include <QDir>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace tongban {

void Admin::ensureMedia()
{
    if (m_media)
        return;
    m_media = std::make_unique<RemovableMedia>(KioskSettings::load(m_parts.services->paths().settingsFile()).mediaRoots);
    connect(m_media.get(), &RemovableMedia::scanned, this, &Admin::stickScanned);
    connect(m_media.get(), &RemovableMedia::mountedReadWrite, this, &Admin::exportMounted);
    connect(m_media.get(), &RemovableMedia::unmounted, this, [this](const QString &, const QString &problem) {
        exportDone(problem.isEmpty() ? tr("已导出「%1」到U盘，现在可以拔下U盘。").arg(m_exportFile)
                                     : tr("已导出「%1」，但U盘未能卸载（%2）：请稍候再拔下。").arg(m_exportFile, problem));
    });
}

void Admin::stickScanned(const QList<StickPackage> &found, const QString &problem)
{
    m_packages.clear();
    for (const StickPackage &p : found) {
        QStringList detail{p.volumeLabel.isEmpty() ? p.fileName : tr("%1 · %2").arg(p.volumeLabel, p.fileName)};
        if (!p.contentVersion.isEmpty())
            detail.append(tr("版本 %1").arg(p.contentVersion));
        if (p.modified.isValid())
            detail.append(p.modified.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (!p.note.isEmpty())
            detail.append(p.note);
        m_packages.append(QVariantMap{{"path", p.path}, {"name", p.name}, {"detail", detail.join(QStringLiteral("，"))}});
    }
    m_stickProblem = problem;
    m_scanning = false;
    emit stickChanged();
    if (!m_exportWaitsForScan)
        return;
    m_exportWaitsForScan = false;
    const QList<StickVolume> volumes = m_media->volumes();
    if (volumes.isEmpty()) {
        exportDone(problem.isEmpty() ? tr("没有找到U盘：请插入U盘后再导出。") : problem);
        return;
    }
    m_media->mountReadWrite(volumes.first().device);
}

void Admin::exportMounted(const QString &device, const QString &mountPoint, const QString &problem)
{
    if (!m_exporting)
        return;
    if (mountPoint.isEmpty()) {
        exportDone(tr("U盘不能写入（%1），没有导出。").arg(problem));
        return;
    }
    // The write goes to the stick, which may be slow or pulled: on a worker thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, device] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            exportDone(tr("没有导出：%1").arg(error));
            if (m_media->usesUdisks())
                m_media->unmount(device);
            return;
        }
        if (m_media->usesUdisks())
            m_media->unmount(device); // staff may pull the stick once it is unmounted
        else
            exportDone(tr("已导出「%1」到U盘。").arg(m_exportFile));
    });
    const QString path = QDir(mountPoint).filePath(m_exportFile);
    watcher->setFuture(QtConcurrent::run([path, bytes = m_exportCsv]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return {};
    }));
}

void Admin::exportDone(const QString &message)
{
    if (!m_exporting)
        return;
    m_exporting = false;
    m_exportCsv.clear();
    m_exportMessage = message;
    m_parts.services->state().logEvent(QStringLiteral("usage-export"), message);
    emit exportChanged();
}

void Admin::exportFigures(int days)
{
    if (m_stage != Open || m_exporting || m_scanning)
        return;
    const QDate to = Clock::now().date();
    const QDate from = to.addDays(-qMax(1, days) + 1);
    const UsageReport report = usageReport(m_parts.services->state(), from, to, usageNames(*m_parts.services->content()));
    m_exportCsv = usageCsv(report);
    m_exportFile = usageCsvFileName(m_parts.services->settings().hallName, from, to);
    m_exporting = true;
    m_exportMessage = tr("正在导出…");
    emit exportChanged();
    // Find the stick afresh (it may have been changed since the import), then mount it
    // read-write for this export alone.
    ensureMedia();
    m_exportWaitsForScan = true;
    m_scanning = true;
    emit stickChanged();
    m_media->refresh();
}

QVariantMap Admin::figures(int days) const
{
    const QDate to = Clock::now().date();
    const QDate from = to.addDays(-qMax(1, days) + 1);
    const UsageReport r = usageReport(m_parts.services->state(), from, to, usageNames(*m_parts.services->content()));
    QStringList totals;
    for (auto it = r.totals.cbegin(); it != r.totals.cend(); ++it)
        totals.append(tr("%1：%2 次").arg(usageKindLabel(it.key())).arg(it.value()));
    QStringList ratings;
    for (int score = 5; score >= 1; --score)
        ratings.append(tr("%1：%2").arg(ratingLabel(score)).arg(r.ratings[size_t(score - 1)]));
    QStringList items;
    for (const UsageReport::Item &i : r.items.mid(0, 30)) {
        QString line = tr("%1：打开 %2，看二维码 %3，打印 %4")
                           .arg(i.name.isEmpty() ? i.id : i.name)
                           .arg(i.opened)
                           .arg(i.qrKept)
                           .arg(i.printed);
        if (i.printFailed > 0)
            line += tr("，打印失败 %1").arg(i.printFailed);
        if (i.ratingCount() > 0)
            line += tr("，评价 %1 次（满意及以上 %2）").arg(i.ratingCount()).arg(i.ratings[3] + i.ratings[4]);
        items.append(line);
    }
    const auto targets = [this](const QList<UsageReport::Target> &list) {
        QStringList out;
        for (const UsageReport::Target &t : list.mid(0, 20))
            out.append(tr("%1：%2 次").arg(t.name.isEmpty() ? t.id : t.name).arg(t.count));
        return out;
    };
    QStringList dayLines;
    for (const UsageReport::Day &d : r.days) {
        QStringList parts;
        for (auto it = d.kinds.cbegin(); it != d.kinds.cend(); ++it)
            parts.append(tr("%1 %2").arg(usageKindLabel(it.key())).arg(it.value()));
        dayLines.append(tr("%1：%2").arg(d.day.toString(Qt::ISODate), parts.join(QStringLiteral("，"))));
    }
    return {{"span", tr("%1 至 %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))}, {"totals", totals},
        {"ratings", ratings}, {"items", items}, {"notices", targets(r.notices)}, {"found", targets(r.searchesFound)},
        {"notFound", targets(r.searchesNotFound)}, {"days", dayLines}};
}

void Admin::scanStick()
{
    if (m_stage != Open || m_scanning)
        return;
    m_scanning = true;
    m_stickProblem.clear();
    emit stickChanged();
    ensureMedia();
    m_media->refresh();
}

} // namespace tongban
