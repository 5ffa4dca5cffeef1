#include "printoutcome.h"

#include <QCoreApplication>

namespace tongban {

QString PrintOutcome::problemName(PrintProblem problem)
{
    switch (problem) {
    case PrintProblem::None:
        return QCoreApplication::translate("tongban::PrintOutcome", "已打印");
    case PrintProblem::NoPrinter:
        return QCoreApplication::translate("tongban::PrintOutcome", "本机未连接打印机");
    case PrintProblem::UnknownItem:
        return QCoreApplication::translate("tongban::PrintOutcome", "找不到这个事项");
    case PrintProblem::BadPaper:
        return QCoreApplication::translate("tongban::PrintOutcome", "打印机不支持这种纸张");
    case PrintProblem::NotFound:
        return QCoreApplication::translate("tongban::PrintOutcome", "找不到设置的打印机");
    case PrintProblem::ServiceDown:
        return QCoreApplication::translate("tongban::PrintOutcome", "打印服务没有运行");
    case PrintProblem::Offline:
        return QCoreApplication::translate("tongban::PrintOutcome", "打印机未开机或未连接");
    case PrintProblem::PaperOut:
        return QCoreApplication::translate("tongban::PrintOutcome", "打印机缺纸");
    case PrintProblem::CoverOpen:
        return QCoreApplication::translate("tongban::PrintOutcome", "打印机的盖子没有合好");
    case PrintProblem::PaperJam:
        return QCoreApplication::translate("tongban::PrintOutcome", "打印机卡纸");
    case PrintProblem::SupplyEmpty:
        return QCoreApplication::translate("tongban::PrintOutcome", "打印机缺墨或缺碳粉");
    case PrintProblem::Paused:
        return QCoreApplication::translate("tongban::PrintOutcome", "打印机已暂停使用");
    case PrintProblem::JobFailed:
        return QCoreApplication::translate("tongban::PrintOutcome", "打印没有完成");
    case PrintProblem::Timeout:
        return QCoreApplication::translate("tongban::PrintOutcome", "打印机没有响应");
    case PrintProblem::Unwritable:
        return QCoreApplication::translate("tongban::PrintOutcome", "无法写入打印输出");
    }
    return {};
}

QString PrintOutcome::message() const
{
    if (ok())
        return QCoreApplication::translate("tongban::PrintOutcome", "已打印，请取走办事指南。");
    if (problem == PrintProblem::UnknownItem)
        return QCoreApplication::translate("tongban::PrintOutcome", "找不到这个事项的办事指南。请到帮办代办窗口请工作人员帮忙。");
    // Residents hear what happened in a few words and what still works: the code on screen.
    const QString what = problem == PrintProblem::NoPrinter || problem == PrintProblem::PaperOut
            || problem == PrintProblem::CoverOpen || problem == PrintProblem::PaperJam || problem == PrintProblem::Offline
            || problem == PrintProblem::SupplyEmpty
        ? problemName(problem)
        : QCoreApplication::translate("tongban::PrintOutcome", "打印机暂时无法使用");
    return QCoreApplication::translate(
        "tongban::PrintOutcome", "%1。请用手机扫描屏幕上的二维码，或到帮办代办窗口请工作人员帮忙。")
        .arg(what);
}

QString PrintOutcome::staffMessage() const
{
    return ok() ? problemName(problem)
                : QCoreApplication::translate("tongban::PrintOutcome", "打印失败：%1").arg(problemName(problem));
}

} // namespace tongban
