#include "contentjob.h"

#include "importer.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tongban {

ContentJob::ContentJob(QString tool, QString dataDir, QObject *parent)
    : QObject(parent), m_tool(std::move(tool)), m_dataDir(std::move(dataDir))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ContentJob::readLines);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { m_stderr += m_process.readAllStandardError(); });
    connect(&m_process, &QProcess::finished, this, &ContentJob::done);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done(-1, QProcess::CrashExit);
    });
}

ContentJob::~ContentJob()
{
    // An import is safe to stop at any moment (the content is swapped in by a rename), but one
    // about to finish should finish.
    if (running() && !m_process.waitForFinished(30000))
        m_process.kill();
    m_process.disconnect(this);
}

QStringList ContentJob::importSteps()
{
    return Importer::steps();
}

bool ContentJob::diff(const QString &package)
{
    return start(Kind::Diff, {QStringLiteral("diff"), package});
}
bool ContentJob::import(const QString &package)
{
    return start(Kind::Import, {QStringLiteral("import"), package});
}
bool ContentJob::rollback()
{
    return start(Kind::Rollback, {QStringLiteral("rollback")});
}

bool ContentJob::waitForFinished(int timeoutMs)
{
    return !running() || m_process.waitForFinished(timeoutMs);
}

bool ContentJob::start(Kind kind, const QStringList &args)
{
    if (running())
        return false;
    m_kind = kind;
    m_pending.clear();
    m_stderr.clear();
    m_result = {};
    m_process.start(m_tool, QStringList{QStringLiteral("--db"), m_dataDir} + args + QStringList{QStringLiteral("--json")});
    return true;
}

void ContentJob::readLines()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(end).trimmed();
        m_pending.remove(0, end + 1);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            continue;
        if (object.contains(QLatin1String("step"))) {
            const QString step = object.value(QLatin1String("step")).toString();
            const QStringList steps = importSteps();
            emit stepDone(step, int(steps.indexOf(step)), int(steps.size()));
        } else {
            m_result = object;
        }
    }
}

void ContentJob::done(int exitCode, QProcess::ExitStatus status)
{
    readLines();
    QJsonObject result = m_result;
    if (result.isEmpty()) {
        // The tool died (or never ran) before it could say: say it here, plainly.
        const QString why = status == QProcess::CrashExit
            ? QCoreApplication::translate("admin", "内容工具意外中止（%1）；原有内容未受影响").arg(m_process.errorString())
            : QCoreApplication::translate("admin", "内容工具退出（代码 %1）：%2；原有内容未受影响")
                  .arg(exitCode)
                  .arg(QString::fromUtf8(m_stderr).trimmed().section(u'\n', -1));
        result = m_kind == Kind::Diff ? QJsonObject{{"ok", false}, {"message", why}}
                                      : QJsonObject{{"result", "failed"}, {"message", why}};
    }
    m_kind = Kind::None;
    emit finished(result);
}

} // namespace tongban
