#include "diagnostic.h"

namespace tongban {

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(qMax(1, column));
    return QStringLiteral("%1: %2%3").arg(where, warning ? QStringLiteral("警告：") : QString(), message);
}

QJsonObject Diagnostic::toJson() const
{
    return {
        {"file", file}, {"line", line}, {"column", column}, {"severity", warning ? "warning" : "error"}, {"message", message}};
}

int errorCount(const QList<Diagnostic> &diagnostics)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return !d.warning; }));
}

} // namespace tongban
