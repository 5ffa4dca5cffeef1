#pragma once

#include <QByteArrayList>
#include <QtGlobal>

namespace tongban {

// Qt's messages to the systemd journal, one entry each with its priority and the logging
// category as the field QT_CATEGORY (see logging.h), so `journalctl -u tongban-kiosk -p warning`
// and `journalctl -u tongban-kiosk QT_CATEGORY=tongban.content` work. Installed only when
// stderr goes to the journal (systemd sets JOURNAL_STREAM); elsewhere messages stay on stderr.
// Returns whether the handler was installed.
bool installJournalHandler();

// The journal fields of one message (MESSAGE=, PRIORITY=, QT_CATEGORY=, …): what the handler
// sends, for the tests.
QByteArrayList journalFields(QtMsgType type, const QMessageLogContext &context, const QString &message);

} // namespace tongban
