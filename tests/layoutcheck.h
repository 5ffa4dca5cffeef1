#pragma once

// The layout rules every screen keeps, checked on the live item tree:
// - no visible Text is truncated unless it elides on purpose;
// - text fits its box, unless it sits in a Flickable (which scrolls);
// - every tappable item is at least `minTarget` in both directions, inside the window
//   (for lists: inside the list's viewport), and overlaps no other tappable item.
#include <QHash>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>

namespace layoutcheck {

inline QString describe(QQuickItem *item)
{
    QString name = item->objectName();
    if (name.isEmpty() && item->inherits("QQuickText"))
        name = QStringLiteral("Text「%1」").arg(item->property("text").toString().left(24));
    for (QQuickItem *p = item->parentItem(); name.isEmpty() && p; p = p->parentItem())
        if (!p->objectName().isEmpty())
            name = QStringLiteral("%1 in %2").arg(QString::fromLatin1(item->metaObject()->className()), p->objectName());
    return name.isEmpty() ? QString::fromLatin1(item->metaObject()->className()) : name;
}

inline bool isTappable(QQuickItem *item)
{
    if (item->inherits("QQuickAbstractButton") || item->inherits("QQuickMouseArea"))
        return item->isEnabled();
    for (QObject *child : item->children())
        if (child->inherits("QQuickTapHandler"))
            return item->isEnabled();
    return false;
}

struct Walker
{
    QQuickWindow *window;
    qreal minTarget;
    QStringList problems;
    QList<std::pair<QQuickItem *, QRectF>> tappables;

    void walk(QQuickItem *item, const QRectF &clip, bool inFlickable)
    {
        if (!item->isVisible() || item->opacity() <= 0.01)
            return;
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (item->inherits("QQuickText"))
            checkText(item, inFlickable);
        if (isTappable(item) && rect.intersects(clip)) {
            const QRectF windowRect(0, 0, window->width(), window->height());
            // Whole-screen catchers (the attract screen, an overlay's backdrop) are not targets.
            const bool backdrop = rect.width() >= windowRect.width() * 0.9 && rect.height() >= windowRect.height() * 0.5;
            if (!backdrop) {
                if (rect.width() + 0.5 < minTarget || rect.height() + 0.5 < minTarget)
                    problems << QStringLiteral("%1 is %2×%3 px, smaller than %4 px")
                                    .arg(describe(item))
                                    .arg(rect.width())
                                    .arg(rect.height())
                                    .arg(minTarget);
                // In a list, only the part inside the list's viewport is there to be touched.
                const QRectF visible = inFlickable ? rect.intersected(clip) : rect;
                if (!windowRect.contains(visible.adjusted(1, 1, -1, -1)))
                    problems << QStringLiteral("%1 reaches outside the window").arg(describe(item));
                tappables.append({item, visible});
            }
        }
        QRectF childClip = clip;
        bool childInFlickable = inFlickable;
        if (item->inherits("QQuickFlickable")) {
            childClip = clip.intersected(rect);
            childInFlickable = true;
        }
        for (QQuickItem *child : item->childItems())
            walk(child, childClip, childInFlickable);
    }

    void checkText(QQuickItem *text, bool inFlickable)
    {
        const bool elides = text->property("elide").toInt() != Qt::ElideNone;
        if (text->property("truncated").toBool() && !elides)
            problems << QStringLiteral("%1 is truncated").arg(describe(text));
        if (inFlickable || elides || text->property("text").toString().isEmpty())
            return;
        const qreal w = text->property("contentWidth").toReal(), h = text->property("contentHeight").toReal();
        if (w > text->width() + 1.5 || h > text->height() + 1.5)
            problems << QStringLiteral("%1 needs %2×%3 px but has %4×%5")
                            .arg(describe(text))
                            .arg(w)
                            .arg(h)
                            .arg(text->width())
                            .arg(text->height());
    }

    void checkOverlaps()
    {
        for (int i = 0; i < tappables.size(); ++i)
            for (int j = i + 1; j < tappables.size(); ++j) {
                auto [a, ra] = tappables[i];
                auto [b, rb] = tappables[j];
                if (a->isAncestorOf(b) || b->isAncestorOf(a))
                    continue;
                const QRectF overlap = ra.intersected(rb);
                if (overlap.width() > 1 && overlap.height() > 1)
                    problems << QStringLiteral("%1 overlaps %2").arg(describe(a), describe(b));
            }
    }
};

// Checks the subtree of `root` (the screen a person sees); returns the problems found.
inline QStringList check(QQuickWindow *window, QQuickItem *root, qreal minTarget)
{
    Walker walker{window, minTarget, {}, {}};
    walker.walk(root, QRectF(0, 0, window->width(), window->height()), false);
    walker.checkOverlaps();
    return walker.problems;
}

// Pixel size of every visible Text, keyed by its place in the tree, for comparing 大字.
inline QHash<QString, int> textSizes(QQuickItem *item, const QString &path = {})
{
    QHash<QString, int> out;
    if (!item->isVisible())
        return out;
    if (item->inherits("QQuickText"))
        out.insert(path, item->property("font").value<QFont>().pixelSize());
    const auto children = item->childItems();
    for (int i = 0; i < children.size(); ++i)
        out.insert(textSizes(children[i], path + u'/' + QString::number(i) + children[i]->objectName()));
    return out;
}

} // namespace layoutcheck
