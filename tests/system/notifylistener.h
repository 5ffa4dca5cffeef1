#pragma once

// A private NOTIFY_SOCKET: what systemd would receive from the kiosk's sd_notify().
#include <QByteArrayList>
#include <QSocketNotifier>
#include <QString>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <memory>

class NotifyListener
{
public:
    explicit NotifyListener(const QString &path) : m_path(path)
    {
        m_fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray p = path.toLocal8Bit();
        std::memcpy(addr.sun_path, p.constData(), std::min<size_t>(p.size(), sizeof addr.sun_path - 1));
        m_bound = m_fd >= 0 && bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        if (m_bound) {
            m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
            QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { drain(); });
        }
    }
    ~NotifyListener()
    {
        m_notifier.reset();
        if (m_fd >= 0)
            close(m_fd);
        unlink(m_path.toLocal8Bit().constData());
    }
    bool isBound() const { return m_bound; }
    QString path() const { return m_path; }

    // Every datagram so far, in order.
    const QByteArrayList &messages() const { return m_messages; }
    int count(const QByteArray &line) const
    {
        int n = 0;
        for (const QByteArray &m : m_messages)
            n += m.split('\n').contains(line) ? 1 : 0;
        return n;
    }
    // The first datagram that has `line` as one of its lines; empty if none.
    QByteArray first(const QByteArray &line) const
    {
        for (const QByteArray &m : m_messages)
            if (m.split('\n').contains(line))
                return m;
        return {};
    }
    int indexOf(const QByteArray &line) const
    {
        for (int i = 0; i < m_messages.size(); ++i)
            if (m_messages[i].split('\n').contains(line))
                return i;
        return -1;
    }

    void drain()
    {
        char buf[4096];
        for (;;) {
            const ssize_t n = recv(m_fd, buf, sizeof buf, 0);
            if (n <= 0)
                return;
            m_messages.append(QByteArray(buf, int(n)));
        }
    }

private:
    QString m_path;
    int m_fd = -1;
    bool m_bound = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArrayList m_messages;
};
