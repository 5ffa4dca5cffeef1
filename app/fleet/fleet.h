#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "manifest.h"

namespace tongban {
class Services;
}

namespace tongban::fleet {

// Names Syncthing uses for files it is still writing, and its folder marker: never part of a
// package, never touched.
bool isSyncthingFile(const QString &name);

// One candidate in the inbox: a folder holding manifest.json, or a .zip.
struct InboxPackage
{
    enum class State {
        Incomplete, // more is on its way (or it never will be: see FleetAgent's settle time)
        Complete, // every file there with its hash, the signature good: may be imported
        Refused, // tampered: a bad signature, or files the signed list does not name
    };
    QString path;
    // Changes whenever any file of it changes (names, sizes, times): a package refused once
    // is tried again only when something new has arrived.
    QString key;
    State state = State::Incomplete;
    QString why; // what is missing or wrong
    PackageManifest manifest; // folders only, once the manifest could be read

    bool complete() const { return state == State::Complete; }
};

// A folder package is complete when its manifest.json and manifest.sig are there, the
// signature verifies with `publicKey`, and every file the manifest lists is there with the
// listed SHA-256 (and no Syncthing temporary file is left in it). Syncthing renames each file
// when it is whole, but a package is many files, and a file the office's Syncthing scanned
// while it was being written arrives whole but wrong: its hash holds it back until the right
// one comes. A package without a files list (unsigned) is never complete: the inbox takes
// only signed packages. A .zip is complete when it opens as an archive (its directory is
// written last); its signature and hashes are checked by the import itself.
InboxPackage inspect(const QString &path, const QString &publicKey);
QList<InboxPackage> scanInbox(const QString &inbox, const QString &publicKey);

// The kiosk's status for the office, as written to the outbox.
QJsonObject statusFor(Services &services, const QString &kioskId, const QDateTime &now);

// Writes `bytes` to `target` atomically: the temporary file lives in `tempDir` (outside the
// synced folder, so Syncthing never sends half a file); where that is another file system it
// falls back to a name in the outbox that Syncthing always ignores (.syncthing.*.tmp).
bool writeAtomically(const QString &target, const QByteArray &bytes, const QString &tempDir, QString *error);

// Usage of one day from local state as CSV (UTF-8 with BOM): day,kind,target,count.
QByteArray usageCsv(Services &services, const QDate &day, const QString &kioskId);

// One kiosk's outbox as the office reads it.
struct KioskReport
{
    QString folder;
    QJsonObject status;
    QDateTime writtenAt;
    bool stale = false;
    QString problem; // unreadable status.json, …
    QList<QStringList> usage; // day, kind, target, count
};

// Each DIR is one kiosk's outbox, or a folder of them.
QList<KioskReport> readOutboxes(const QStringList &dirs, const QDateTime &now, int staleHours);

struct SyncthingPeer
{
    QString deviceId;
    QString name;
    QString address; // tcp://127.0.0.1:22001
};

struct SyncthingConfig
{
    bool office = false;
    QString deviceId; // this device (from `syncthing --device-id`)
    QString name;
    QString listen; // tcp://127.0.0.1:22001
    QString gui; // 127.0.0.1:8384
    QString apiKey;
    QList<SyncthingPeer> peers;
    // Office: packages folder (send-only) and one receive-only folder per kiosk (under
    // outboxRoot/<kiosk name>). Kiosk: inbox (receive-only) and outbox (send-only).
    QString packages; // office: the folder the content office drops signed packages in
    QString outboxRoot; // office
    QString inbox; // kiosk
    QString outbox; // kiosk
    int rescanSeconds = 60;
};

// Syncthing's config.xml, everything that reaches beyond the configured peers switched off.
QByteArray syncthingConfigXml(const SyncthingConfig &config);

} // namespace tongban::fleet
