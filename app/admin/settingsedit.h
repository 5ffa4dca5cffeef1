#pragma once

#include <QList>
#include <QString>

namespace tongban {

// One change to kiosk.ini: key "section/name", e.g. "admin/pin_hash".
struct SettingChange
{
    QString key;
    QString value;
};

// Changes kiosk.ini line by line, never through QSettings (which would drop the installer's
// comments): existing keys are changed in place, missing ones appended to their section
// (created at the end when absent); every comment, blank line and other key stays as it was.
// Values are written quoted so that QSettings reads them back as one string (a PIN hash holds
// commas). Written atomically (QSaveFile) with the file's mode kept (0600 stays 0600).
bool updateSettingsFile(const QString &file, const QList<SettingChange> &changes, QString *error);

} // namespace tongban
