#include "startcounter.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <ctime>
#include <unistd.h>

namespace tongban {

StartCounter::StartCounter(const QString &dir) : m_dir(dir) { }

QString StartCounter::defaultDir()
{
    if (const QString dir = qEnvironmentVariable("TONGBAN_RUNTIME_DIR"); !dir.isEmpty())
        return dir;
    // systemd's RuntimeDirectory= may list several folders separated by ':'.
    if (const QString dir = qEnvironmentVariable("RUNTIME_DIRECTORY").section(u':', 0, 0); !dir.isEmpty())
        return dir;
    if (const QString dir = qEnvironmentVariable("XDG_RUNTIME_DIR"); !dir.isEmpty())
        return dir + QStringLiteral("/tongban");
    return QDir::tempPath() + QStringLiteral("/tongban-%1").arg(getuid());
}

qint64 StartCounter::secondsSinceBoot()
{
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return ts.tv_sec;
}

QString StartCounter::file() const
{
    return QDir(m_dir).filePath(QStringLiteral("starts"));
}

const char *StartCounter::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Normal:
        return "normal";
    case Mode::DefaultContent:
        return "default-content";
    case Mode::Minimal:
        return "minimal";
    }
    return "?";
}

StartCounter::Mode StartCounter::recordStart(qint64 now)
{
    m_starts.clear();
    QFile in(file());
    if (in.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : in.readAll().split('\n')) {
            bool ok = false;
            const qint64 t = line.trimmed().toLongLong(&ok);
            // A start "in the future" is from before a reboot the folder survived: dropped.
            if (ok && t <= now && now - t < kWindowSeconds)
                m_starts.append(t);
        }
    }
    m_starts.append(now);

    QDir().mkpath(m_dir);
    QSaveFile out(file());
    QByteArray text;
    for (qint64 t : std::as_const(m_starts))
        text += QByteArray::number(t) + '\n';
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(file(), out.errorString());
        qCWarning(lcSystem).noquote() << "start counter:" << m_error << "(starting normally)";
        return Mode::Normal;
    }
    if (recentStarts() < kLoopStarts)
        return Mode::Normal;
    if (recentStarts() == kLoopStarts)
        return Mode::DefaultContent;
    return Mode::Minimal;
}

} // namespace tongban
