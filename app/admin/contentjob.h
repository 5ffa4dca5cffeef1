#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>

namespace tongban {

// One content job of the admin screen — diff, import or rollback of a package — run as
// `tongban-content --db DATA … --json` in a child process: the one import path the tool and
// the fleet use, off the UI thread, and a crash or a pulled stick there never takes the kiosk
// down. The tool prints a line {"step": …} after each import step and one result object.
class ContentJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { None, Diff, Import, Rollback };
    Q_ENUM(Kind)

    ContentJob(QString tool, QString dataDir, QObject *parent = nullptr);
    ~ContentJob() override;

    Kind kind() const { return m_kind; }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    // False (and nothing started) while a job runs.
    bool diff(const QString &package);
    bool import(const QString &package);
    bool rollback();
    // Waits for a running job (shutdown, tests). True when none is left.
    bool waitForFinished(int timeoutMs);

    // The import's steps in the order the progress bar shows them (Importer::steps()).
    static QStringList importSteps();

signals:
    void stepDone(const QString &step, int index, int total);
    // The tool's result object; on a crash or a tool that did not start, one made here with
    // "result": "failed" (or "ok": false) and a plain message.
    void finished(const QJsonObject &result);

private:
    bool start(Kind kind, const QStringList &args);
    void readLines();
    void done(int exitCode, QProcess::ExitStatus status);

    QString m_tool;
    QString m_dataDir;
    Kind m_kind = Kind::None;
    QProcess m_process;
    QByteArray m_pending;
    QJsonObject m_result;
    QByteArray m_stderr;
};

} // namespace tongban
