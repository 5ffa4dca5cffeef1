#pragma once

#include <QJsonObject>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QString>

#include "touchdriver.h"

class QQuickItem;
class QQuickWindow;

namespace tongban {

// Drives the real UI with touches and records what a person sees: one PNG per step plus
// steps.json (step, screen, file).
class Tour
{
public:
    Tour(QQuickWindow *window, const QString &outDir);

    QQuickItem *find(const QString &objectName) const;
    QQuickItem *findFirst(const QString &objectNamePrefix) const;
    // Taps the named item and waits until the UI has settled on `expectedScreen`.
    bool tap(QQuickItem *item, const QString &expectedScreen);
    bool tap(const QString &objectName, const QString &expectedScreen);
    // A touch at a point of the window, held for `holdMs` (the admin gesture's corners).
    void touchAt(QPointF scenePos, int holdMs) { m_touch.tapAt(scenePos, holdMs); }
    // `facts`: more fields for the step's entry in steps.json.
    bool shoot(const QString &step, const QJsonObject &facts = {});
    // Waits (events flowing) until the UI shows `screen`.
    bool waitForScreen(const QString &screen, int timeoutMs);
    bool finish();
    QString error() const { return m_error; }
    void setError(const QString &error) { m_error = error; }
    QString screen() const;

    // Screenshots are written with zlib's fastest level (Qt's PNG quality 85): a UI's flat
    // colours compress almost as well, in about half the time of the default level.
    static constexpr int PngQuality = 85;
    // Waits for transitions to finish and a fresh frame to be rendered.
    static bool settle(QQuickWindow *window, int timeoutMs = 3000);
    QQuickWindow *window() const { return m_window; }

private:
    bool acceptsTap(QQuickItem *item) const;
    QQuickWindow *m_window;
    QString m_outDir;
    TouchDriver m_touch;
    QJsonArray m_steps;
    QString m_error;
};

// The resident's journey, screen by screen, as `tongban-kiosk --tour` records it (then finish()).
bool runResidentTour(Tour &tour);
// The admin screen, entered on purpose: the hidden gesture, a wrong PIN, `pin`, each page, and
// back to the attract screen. The caller has set `pin` in the tour's own data folder.
bool runAdminTour(Tour &tour, const QString &pin);

} // namespace tongban
