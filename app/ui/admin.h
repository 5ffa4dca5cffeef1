#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQuickWindow;

namespace tongban {

class AdminGesture;
class ContentJob;
class Kiosk;
class PinLock;
class Printer;
class RemovableMedia;
struct StickPackage;
class Services;
class UiSounds;
class Visit;
class Voice;

// The admin screen (管理) as QML sees it: how staff get in (the hidden gesture, then the PIN
// pad with its lock), the session that closes itself after two minutes without a touch, and
// what staff do there. Content work goes through ContentJob (the one import path of
// `tongban-content`); the PIN is checked on a worker thread. Set up with the other singletons.
class Admin : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool open READ isOpen NOTIFY stageChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY pinChanged)
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY pinChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY pinChanged)
    Q_PROPERTY(QString pinMessage READ pinMessage NOTIFY pinChanged)
    Q_PROPERTY(int sessionSeconds READ sessionSeconds CONSTANT)
    Q_PROPERTY(bool jobRunning READ jobRunning NOTIFY jobChanged)
    Q_PROPERTY(QString jobKind READ jobKind NOTIFY jobChanged)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY jobChanged)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    Q_PROPERTY(QString stepName READ stepName NOTIFY jobChanged)
    Q_PROPERTY(QVariantMap diff READ diff NOTIFY jobChanged)
    Q_PROPERTY(QVariantMap result READ result NOTIFY jobChanged)
    Q_PROPERTY(QVariantMap chosen READ chosen NOTIFY jobChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportChanged)
    Q_PROPERTY(bool scanning READ scanning NOTIFY stickChanged)
    Q_PROPERTY(QVariantList packages READ packages NOTIFY stickChanged)
    Q_PROPERTY(QString stickProblem READ stickProblem NOTIFY stickChanged)

public:
    // Closed: resident screens. NoPin: the gesture was made but no PIN is set (how to set one).
    // Pin: the PIN pad. Open: the admin screen itself.
    enum Stage { Closed, NoPin, Pin, Open };
    Q_ENUM(Stage)

    static constexpr int SessionSeconds = 120;

    struct Parts
    {
        Services *services = nullptr;
        Kiosk *kiosk = nullptr;
        Visit *visit = nullptr;
        Printer *printer = nullptr;
        UiSounds *sounds = nullptr;
        Voice *voice = nullptr;
        QString contentTool; // tongban-content
    };
    explicit Admin(const Parts &parts, QObject *parent = nullptr);
    ~Admin() override;

    static Admin *instance();
    static void setInstance(Admin *admin);
    static Admin *create(QQmlEngine *, QJSEngine *);

    // The gesture and the session's touch watch on the kiosk's window. Before the TouchGuard
    // is installed: filters run newest first, so palms are refused before the gesture sees them.
    void attach(QQuickWindow *window);
    AdminGesture *gesture() const { return m_gesture; }

    Stage stage() const { return m_stage; }
    bool isOpen() const { return m_stage != Closed; }
    bool checking() const { return m_check.isRunning(); }
    int lockedSeconds() const { return m_lockedSeconds; }
    int attemptsLeft() const;
    QString pinMessage() const { return m_pinMessage; }
    int sessionSeconds() const { return m_session.interval() / 1000; }
    bool jobRunning() const;
    QString jobKind() const { return m_jobKind; }
    int stepIndex() const { return m_stepIndex; }
    int stepCount() const;
    QString stepName() const { return m_stepName; }
    QVariantMap diff() const { return m_diff; }
    QVariantMap result() const { return m_result; }
    // The stick's package being previewed or imported ({path, name, detail}); empty otherwise.
    QVariantMap chosen() const { return m_chosen; }
    bool exporting() const { return m_exporting; }
    QString exportMessage() const { return m_exportMessage; }
    bool scanning() const { return m_scanning; }
    // The packages on the sticks: [{path, name, detail}].
    QVariantList packages() const { return m_packages; }
    QString stickProblem() const { return m_stickProblem; }

    // Tests shorten the session; the kiosk uses SessionSeconds.
    void setSessionMs(int ms) { m_session.setInterval(ms); }

    // What the gesture does: the PIN pad, or the "no PIN set" note.
    Q_INVOKABLE void requestOpen();
    // Back to the attract screen (also after two minutes without a touch).
    Q_INVOKABLE void close();
    // Checks the PIN on a worker thread; `pinChanged` tells the outcome.
    Q_INVOKABLE void enterPin(const QString &pin);

    // Status in plain Chinese: {version, builtAt, loadedAt, origin, counts: [{label, rows}],
    // links: [text], notices: [text], mediaFailures, printFailures, hidden: [text], diskFree,
    // events: [text], clockWarning}.
    Q_INVOKABLE QVariantMap status();

    // Content jobs: one at a time, results in `diff` / `result`.
    Q_INVOKABLE bool previewPackage(const QString &path);
    Q_INVOKABLE bool importPackage(const QString &path);
    Q_INVOKABLE bool rollback();
    Q_INVOKABLE void clearJob();
    // Looks for USB sticks (mounted read-only) and the packages on them, off the UI thread.
    Q_INVOKABLE void scanStick();

    // The usage figures of the last `days` days (today included), in plain Chinese:
    // {span, totals: [text], ratings: [text], items: [text], notices: [text], found: [text],
    // notFound: [text], days: [text]}.
    Q_INVOKABLE QVariantMap figures(int days) const;
    // Writes those figures as CSV (UTF-8 with BOM) onto the USB stick, mounted read-write for
    // the export alone and unmounted after; `exportMessage` says how it went.
    Q_INVOKABLE void exportFigures(int days);

    // The notices in use, for the hide list: [{id, title, until, hidden}].
    Q_INVOKABLE QVariantList notices() const;
    Q_INVOKABLE bool setNoticeHidden(const QString &id, bool hidden);

    // {configured, target, state, message, failures: [text]}.
    Q_INVOKABLE QVariantMap printerInfo();
    Q_INVOKABLE bool printTestSlip();

    // The settings staff may change here: {volume, quietHours, idleTimeout, hallName, cityCode,
    // cities: [{code, name}]}.
    Q_INVOKABLE QVariantMap settings() const;
    // Validates and writes the given keys of the map above to kiosk.ini (atomically, comments
    // kept); returns "" or a plain sentence saying what is wrong. Volume, quiet hours and idle
    // apply at once; hall and city at the next start.
    Q_INVOKABLE QString saveSettings(const QVariantMap &changes);

    // Leave kiosk mode: under systemd, stop the kiosk's unit (Restart=always would bring a
    // plain quit back in a second); elsewhere, quit.
    Q_INVOKABLE void leaveKioskMode();

signals:
    void stageChanged();
    void pinChanged();
    void jobChanged();
    void stickChanged();
    void exportChanged();
    void settingsSaved();
    // The kiosk should quit (no systemd, or the unit stop was accepted).
    void quitRequested();
    void leaveFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setStage(Stage stage);
    void pinChecked();
    void refreshLock();
    void stepDone(const QString &step, int index, int total);
    void jobFinished(const QJsonObject &result);
    void ensureJob();
    bool startJob(const QString &kind, bool started);
    void ensureMedia();
    void stickScanned(const QList<StickPackage> &found, const QString &problem);
    void exportMounted(const QString &device, const QString &mountPoint, const QString &problem);
    void exportDone(const QString &message);

    Parts m_parts;
    std::unique_ptr<PinLock> m_lock;
    std::unique_ptr<ContentJob> m_job;
    AdminGesture *m_gesture = nullptr; // owned by the window
    Stage m_stage = Closed;
    QFutureWatcher<bool> m_check;
    int m_lockedSeconds = 0;
    QString m_pinMessage;
    QTimer m_session; // two minutes without a touch
    QTimer m_lockTick; // the lock's countdown, once a second
    QString m_jobKind;
    int m_stepIndex = 0;
    QString m_stepName;
    QVariantMap m_diff;
    QVariantMap m_result;
    QVariantMap m_chosen;
    std::unique_ptr<RemovableMedia> m_media;
    bool m_scanning = false;
    QVariantList m_packages;
    QString m_stickProblem;
    bool m_exporting = false;
    bool m_exportWaitsForScan = false;
    QByteArray m_exportCsv;
    QString m_exportFile;
    QString m_exportMessage;
};

} // namespace tongban
