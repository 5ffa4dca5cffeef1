#include "searchindexer.h"

#include "contentstore.h"

#include <QCoreApplication>
#include <QDebug>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

#include <atomic>

namespace tongban {

SearchIndexer *SearchIndexer::of(ContentStore *store)
{
    if (!store)
        return nullptr;
    if (auto *existing = store->findChild<SearchIndexer *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new SearchIndexer(store);
}

SearchIndexer::SearchIndexer(ContentStore *store) : QObject(store), m_store(store)
{
    connect(store, &ContentStore::contentChanged, this, &SearchIndexer::contentChanged);
}

SearchIndexer::~SearchIndexer()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SearchIndexer::contentChanged()
{
    m_ready = false;
    ++m_generation;
    if (!m_started)
        return;
    if (m_thread)
        m_pending = true;
    else
        start();
}

void SearchIndexer::start()
{
    m_started = true;
    if (m_ready || m_thread)
        return;
    const QString path = m_store->db().isOpen() ? m_store->db().databaseName() : QString();
    const int generation = m_generation;
    static std::atomic<int> serial{0};
    const QString connection = QStringLiteral("search-index-%1").arg(++serial);
    m_thread = QThread::create([this, path, generation, connection] {
        QElapsedTimer clock;
        clock.start();
        SearchIndex index;
        QString error;
        if (!path.isEmpty()) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(path);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                if (db.open())
                    index = SearchIndex::build(db, &error);
                else
                    error = QStringLiteral("搜索索引：无法打开内容：%1").arg(db.lastError().text());
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        const double ms = clock.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(
            this, [this, generation, index, error, ms] { finished(generation, index, error, ms); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("search-index"));
    m_thread->start(QThread::LowPriority);
}

void SearchIndexer::finished(int generation, const SearchIndex &index, const QString &error, double ms)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (generation != m_generation || m_pending) {
        m_pending = false;
        start(); // the content changed meanwhile
        return;
    }
    if (!error.isEmpty())
        qWarning().noquote() << error;
    for (const QString &problem : index.problems())
        qWarning().noquote() << "search:" << problem;
    m_index = index;
    m_ready = true;
    m_lastBuildMs = ms;
    emit indexReady();
}

bool SearchIndexer::waitForReady(int timeoutMs)
{
    start();
    QElapsedTimer clock;
    clock.start();
    while (!m_ready && clock.elapsed() < timeoutMs) {
        if (m_thread)
            m_thread->wait(50);
        QCoreApplication::sendPostedEvents(this);
    }
    return m_ready;
}

} // namespace tongban
