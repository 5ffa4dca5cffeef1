#pragma once

// A serial receipt printer at the far end of a pseudo-terminal: the code under test opens
// the pty's slave like /dev/ttyUSB0, sends real ESC/POS, and gets DLE EOT answers from here.
// Only the printer is simulated; the bytes and the device handling are the real ones.
#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdlib>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <thread>
#include <unistd.h>

class PtyPrinter
{
public:
    // Answers to DLE EOT 1, 2 and 4; -1: stay silent (a printer without status support).
    PtyPrinter(int printer, int offlineCause, int paperSensor) : m_answers{printer, offlineCause, paperSensor}
    {
        m_master = posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0)
            return;
        m_slave = QString::fromLocal8Bit(ptsname(m_master));
        // Hold the slave open so the master never sees a hang-up between the kiosk's opens.
        m_hold = ::open(ptsname(m_master), O_RDWR | O_NOCTTY);
        m_thread = std::thread([this] { serve(); });
    }
    ~PtyPrinter()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_hold >= 0)
            ::close(m_hold);
        if (m_master >= 0)
            ::close(m_master);
    }

    bool isValid() const { return !m_slave.isEmpty(); }
    QString device() const { return m_slave; }
    // Everything received, status queries included.
    QByteArray received()
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }
    int queries() const { return m_queries; }

private:
    void serve()
    {
        QByteArray pending;
        while (!m_stop) {
            pollfd p{m_master, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0 || !(p.revents & POLLIN))
                continue;
            char buffer[4096];
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                continue;
            {
                std::lock_guard lock(m_mutex);
                m_received.append(buffer, n);
            }
            // A real printer answers DLE EOT n in real time, wherever it appears.
            pending.append(buffer, n);
            for (qsizetype i = 0; i + 2 < pending.size(); ++i) {
                if (pending[i] != 0x10 || pending[i + 1] != 0x04)
                    continue;
                const int which = pending[i + 2];
                const int answer = which == 1 ? m_answers[0] : which == 2 ? m_answers[1] : which == 4 ? m_answers[2] : -1;
                ++m_queries;
                if (answer >= 0) {
                    const char byte = char(answer);
                    [[maybe_unused]] const ssize_t w = ::write(m_master, &byte, 1);
                }
                i += 2;
            }
            pending = pending.right(2);
        }
    }

    int m_answers[3];
    int m_master = -1;
    int m_hold = -1;
    QString m_slave;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_int m_queries{0};
    std::mutex m_mutex;
    QByteArray m_received;
};
