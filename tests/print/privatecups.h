#pragma once

// A private CUPS scheduler for tests: cupsd from Debian's cups-daemon, configured in a temp
// folder, listening only on a Unix socket there (CUPS_SERVER points libcups at it). Queues
// are made with lpadmin; jobs go through CUPS's own scheduler and backends. Job files are
// kept (PreserveJobFiles), so a test can read the document a job carried.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

class PrivateCups
{
public:
    static QString cupsd() { return QStringLiteral("/usr/sbin/cupsd"); }
    static bool available() { return QFile::exists(cupsd()) && QFile::exists(QStringLiteral("/usr/sbin/lpadmin")); }

    bool start(QString *error)
    {
        const QDir d(m_dir.path());
        for (const char *sub : {"spool", "cache", "state", "log", "ppd"})
            d.mkpath(QString::fromLatin1(sub));
        const QString files = QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nCacheDir %1/cache\nStateDir %1/state\n"
                                             "TempDir %1/spool\nErrorLog %1/log/error_log\nAccessLog %1/log/access_log\n"
                                             "PageLog %1/log/page_log\nFileDevice Yes\nUser lp\nGroup lp\nSystemGroup root\n")
                                  .arg(m_dir.path());
        const QString conf = QStringLiteral("Listen %1\nLogLevel info\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
                                            "PreserveJobFiles Yes\n"
                                            "<Policy default>\n<Limit All>\nOrder deny,allow\n</Limit>\n</Policy>\n")
                                 .arg(socket());
        if (!write(d.filePath("cups-files.conf"), files) || !write(d.filePath("cupsd.conf"), conf)) {
            *error = QStringLiteral("cannot write the cupsd configuration");
            return false;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(cupsd(), {"-f", "-c", d.filePath("cupsd.conf"), "-s", d.filePath("cups-files.conf")});
        for (int i = 0; i < 100 && !QFile::exists(socket()); ++i)
            QThread::msleep(50);
        if (!QFile::exists(socket())) {
            *error = QStringLiteral("cupsd did not start: %1").arg(QString::fromLocal8Bit(m_process.readAll()));
            return false;
        }
        return true;
    }
    ~PrivateCups()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    // The document of job `id` as the scheduler received it.
    QByteArray jobDocument(int id) const
    {
        QFile f(m_dir.filePath(QStringLiteral("spool/d%1-001").arg(id, 5, 10, QLatin1Char('0'))));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString socket() const { return m_dir.filePath(QStringLiteral("cups.sock")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString errorLog() const
    {
        QFile f(m_dir.filePath(QStringLiteral("log/error_log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
    }

    // Runs a CUPS admin tool (lpadmin, cupsdisable, cupsreject) against this scheduler.
    int admin(const QString &tool, const QStringList &args, QByteArray *output = nullptr) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("/usr/sbin/") + tool, QStringList{QStringLiteral("-h"), socket()} + args);
        p.waitForFinished(30000);
        if (output)
            *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private:
    static bool write(const QString &path, const QString &text)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
    }

    QTemporaryDir m_dir{QStringLiteral("/tmp/tongban-cups-XXXXXX")}; // short: a socket path has ≤ 107 bytes
    QProcess m_process;
};
