#include "searchcommand.h"

#include "searchindex.h"
#include "services.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tongban::tool {

int search(const Context &c)
{
    const auto started = startServices(c);
    if (!started)
        return 2;
    Services &services = *started;
    QString error;
    const SearchIndex index = SearchIndex::build(services.content()->db(), &error);
    if (!error.isEmpty()) {
        err(error);
        return 2;
    }
    // Notices are filtered by the day the kiosk would show them on (the clock rule).
    const QDate today = services.content()->today();
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
