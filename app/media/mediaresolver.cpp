#include "mediaresolver.h"

#include "attractschedule.h"
#include "contentstore.h"

#include <QFileInfo>

namespace tongban {

QString MediaResolver::path(const ContentStore &store, const AttractEntry &entry, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    const QString file = store.mediaPath(entry.id);
    if (file.isEmpty())
        return fail(QStringLiteral("内容中没有媒体「%1」").arg(entry.id));
    const QFileInfo info(file);
    if (!info.isFile())
        return fail(QStringLiteral("媒体「%1」的文件 %2 不存在").arg(entry.id, file));
    if (info.size() <= 0)
        return fail(QStringLiteral("媒体「%1」（%2）是空的").arg(entry.id, entry.file));
    return file;
}

} // namespace tongban
