#pragma once

// A named pipe as the print target: opening it for writing blocks until the test opens the
// other end, so a slip stays "printing" for exactly as long as a test wants — long enough to
// tap again, to see the busy state and to show the event loop running meanwhile. Then
// drain() reads what the kiosk sent.
#include <QByteArray>
#include <QString>

#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

class FifoPrinter
{
public:
    explicit FifoPrinter(const QString &path) : m_path(path) { m_ok = ::mkfifo(path.toLocal8Bit().constData(), 0600) == 0; }
    ~FifoPrinter()
    {
        if (m_reader.joinable())
            m_reader.join();
    }

    bool isValid() const { return m_ok; }
    QString path() const { return m_path; }

    // Opens the reading end (which lets the blocked writer go on) and reads until it closes.
    void drain()
    {
        m_reader = std::thread([this] {
            const int fd = ::open(m_path.toLocal8Bit().constData(), O_RDONLY);
            char buffer[65536];
            for (ssize_t n; fd >= 0 && (n = ::read(fd, buffer, sizeof buffer)) > 0;)
                m_bytes.append(buffer, n);
            if (fd >= 0)
                ::close(fd);
        });
    }
    QByteArray bytes()
    {
        if (m_reader.joinable())
            m_reader.join();
        return m_bytes;
    }

private:
    QString m_path;
    bool m_ok = false;
    std::thread m_reader;
    QByteArray m_bytes;
};
