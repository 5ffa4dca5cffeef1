#pragma once

#include <QAbstractListModel>
#include <QColor>
#include <QtQml/qqmlregistration.h>

#include "contentstore.h"
#include "searchindex.h"
#include "searchindexer.h"

namespace tongban {

class ContentStore;

// The search screen's results: set `query` at each key press and the rows are the ranked
// results (at most `limit`). The index is the store's SearchIndexer's: built in a worker
// thread once per content load (the kiosk starts it after its first frame), never here and
// never per keystroke; `ready` is false until it is there.
//
// Roles: kind ("item" / "department" / "theme" / "notice"), kindLabel (事项 / 部门 / 主题 / 公告),
// resultId, title (plain text), highlighted (the title as escaped StyledText HTML, matches in
// <b>, coloured with highlightColor when set), subtitle (department), status (items: 在办 …),
// matchedForm (名称（首字母）, 关键词“出国”（全拼）…), form (汉字 / 全拼 / 首字母 / 混拼),
// keyword (the keyword that matched, else empty), tier (SearchResult::Tier, 0 best),
// suggestion (found by fuzzy pinyin, a typing error or a same-reading character).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tongban::ContentStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(QColor highlightColor READ highlightColor WRITE setHighlightColor NOTIFY highlightColorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The query has something to search for (not blank): with count 0, "no result" can be said.
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)
    // Nothing matched exactly and the rows are the best tolerant matches: "您是不是要找".
    Q_PROPERTY(bool suggesting READ suggesting NOTIFY suggestingChanged)
    // The index of the current content is there (false while the worker still builds it).
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    // Notices staff hid on this kiosk (Kiosk.hiddenNoticeIds): never among the results.
    Q_PROPERTY(QStringList hiddenNoticeIds READ hiddenNoticeIds WRITE setHiddenNoticeIds NOTIFY hiddenNoticeIdsChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        KindLabelRole,
        ResultIdRole,
        TitleRole,
        HighlightedRole,
        SubtitleRole,
        StatusRole,
        MatchedFormRole,
        FormRole,
        KeywordRole,
        TierRole,
        SuggestionRole,
    };
    Q_ENUM(Role)

    explicit SearchResultModel(QObject *parent = nullptr);

    // The store the index is built from (QML: `store: Kiosk.store`).
    ContentStore *store() const { return m_store; }
    void setStore(ContentStore *store);
    // Uses a ready index instead of a store (tests, tools).
    void setIndex(const SearchIndex &index);
    const SearchIndex &searchIndex() const { return m_index; }

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    QColor highlightColor() const { return m_highlightColor; }
    void setHighlightColor(const QColor &color);
    QStringList hiddenNoticeIds() const { return m_hiddenNoticeIds; }
    void setHiddenNoticeIds(const QStringList &ids);
    int count() const { return int(m_results.size()); }
    bool searching() const { return m_searching; }
    bool suggesting() const { return m_suggesting; }
    bool ready() const { return m_ready; }
    const QList<SearchResult> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Every role of one row by name; empty for a bad row.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void storeChanged();
    void queryChanged();
    void limitChanged();
    void highlightColorChanged();
    void countChanged();
    void searchingChanged();
    void suggestingChanged();
    void readyChanged();
    void hiddenNoticeIdsChanged();

private:
    void takeIndex();
    void refresh();

    ContentStore *m_store = nullptr;
    QPointer<SearchIndexer> m_indexer;
    SearchIndex m_index;
    QString m_query;
    int m_limit = 50;
    QColor m_highlightColor;
    bool m_searching = false;
    bool m_suggesting = false;
    bool m_ready = true;
    QList<SearchResult> m_results;
    QStringList m_hiddenNoticeIds;
};

} // namespace tongban
