#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <optional>

#include "printoutcome.h"
#include "printtarget.h"

class QThread;

namespace tongban {

class Services;
class Visit;

// The print service as QML sees it: Printer.printItem(id) prints an item's guide slip on the
// printer from the kiosk settings, on a worker thread so the screen never waits. While a
// slip prints, `busy` is true, the visit's idle timer is held and a second request is
// refused.
// Set up in main() (or a test) like Kiosk; it keeps C++ ownership.
class Printer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool configured READ configured NOTIFY stateChanged)

public:
    enum State { Idle, Printing, Done, Failed };
    Q_ENUM(State)

    explicit Printer(Services *services, QObject *parent = nullptr);
    ~Printer() override;

    static Printer *instance();
    static void setInstance(Printer *printer);
    static Printer *create(QQmlEngine *, QJSEngine *);

    bool busy() const { return m_state == Printing; }
    State state() const { return m_state; }
    QString message() const { return m_message; }
    bool configured() const { return m_target.kind != PrintTarget::Kind::None; }
    PrintOutcome lastOutcome() const { return m_outcome; }

    // The kiosk settings give these; tests and the staff screen may point elsewhere.
    void setTarget(const PrintTarget &target);
    void setPaper(const Paper &paper) { m_paper = paper; }

    // Starts printing; false (and nothing started) while a slip is still printing.
    Q_INVOKABLE bool printItem(const QString &itemId);
    // Forgets the last result (the guide page was left).
    Q_INVOKABLE void reset();
    // Waits for a running job (tests, shutdown). True when none is left.
    bool waitForIdle(int timeoutMs);

signals:
    void stateChanged();
    void started(const QString &itemId);
    void finished(bool ok);

private:
    void setState(State state, const QString &message);
    void complete(const PrintOutcome &outcome, const QString &itemId);

    Services *m_services;
    PrintTarget m_target;
    std::optional<Paper> m_paper;
    State m_state = Idle;
    QString m_message;
    PrintOutcome m_outcome;
    QThread *m_thread = nullptr;
    QPointer<Visit> m_heldVisit; // held while a slip prints
    std::atomic_bool m_cancel{false};
};

} // namespace tongban
