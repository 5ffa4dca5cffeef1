#pragma once

// A private PulseAudio server with a null sink, for tests that play sound: Qt Multimedia 6.4
// plays through PulseAudio, and with no server it has no audio outputs at all. Start it before
// anything touches Qt Multimedia (the backend connects once).
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class SoundServer
{
public:
    // False when pulseaudio is missing or does not come up.
    bool start(const QString &dir)
    {
        QDir().mkpath(dir);
        const QString socket = QDir(dir).filePath(QStringLiteral("native"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir);
        env.remove(QStringLiteral("PULSE_SERVER"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("pulseaudio"),
            {QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                QStringLiteral("--log-level=error"), QStringLiteral("-L"),
                QStringLiteral("module-native-protocol-unix socket=%1").arg(socket), QStringLiteral("-L"),
                QStringLiteral("module-null-sink")});
        if (!m_process.waitForStarted(10000))
            return false;
        const QString server = QStringLiteral("unix:") + socket;
        // Up when a client sees the null sink.
        const bool up = QTest::qWaitFor(
            [&] {
                QProcess pactl;
                QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
                e.insert(QStringLiteral("PULSE_SERVER"), server);
                pactl.setProcessEnvironment(e);
                pactl.start(QStringLiteral("pactl"), {QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sinks")});
                return pactl.waitForFinished(5000) && pactl.exitCode() == 0 && pactl.readAllStandardOutput().contains("null");
            },
            20000);
        if (up)
            qputenv("PULSE_SERVER", server.toUtf8());
        return up;
    }
    ~SoundServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

private:
    QProcess m_process;
};
