#include "settingsedit.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tongban {

namespace {
QByteArray quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return '"' + v.toUtf8() + '"';
}
} // namespace

bool updateSettingsFile(const QString &file, const QList<SettingChange> &changes, QString *error)
{
    QList<QByteArray> lines;
    QFile in(file);
    const bool existed = in.exists();
    if (existed) {
        if (!in.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("admin", "无法读取设置文件 %1").arg(file);
            return false;
        }
        lines = in.readAll().split('\n');
        in.close();
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    for (const SettingChange &c : changes) {
        const QByteArray section = c.key.section(u'/', 0, 0).toUtf8();
        const QByteArray name = c.key.section(u'/', 1).toUtf8();
        const QByteArray line = name + '=' + quoted(c.value);
        qsizetype sectionStart = -1, sectionEnd = lines.size(), found = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray t = lines[i].trimmed();
            if (t.startsWith('[')) {
                if (sectionStart >= 0) {
                    sectionEnd = i;
                    break;
                }
                if (t == '[' + section + ']')
                    sectionStart = i;
            } else if (sectionStart >= 0 && t.left(qMax<qsizetype>(t.indexOf('='), 0)).trimmed() == name && t.contains('=')
                && !t.startsWith(';') && !t.startsWith('#')) {
                found = i;
            }
        }
        if (found >= 0) {
            lines[found] = line;
        } else if (sectionStart >= 0) {
            // After the section's last key, before the blank lines that separate it from the next.
            qsizetype at = sectionEnd;
            while (at > sectionStart + 1 && lines[at - 1].trimmed().isEmpty())
                --at;
            lines.insert(at, line);
        } else {
            if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
                lines.append(QByteArray());
            lines.append('[' + section + ']');
            lines.append(line);
        }
    }
    const QFileDevice::Permissions mode = existed ? QFileInfo(file).permissions() : (QFile::ReadOwner | QFile::WriteOwner);
    QSaveFile out(file);
    QByteArray text = lines.join('\n') + '\n';
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.setPermissions(mode) || !out.commit()) {
        *error = QCoreApplication::translate("admin", "无法写入设置文件 %1：%2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace tongban
