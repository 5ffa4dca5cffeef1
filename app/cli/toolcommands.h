#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace tongban {
class Services;
}

namespace tongban::tool {

// What every command of `tongban-content` gets from the command line.
struct Context
{
    QString dataDir; // --db, empty: the kiosk's data folder
    QStringList args; // positional arguments after the command
    bool json = false;
    QString key; // --key
    bool allowOlder = false; // --allow-older
    bool csv = false; // links: --csv
    QString qrDir; // links: --qr DIR
    QString from, to; // stats: --from DATE --to DATE
};

// The stores of --db (or the kiosk's data folder), opened; null after printing why (the
// command then exits 2).
std::unique_ptr<Services> startServices(const Context &c);

void out(const QString &text);
void err(const QString &text);

int validate(const Context &c);
int diff(const Context &c);
int importPackage(const Context &c);
int exportContent(const Context &c);
int status(const Context &c);
int rollback(const Context &c);
int keygen(const Context &c);
int sign(const Context &c);
int setPin(const Context &c);
int stats(const Context &c);

} // namespace tongban::tool
