#include "hiddennotices.h"

#include "localstate.h"

#include <QSqlQuery>

namespace tongban {

bool HiddenNotices::hide(const QString &noticeId, const QString &title, const QString &fingerprint)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO hidden_notices (notice_id, title, fingerprint, hidden_on) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(noticeId);
    q.addBindValue(title);
    q.addBindValue(fingerprint);
    q.addBindValue(QDate::currentDate().toString(Qt::ISODate));
    if (!q.exec())
        return false;
    m_state.logEvent(QStringLiteral("notice-hidden"), QStringLiteral("工作人员在本机隐藏了公告「%1」").arg(title), noticeId);
    return true;
}

bool HiddenNotices::unhide(const QString &noticeId)
{
    const QList<Entry> all = entries();
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("DELETE FROM hidden_notices WHERE notice_id = ?"));
    q.addBindValue(noticeId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    for (const Entry &e : all)
        if (e.noticeId == noticeId)
            m_state.logEvent(
                QStringLiteral("notice-shown"), QStringLiteral("工作人员在本机恢复显示公告「%1」").arg(e.title), noticeId);
    return true;
}

QList<HiddenNotices::Entry> HiddenNotices::entries() const
{
    QList<Entry> out;
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    if (q.exec(
            QStringLiteral("SELECT notice_id, title, fingerprint, hidden_on FROM hidden_notices ORDER BY hidden_on, notice_id")))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    return out;
}

QList<HiddenNotices::Entry> HiddenNotices::reconcile(const QHash<QString, QString> &current)
{
    QList<Entry> dropped;
    for (const Entry &e : entries()) {
        const auto now = current.constFind(e.noticeId);
        if (now != current.cend() && *now == e.fingerprint)
            continue;
        QSqlQuery q(m_state.db());
        q.prepare(QStringLiteral("DELETE FROM hidden_notices WHERE notice_id = ?"));
        q.addBindValue(e.noticeId);
        if (!q.exec())
            continue;
        dropped.append(e);
        m_state.logEvent(QStringLiteral("notice-shown"),
            now == current.cend() ? QStringLiteral("隐藏的公告「%1」已不在新内容中").arg(e.title)
                                  : QStringLiteral("隐藏的公告「%1」在新内容中有改动，已恢复显示").arg(e.title),
            e.noticeId);
    }
    return dropped;
}

} // namespace tongban
