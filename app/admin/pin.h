#pragma once

#include <QByteArray>
#include <QString>

namespace tongban::pin {

// The admin PIN is kept only as a salted slow hash: libsodium's crypto_pwhash_str (Argon2id,
// interactive limits: about 70 ms and 64 MiB here), in kiosk.ini as [admin] pin_hash. Both
// calls are slow on purpose: callers keep them off the UI thread.
QByteArray hash(const QString &pin); // empty on failure (out of memory)
bool verify(const QByteArray &hash, const QString &pin); // false for an empty or garbled hash

// 4 to 12 digits, not one digit repeated, not a run such as 1234 or 9876. `why`: a plain
// sentence for the installer.
bool acceptable(const QString &pin, QString *why = nullptr);

} // namespace tongban::pin
