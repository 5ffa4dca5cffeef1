#include "kiosksystem.h"

#include "logging.h"
#include "minimalscreen.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QTimer>

namespace tongban {

void showFillingScreen(QWindow *window)
{
    auto fit = [window] {
        if (QScreen *screen = window->screen())
            window->setGeometry(screen->geometry());
    };
    fit();
    QObject::connect(window, &QWindow::screenChanged, window, [window, fit](QScreen *screen) {
        if (screen)
            QObject::connect(screen, &QScreen::geometryChanged, window, fit);
        fit();
    });
    if (QScreen *screen = window->screen())
        QObject::connect(screen, &QScreen::geometryChanged, window, fit);
    window->showFullScreen();
}

KioskSystem::KioskSystem() = default;
KioskSystem::~KioskSystem() = default;

StartCounter::Mode KioskSystem::decideStartMode(const QString &forced)
{
    using Mode = StartCounter::Mode;
    if (!forced.isEmpty()) {
        for (Mode m : {Mode::Normal, Mode::DefaultContent, Mode::Minimal})
            if (forced == QLatin1String(StartCounter::modeName(m)))
                m_mode = m;
        qCInfo(lcSystem) << "start mode" << StartCounter::modeName(m_mode) << "(forced)";
        return m_mode;
    }
    StartCounter counter;
    m_mode = counter.recordStart();
    m_recentStarts = counter.recentStarts();
    const qint64 minutes = StartCounter::kWindowSeconds / 60;
    switch (m_mode) {
    case Mode::Normal:
        qCInfo(lcSystem) << "start" << m_recentStarts << "within" << minutes << "minutes";
        break;
    case Mode::DefaultContent:
        qCWarning(lcSystem) << "crash loop:" << m_recentStarts << "starts within" << minutes
                            << "minutes; this start uses the embedded default content only";
        break;
    case Mode::Minimal:
        qCCritical(lcSystem) << "crash loop:" << m_recentStarts << "starts within" << minutes
                             << "minutes, also with the default content; showing the minimal screen";
        break;
    }
    return m_mode;
}

void KioskSystem::readyAfterFirstFrame(QQuickWindow *window, const QString &status)
{
    // frameSwapped comes from the render thread; the context object queues it to this thread.
    connect(
        window, &QQuickWindow::frameSwapped, this, [this, status] { m_watchdog.ready(status); }, Qt::SingleShotConnection);
}

void KioskSystem::showMinimal(const QString &hallName, bool fullscreen, const QString &why)
{
    m_minimal = std::make_unique<MinimalScreen>(hallName);
    connect(m_minimal.get(), &MinimalScreen::firstFramePainted, this,
        [this, why] { m_watchdog.ready(QStringLiteral("minimal screen shown (%1)").arg(why)); });
    if (fullscreen)
        showFillingScreen(m_minimal.get());
    else
        m_minimal->show();
    QTimer::singleShot(std::chrono::seconds(StartCounter::kWindowSeconds), qApp, [] {
        qCInfo(lcSystem) << "minimal screen: the crash-loop window has passed; quitting for a fresh start";
        QCoreApplication::quit();
    });
}

} // namespace tongban
