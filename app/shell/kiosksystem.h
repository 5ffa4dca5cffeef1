#pragma once

#include <QObject>
#include <QString>

#include <memory>

#include "startcounter.h"
#include "watchdog.h"

class QQuickWindow;
class QWindow;

namespace tongban {

class MinimalScreen;

// Shows `window` full screen at exactly its screen's size, following the screen when it changes
// (rotation). Under cage a fullscreen configure carries no size (0×0), and a buffer that does not
// match the output makes cage 0.1.4 on wlroots 0.15 fail every direct scan-out commit: no frame
// callbacks come back and the Wayland window stops rendering after its first frame.
void showFillingScreen(QWindow *window);

// The kiosk's run as a hall's appliance (under systemd and cage, docs/deployment.md): how this
// start runs (the start counter's crash-loop modes), the watchdog pinging from the UI thread's
// event loop, READY=1 after the attract screen's first frame, and the minimal screen.
// Only the plain kiosk run has one; --tour, --snapshot and the like do not count as starts.
class KioskSystem : public QObject
{
    Q_OBJECT
public:
    KioskSystem();
    ~KioskSystem() override;

    // "normal", "default-content" or "minimal" forces a mode (tests, staff) and records nothing;
    // empty: the start counter decides.
    StartCounter::Mode decideStartMode(const QString &forced);
    StartCounter::Mode mode() const { return m_mode; }
    int recentStarts() const { return m_recentStarts; }

    // READY=1 with `status` once `window` has shown its first frame.
    void readyAfterFirstFrame(QQuickWindow *window, const QString &status);
    // Shows the minimal screen (it loads nothing else) and READY after its first paint. After the
    // crash-loop window it quits, so that systemd starts the kiosk afresh.
    void showMinimal(const QString &hallName, bool fullscreen, const QString &why);

    Watchdog &watchdog() { return m_watchdog; }

private:
    Watchdog m_watchdog;
    StartCounter::Mode m_mode = StartCounter::Mode::Normal;
    int m_recentStarts = 0;
    std::unique_ptr<MinimalScreen> m_minimal;
};

} // namespace tongban
