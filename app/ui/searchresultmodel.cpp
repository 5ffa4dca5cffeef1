#include "searchresultmodel.h"

#include "clock.h"
#include "contentstore.h"
#include "logging.h"

#include <QDebug>

namespace tongban {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) { }

void SearchResultModel::setStore(ContentStore *store)
{
    if (store == m_store)
        return;
    if (m_indexer)
        disconnect(m_indexer, nullptr, this, nullptr);
    m_store = store;
    m_indexer = SearchIndexer::of(store);
    emit storeChanged();
    if (m_indexer) {
        connect(m_indexer, &SearchIndexer::indexReady, this, &SearchResultModel::takeIndex);
        m_indexer->start(); // no-op when the kiosk built it already (after its first frame)
    }
    takeIndex();
}

void SearchResultModel::setIndex(const SearchIndex &index)
{
    m_index = index;
    refresh();
}

// The indexer's index once it is ready for the current content; until then nothing is found
// (the kiosk builds it right after its first frame, long before a resident reaches search).
void SearchResultModel::takeIndex()
{
    const bool ready = !m_indexer || m_indexer->isReady();
    m_index = m_indexer && ready ? m_indexer->index() : SearchIndex();
    if (ready != m_ready) {
        m_ready = ready;
        emit readyChanged();
    }
    refresh();
}

void SearchResultModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    refresh();
}

void SearchResultModel::setLimit(int limit)
{
    limit = qMax(1, limit);
    if (limit == m_limit)
        return;
    m_limit = limit;
    emit limitChanged();
    refresh();
}

void SearchResultModel::setHighlightColor(const QColor &color)
{
    if (color == m_highlightColor)
        return;
    m_highlightColor = color;
    emit highlightColorChanged();
    if (!m_results.isEmpty())
        emit dataChanged(index(0), index(count() - 1), {HighlightedRole});
}

void SearchResultModel::setHiddenNoticeIds(const QStringList &ids)
{
    if (ids == m_hiddenNoticeIds)
        return;
    m_hiddenNoticeIds = ids;
    emit hiddenNoticeIdsChanged();
    refresh();
}

void SearchResultModel::refresh()
{
    const int before = count();
    const bool wasSearching = m_searching;
    const QDate today = m_store ? m_store->today() : Clock::now().date();
    const bool wasSuggesting = m_suggesting;
    beginResetModel();
    m_results = m_index.search(m_query, m_limit, today);
    if (!m_hiddenNoticeIds.isEmpty())
        m_results.removeIf(
            [this](const SearchResult &r) { return r.kind == SearchResult::Kind::Notice && m_hiddenNoticeIds.contains(r.id); });
    m_searching = !m_query.trimmed().isEmpty();
    // Nothing matched exactly: what was found are suggestions (您是不是要找).
    m_suggesting = !m_results.isEmpty() && m_results.first().suggestion;
    endResetModel();
    if (before != count())
        emit countChanged();
    if (wasSearching != m_searching)
        emit searchingChanged();
    if (wasSuggesting != m_suggesting)
        emit suggestingChanged();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchResult &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case KindRole:
        return r.kindName();
    case KindLabelRole:
        return r.kindLabel();
    case ResultIdRole:
        return r.id;
    case HighlightedRole:
        if (m_highlightColor.isValid())
            return r.highlightedHtml(QStringLiteral("<b><font color=\"%1\">").arg(m_highlightColor.name()), u"</font></b>");
        return r.highlightedHtml();
    case SubtitleRole:
        return r.subtitle;
    case StatusRole:
        return r.status;
    case MatchedFormRole:
        return r.matchedForm();
    case FormRole:
        return SearchResult::formName(r.form);
    case KeywordRole:
        return r.keyword;
    case TierRole:
        return int(r.tier);
    case SuggestionRole:
        return r.suggestion;
    }
    return {};
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    return {{KindRole, "kind"}, {KindLabelRole, "kindLabel"}, {ResultIdRole, "resultId"}, {TitleRole, "title"},
        {HighlightedRole, "highlighted"}, {SubtitleRole, "subtitle"}, {StatusRole, "status"}, {MatchedFormRole, "matchedForm"},
        {FormRole, "form"}, {KeywordRole, "keyword"}, {TierRole, "tier"}, {SuggestionRole, "suggestion"}};
}

QVariantMap SearchResultModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= count())
        return out;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        out.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    return out;
}

} // namespace tongban
