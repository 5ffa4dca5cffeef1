import QtQuick

// Pages made ahead of the tap. Creating a page inside the tap's event handler took most of the
// frame (the item guide about 10 ms here); so one spare of each kind is incubated in the idle
// time between frames, and a tap only hands it its data. Each page is handed out once and
// destroyed when it leaves the stack (ScreenPage), so nothing of a visit stays in a reused page.
QtObject {
    id: pool

    // Where spares wait, invisible, already at the stack's size.
    required property Item holder
    // screen name → Component
    required property var components

    property var incubators: ({})
    property bool refilled: false

    // Spares are started a little after a page is shown (and after start-up): a tap's frame,
    // or the first frame, is never shared with the making of the next spare.
    function refill() {
        refillTimer.restart();
    }
    Component.onCompleted: pool.refill()

    function take(screen: string, params: var): Item {
        const incubator = pool.incubators[screen];
        delete pool.incubators[screen];
        let page = null;
        if (incubator) {
            if (incubator.status === Component.Loading)
                incubator.forceCompletion();
            if (incubator.status === Component.Ready)
                page = incubator.object;
        }
        if (!page)
            page = (pool.components[screen] as Component).createObject(pool.holder, pool.size());
        for (const key in params)
            page[key] = params[key];
        pool.refill();
        return page;
    }

    // Bound, not copied: a page keeps the stack's size after a rotation or a resize (the stack
    // only sizes pages that come without one).
    function size(): var {
        return { width: Qt.binding(() => pool.holder.width), height: Qt.binding(() => pool.holder.height) };
    }

    property Timer refillTimer: Timer {
        interval: pool.refilled ? 100 : 300
        onTriggered: {
            pool.refilled = true;
            for (const screen in pool.components) {
                if (!pool.incubators[screen])
                    pool.incubators[screen] = (pool.components[screen] as Component).incubateObject(pool.holder, pool.size(),
                                                                                                      Qt.Asynchronous);
            }
        }
    }
}
