// tongban-content: the staff's content tool; the work is in the tongban library.
#include "contenttool.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tongban-content"));
    return tongban::runContentTool(QCoreApplication::arguments());
}
