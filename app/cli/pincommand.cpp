// `tongban-content set-pin`: the admin screen's PIN, read twice and never from the command line.
#include "toolcommands.h"

#include "paths.h"
#include "pin.h"
#include "settingsedit.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <pwd.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace tongban::tool {

namespace {
// One line from stdin; from a terminal without echo.
QString readSecret(const char *prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fprintf(stderr, "%s", prompt);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[256] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    QString line = got ? QString::fromUtf8(buffer) : QString();
    ::explicit_bzero(buffer, sizeof buffer);
    return line.trimmed();
}

// Run as root (the installer): the kiosk's user must still read its settings, and nobody else.
void handOver(const QString &file, const QString &dataDir)
{
    if (::geteuid() != 0)
        return;
    uid_t uid = 0;
    gid_t gid = 0;
    if (const passwd *pw = ::getpwnam("tongban")) {
        uid = pw->pw_uid;
        gid = pw->pw_gid;
    } else {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(dataDir).constData(), &st) != 0) {
            err(QStringLiteral("注意：找不到用户 tongban，也读不到数据目录的属主；%1 仍属 root").arg(file));
            return;
        }
        uid = st.st_uid;
        gid = st.st_gid;
    }
    const QByteArray path = QFile::encodeName(file);
    if (::chown(path.constData(), uid, gid) != 0 || ::chmod(path.constData(), 0600) != 0)
        err(QStringLiteral("注意：无法把 %1 交给自助机用户（uid %2）并设为 0600；请手动设置").arg(file).arg(uid));
    else
        out(QStringLiteral("%1 属主 uid %2，权限 0600").arg(file).arg(uid));
}
} // namespace

int setPin(const Context &c)
{
    const Paths paths = Paths::resolve(c.dataDir);
    const QString first = readSecret("新的管理密码（4 到 12 位数字）：");
    QString why;
    if (!pin::acceptable(first, &why)) {
        err(why);
        return 2;
    }
    if (readSecret("再输入一次：") != first) {
        err(QStringLiteral("两次输入的管理密码不一致，未作修改"));
        return 2;
    }
    const QByteArray hash = pin::hash(first);
    if (hash.isEmpty()) {
        err(QStringLiteral("无法计算密码散列（内存不足？），未作修改"));
        return 2;
    }
    QDir().mkpath(paths.root);
    QString error;
    if (!updateSettingsFile(paths.settingsFile(), {{QStringLiteral("admin/pin_hash"), QString::fromLatin1(hash)}}, &error)) {
        err(error);
        return 2;
    }
    out(QStringLiteral("管理密码已设置（只保存 Argon2id 散列）：%1 的 [admin] pin_hash").arg(paths.settingsFile()));
    handOver(paths.settingsFile(), paths.root);
    return 0;
}

} // namespace tongban::tool
