#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <functional>

#include "fleet.h"

namespace tongban {

class Services;

// The kiosk's side of the fleet. It watches `[fleet] inbox` (filled by a receive-only
// Syncthing folder, never written to) and imports a complete, signed, newer package at an
// idle moment through the same import as the USB stick and the command line: it runs
// `tongban-content import`, so the import is off the UI thread and a crash in it cannot take
// the kiosk down; the kiosk switches to the new content as after any import. It rewrites
// `[fleet] outbox/status.json` every few minutes and after each import, and one usage CSV per
// day.
class FleetAgent : public QObject
{
    Q_OBJECT
public:
    FleetAgent(Services &services, const QString &contentTool, QObject *parent = nullptr);
    ~FleetAgent() override;

    // `idle` says whether an import may start now (no resident in the middle of a visit).
    void setIdle(std::function<bool()> idle) { m_idle = std::move(idle); }
    bool enabled() const;
    // Polls and rewrites the outbox at the intervals of [fleet] poll_s and status_s.
    void start();
    // A package still incomplete after this long without any change is logged once.
    void setSettleSeconds(int seconds) { m_settleSeconds = seconds; }

    // One look at the inbox: at most one import is started. Returns true when one was.
    bool poll();
    bool importing() const { return m_process.state() != QProcess::NotRunning; }
    bool writeOutbox(QString *error = nullptr);
    QString kioskId() const;

signals:
    void importFinished(bool ok, const QString &package, const QString &message);

private:
    void finished(int exitCode, QProcess::ExitStatus status);
    void noteOnce(const QString &key, const QString &kind, const QString &message, const QString &detail = {});

    Services &m_services;
    QString m_tool;
    std::function<bool()> m_idle;
    QTimer m_pollTimer;
    QTimer m_statusTimer;
    QProcess m_process;
    fleet::InboxPackage m_running;
    QHash<QString, QString> m_done; // package path → key of the version tried
    QSet<QString> m_noted; // what has been logged once already
    QHash<QString, std::pair<QString, qint64>> m_waiting; // path → key, first seen (monotonic ms)
    QElapsedTimer m_clock;
    QJsonArray m_inbox; // what the last look at the inbox found, for status.json
    int m_settleSeconds = 600;
};

} // namespace tongban
