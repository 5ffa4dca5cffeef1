#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace tongban {

class LocalState;

// Notices staff hid on this kiosk, kept in local state so that imports never touch them. Each
// stays hidden until a package changes the notice (its fingerprint, the whole row, differs)
// or removes it; then it is shown again and the entry goes.
class HiddenNotices
{
public:
    struct Entry
    {
        QString noticeId;
        QString title;
        QString fingerprint;
        QDate hiddenOn;
    };

    explicit HiddenNotices(LocalState &state) : m_state(state) { }

    bool hide(const QString &noticeId, const QString &title, const QString &fingerprint);
    bool unhide(const QString &noticeId);
    QList<Entry> entries() const;
    // Drops the entries whose notice is no longer as it was in `current` (id → fingerprint of
    // the content in use); returns what was dropped, each logged.
    QList<Entry> reconcile(const QHash<QString, QString> &current);

private:
    LocalState &m_state;
};

} // namespace tongban
