#include "searchcommand.h"

#include "clock.h"
#include "searchindex.h"
#include "services.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tongban::tool {

int search(const Context &c)
{
    Services services(Paths::resolve(c.dataDir));
    QString error;
    if (!services.start(&error)) {
        err(error);
        return 2;
    }
    const SearchIndex index = SearchIndex::build(services.content()->db(), &error);
    if (!error.isEmpty()) {
        err(error);
        return 2;
    }
    // The kiosk filters notices by its own date (Kiosk::today()); with a sane clock that is today.
    const QDateTime built = services.content()->builtAt();
    const QDateTime now = Clock::now();
    const QDate today = built.isValid() && now < built ? built.date() : now.date();
    const QList<SearchResult> results = index.search(c.args.join(u' '), 50, today);
    if (c.json) {
        QJsonArray array;
        for (const SearchResult &r : results)
            array.append(r.toJson());
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return 0;
    }
    if (results.isEmpty()) {
        out(QStringLiteral("没有找到结果"));
        return 0;
    }
    int rank = 0;
    for (const SearchResult &r : results)
        out(QStringLiteral("%1. [%2] %3 %4 —— %5").arg(++rank).arg(r.kindLabel(), r.id, r.title, r.matchedForm()));
    return 0;
}

} // namespace tongban::tool
