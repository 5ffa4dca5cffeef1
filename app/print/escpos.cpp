#include "escpos.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace tongban::escpos {

QByteArray encode(const QImage &source, int feedLines)
{
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    const int bytesPerRow = (image.width() + 7) / 8;
    QByteArray out("\x1b\x40", 2);
    for (int top = 0; top < image.height(); top += kBandRows) {
        const int rows = std::min(kBandRows, image.height() - top);
        const char header[]
            = {0x1d, 0x76, 0x30, 0x00, char(bytesPerRow & 0xff), char(bytesPerRow >> 8), char(rows & 0xff), char(rows >> 8)};
        out.append(header, sizeof header);
        for (int y = top; y < top + rows; ++y) {
            const uchar *line = image.constScanLine(y);
            for (int b = 0; b < bytesPerRow; ++b) {
                uchar byte = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = b * 8 + bit;
                    if (x < image.width() && line[x] < 128)
                        byte |= uchar(0x80 >> bit);
                }
                out.append(char(byte));
            }
        }
    }
    out.append("\x1b\x64", 2).append(char(feedLines));
    out.append("\x1d\x56\x42\x00", 4);
    return out;
}

namespace {
// Every DLE EOT answer has bits 1 and 4 set and bits 0 and 7 clear.
bool wellFormed(int byte)
{
    return byte >= 0 && (byte & 0x93) == 0x12;
}
} // namespace

Status interpret(const StatusBytes &b)
{
    if (!wellFormed(b.printer))
        return Status::Unknown;
    if (wellFormed(b.paperSensor) && (b.paperSensor & 0x60))
        return Status::PaperOut;
    if (wellFormed(b.offlineCause)) {
        if (b.offlineCause & 0x04)
            return Status::CoverOpen;
        if (b.offlineCause & 0x20)
            return Status::PaperOut;
        if (b.offlineCause & 0x40)
            return Status::Error;
    }
    return (b.printer & 0x08) ? Status::Offline : Status::Ready;
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Ready:
        return QStringLiteral("ready");
    case Status::PaperOut:
        return QStringLiteral("paper-out");
    case Status::CoverOpen:
        return QStringLiteral("cover-open");
    case Status::Offline:
        return QStringLiteral("offline");
    case Status::Error:
        return QStringLiteral("error");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

PrintProblem problemFor(Status status)
{
    switch (status) {
    case Status::PaperOut:
        return PrintProblem::PaperOut;
    case Status::CoverOpen:
        return PrintProblem::CoverOpen;
    case Status::Offline:
        return PrintProblem::Offline;
    case Status::Error:
        return PrintProblem::JobFailed;
    case Status::Ready:
    case Status::Unknown:
        break;
    }
    return PrintProblem::None;
}

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            pollfd p{fd, POLLOUT, 0};
            if (::poll(&p, 1, 10000) <= 0)
                return false;
            continue;
        }
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// One DLE EOT n exchange; -1 when the printer does not answer in time.
int ask(int fd, int n, int timeoutMs)
{
    if (isatty(fd))
        tcflush(fd, TCIFLUSH); // drop stale answers
    const char query[] = {0x10, 0x04, char(n)};
    if (!writeAll(fd, query, sizeof query))
        return -1;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0 || !(p.revents & POLLIN))
        return -1;
    unsigned char byte = 0;
    return ::read(fd, &byte, 1) == 1 ? byte : -1;
}

Status queryStatus(int fd, int timeoutMs)
{
    StatusBytes b;
    b.printer = ask(fd, 1, timeoutMs);
    if (b.printer < 0)
        return Status::Unknown; // a printer that does not answer is not asked again
    b.offlineCause = ask(fd, 2, timeoutMs);
    b.paperSensor = ask(fd, 4, timeoutMs);
    return interpret(b);
}

} // namespace

PrintOutcome send(const QString &path, const QByteArray &bytes, Status *status, int answerTimeoutMs)
{
    if (status)
        *status = Status::Unknown;
    const QByteArray native = path.toLocal8Bit();
    struct stat info
    {
    };
    const bool exists = ::stat(native.constData(), &info) == 0;
    const bool device = exists && S_ISCHR(info.st_mode);
    if (!exists && path.startsWith(QLatin1String("/dev/"))) // an unplugged USB printer's node is gone
        return PrintOutcome::failure(PrintProblem::Offline, QStringLiteral("%1: 设备不存在").arg(path));
    const int flags = device ? (O_RDWR | O_NOCTTY | O_NONBLOCK) : (O_WRONLY | O_CREAT | O_TRUNC);
    const int fd = ::open(native.constData(), flags | O_CLOEXEC, 0644);
    if (fd < 0)
        return PrintOutcome::failure(
            device ? PrintProblem::Offline : PrintProblem::Unwritable, QStringLiteral("%1: %2").arg(path, errnoText()));

    Status verdict = Status::Unknown;
    if (device) {
        termios tio{};
        if (tcgetattr(fd, &tio) == 0) { // a serial printer: bytes must pass unchanged
            cfmakeraw(&tio);
            tio.c_cflag |= CLOCAL | CREAD;
            tcsetattr(fd, TCSANOW, &tio);
        }
        verdict = queryStatus(fd, answerTimeoutMs);
        if (problemFor(verdict) != PrintProblem::None) {
            ::close(fd);
            if (status)
                *status = verdict;
            return PrintOutcome::failure(problemFor(verdict), QStringLiteral("%1: DLE EOT %2").arg(path, statusName(verdict)));
        }
    }
    const bool written = writeAll(fd, bytes.constData(), bytes.size());
    const QString writeError = written ? QString() : errnoText();
    if (written && device && verdict != Status::Unknown) {
        if (isatty(fd))
            tcdrain(fd);
        verdict = queryStatus(fd, answerTimeoutMs); // paper may have run out on the way
    }
    const bool closed = ::close(fd) == 0 || device;
    if (status)
        *status = verdict;
    if (!written || !closed)
        return PrintOutcome::failure(
            PrintProblem::Unwritable, QStringLiteral("%1: %2").arg(path, written ? errnoText() : writeError));
    if (problemFor(verdict) != PrintProblem::None)
        return PrintOutcome::failure(
            problemFor(verdict), QStringLiteral("%1: DLE EOT %2 after printing").arg(path, statusName(verdict)));
    return {};
}

} // namespace tongban::escpos
