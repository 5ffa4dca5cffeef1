#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tongban {

// One problem found in a package, reported to staff as `file:line:column: 说明`.
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    bool warning = false;

    QString toString() const;
    QJsonObject toJson() const;
};

int errorCount(const QList<Diagnostic> &diagnostics);

} // namespace tongban
