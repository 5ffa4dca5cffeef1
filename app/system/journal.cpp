#include "journal.h"

#include <QCoreApplication>
#include <QString>

#include <sys/stat.h>
#include <sys/uio.h>
#include <systemd/sd-journal.h>

#include <cstdio>
#include <vector>

namespace tongban {

namespace {
int priority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7; // LOG_DEBUG
    case QtInfoMsg:
        return 6; // LOG_INFO
    case QtWarningMsg:
        return 4; // LOG_WARNING
    case QtCriticalMsg:
        return 3; // LOG_ERR
    case QtFatalMsg:
        return 2; // LOG_CRIT
    }
    return 6;
}

// stderr is the journal stream systemd named in JOURNAL_STREAM ("device:inode").
bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    if (stream.isEmpty())
        return false;
    struct stat st
    {
    };
    if (fstat(2, &st) != 0)
        return false;
    return stream == QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino));
}

void journalHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArrayList fields = journalFields(type, context, message);
    std::vector<iovec> iov;
    iov.reserve(fields.size());
    for (const QByteArray &f : fields)
        iov.push_back(iovec{const_cast<char *>(f.constData()), size_t(f.size())});
    if (sd_journal_sendv(iov.data(), int(iov.size())) < 0)
        std::fprintf(stderr, "%s\n", qPrintable(message)); // the journal is gone: stderr
}
} // namespace

QByteArrayList journalFields(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArrayList fields;
    fields << "MESSAGE=" + message.toUtf8();
    fields << "PRIORITY=" + QByteArray::number(priority(type));
    const QString app = QCoreApplication::applicationName();
    fields << "SYSLOG_IDENTIFIER=" + (app.isEmpty() ? QByteArray("tongban") : app.toUtf8());
    fields << QByteArray("QT_CATEGORY=") + (context.category ? context.category : "default");
    if (context.file) {
        fields << QByteArray("CODE_FILE=") + context.file;
        fields << "CODE_LINE=" + QByteArray::number(context.line);
    }
    if (context.function)
        fields << QByteArray("CODE_FUNC=") + context.function;
    return fields;
}

bool installJournalHandler()
{
    if (!stderrIsJournal())
        return false;
    qInstallMessageHandler(journalHandler);
    return true;
}

} // namespace tongban
