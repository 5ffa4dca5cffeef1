#include "tour.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtCore/qtestsupport_core.h>

namespace tongban {

namespace {
QQuickItem *findItem(QQuickItem *root, const std::function<bool(QQuickItem *)> &match)
{
    if (!root)
        return nullptr;
    if (match(root) && root->isVisible())
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, match))
            return found;
    return nullptr;
}
} // namespace

Tour::Tour(QQuickWindow *window, const QString &outDir) : m_window(window), m_outDir(outDir), m_touch(window)
{
    QDir().mkpath(outDir);
}

QQuickItem *Tour::find(const QString &objectName) const
{
    return findItem(m_window->contentItem(), [&](QQuickItem *i) { return i->objectName() == objectName; });
}

QQuickItem *Tour::findFirst(const QString &prefix) const
{
    return findItem(m_window->contentItem(), [&](QQuickItem *i) { return i->objectName().startsWith(prefix); });
}

QString Tour::screen() const
{
    return m_window->property("currentScreen").toString();
}

bool Tour::settle(QQuickWindow *window, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return !window->property("busy").toBool(); }, timeoutMs))
        return false;
    int frames = 0;
    const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&frames] { ++frames; });
    window->update();
    const bool ok = QTest::qWaitFor([&frames] { return frames > 0; }, timeoutMs);
    QObject::disconnect(connection);
    return ok;
}

bool Tour::tap(QQuickItem *item, const QString &expectedScreen)
{
    if (!item) {
        m_error = QStringLiteral("nothing to tap on screen %1").arg(screen());
        return false;
    }
    m_touch.tap(item);
    if (!QTest::qWaitFor([&] { return screen() == expectedScreen; }, 3000)) {
        m_error = QStringLiteral("tapping %1 led to %2, not %3").arg(item->objectName(), screen(), expectedScreen);
        return false;
    }
    return settle(m_window);
}

bool Tour::tap(const QString &objectName, const QString &expectedScreen)
{
    QQuickItem *item = find(objectName);
    if (!item) {
        m_error = QStringLiteral("no %1 on screen %2").arg(objectName, screen());
        return false;
    }
    return tap(item, expectedScreen);
}

bool Tour::shoot(const QString &step)
{
    settle(m_window);
    const QString file = QStringLiteral("%1-%2.png").arg(m_steps.size() + 1, 2, 10, QLatin1Char('0')).arg(step);
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(QDir(m_outDir).filePath(file))) {
        m_error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    m_steps.append(QJsonObject{{"step", step}, {"screen", screen()}, {"file", file}});
    return true;
}

bool Tour::finish()
{
    QFile file(QDir(m_outDir).filePath(QStringLiteral("steps.json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(m_steps).toJson());
    return true;
}

} // namespace tongban
