#pragma once

#include <QObject>
#include <QPointer>

#include "searchindex.h"

class QThread;

namespace tongban {

class ContentStore;

// Builds the search index of a content store once per content load, in a worker thread (its
// own read-only connection to the content file), never on the UI thread: at start-up the kiosk
// starts it after the first frame; every content change (import, rollback, fallback) builds
// again. Search models take the ready index from here, so opening the search page costs
// nothing. One per store: of() makes it on first use as the store's child.
class SearchIndexer : public QObject
{
    Q_OBJECT
public:
    static SearchIndexer *of(ContentStore *store);
    explicit SearchIndexer(ContentStore *store);
    ~SearchIndexer() override; // waits for a build under way

    // Starts a build unless the index of the current content is ready or being built. After
    // the first call, content changes start one by themselves.
    void start();
    bool isReady() const { return m_ready; }
    bool isBuilding() const { return m_thread != nullptr; }
    // The index of the current content once ready (before: the previous content's, or empty).
    SearchIndex index() const { return m_index; }
    // Milliseconds the last build took (in the worker), -1 before the first.
    double lastBuildMs() const { return m_lastBuildMs; }
    // Blocks until a build under way is done and its index taken (tests, tools, shutdown).
    bool waitForReady(int timeoutMs = 30000);

signals:
    void indexReady();

private:
    void contentChanged();
    void finished(int generation, const SearchIndex &index, const QString &error, double ms);

    ContentStore *m_store;
    SearchIndex m_index;
    bool m_ready = false;
    bool m_started = false;
    bool m_pending = false; // content changed while a build ran: build again after it
    int m_generation = 0;
    double m_lastBuildMs = -1;
    QThread *m_thread = nullptr;
};

} // namespace tongban
