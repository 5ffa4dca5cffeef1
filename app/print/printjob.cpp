#include "printjob.h"

#include "cupsprint.h"
#include "escpos.h"
#include "services.h"
#include "sliplayout.h"

#include <QDateTime>
#include <QSaveFile>

#include <cstdio>

namespace tongban {

namespace {

QString jobTitle(const Slip &slip)
{
    // ASCII and unique: CUPS job names pass through local 8-bit encodings.
    return QStringLiteral("tongban-slip-%1-%2").arg(slip.itemId).arg(slip.printedAt.toMSecsSinceEpoch());
}

PrintOutcome writePdf(const SlipLayout &layout, const QString &path, const QString &title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return PrintOutcome::failure(PrintProblem::Unwritable, QStringLiteral("%1: %2").arg(path, file.errorString()));
    QString error;
    if (!layout.writePdf(&file, title, &error))
        return PrintOutcome::failure(PrintProblem::Unwritable, QStringLiteral("%1: %2").arg(path, error));
    if (!file.commit())
        return PrintOutcome::failure(PrintProblem::Unwritable, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

PrintOutcome printSlip(const Slip &slip, const Paper &paper, const PrintTarget &target, const std::atomic_bool *cancel)
{
    if (target.kind == PrintTarget::Kind::None || target.path.isEmpty())
        return PrintOutcome::failure(PrintProblem::NoPrinter, QStringLiteral("kiosk.ini [printer] name 为空"));
    const SlipLayout layout(slip, paper);
    switch (target.kind) {
    case PrintTarget::Kind::Pdf:
        return writePdf(layout, target.path, slip.itemName);
    case PrintTarget::Kind::EscPos:
        if (!paper.isRoll())
            return PrintOutcome::failure(PrintProblem::BadPaper, QStringLiteral("ESC/POS 只支持 58mm 和 80mm 纸卷"));
        return escpos::send(target.path, escpos::encode(layout.raster()));
    case PrintTarget::Kind::Cups: {
        cups::Options options;
        options.cancel = cancel;
        return cups::print(layout, target.path, jobTitle(slip), options);
    }
    case PrintTarget::Kind::None:
        break;
    }
    return PrintOutcome::failure(PrintProblem::NoPrinter, {});
}

void logPrintFailure(Services &services, const PrintOutcome &outcome, const PrintTarget &target, const QString &itemId)
{
    services.state().logEvent(QStringLiteral("print-failed"),
        QStringLiteral("%1（%2，事项 %3）").arg(outcome.staffMessage(), target.describe(), itemId), outcome.detail);
}

int runPrintCommand(Services &services, const QString &itemId, const QString &to, const QString &paperName)
{
    const QString paperText = paperName.isEmpty() ? services.settings().paper : paperName;
    const std::optional<Paper> paper = Paper::parse(paperText);
    if (!paper) {
        std::fprintf(stderr, "tongban-kiosk: 纸张「%s」无效，应为 58mm、80mm 或 a4\n", qPrintable(paperText));
        return 1;
    }
    const PrintTarget target = PrintTarget::parse(to.isEmpty() ? services.settings().printer : to);
    QString error;
    const std::optional<Slip> slip = Slip::forItem(services, itemId, &error);
    const PrintOutcome outcome
        = slip ? printSlip(*slip, *paper, target) : PrintOutcome::failure(PrintProblem::UnknownItem, error);
    if (!outcome.ok()) {
        logPrintFailure(services, outcome, target, itemId);
        std::fprintf(stderr, "tongban-kiosk: %s：%s\n", qPrintable(outcome.staffMessage()), qPrintable(outcome.detail));
        return 1;
    }
    services.state().countUsage(QStringLiteral("print"), itemId);
    std::printf("%s → %s\n", qPrintable(slip->itemName), qPrintable(target.describe()));
    return 0;
}

} // namespace tongban
