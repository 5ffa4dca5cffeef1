pragma Singleton
import QtQuick

// Where screens ask to go. Delegates deep inside lists cannot see the page stack, so they
// call here and Main.qml, which owns the stack, listens. A second request within
// `settleMs` is dropped: a double tap or a tremor must not open two screens, nor press
// something on the screen that just opened under the finger.
QtObject {
    id: nav

    readonly property int settleMs: 500
    // True while the last request settles. A Timer runs on the monotonic clock: staff set the
    // wall clock by hand, and an interval measured on it would freeze the kiosk.
    readonly property bool settling: settle.running
    // 找工作人员 is an overlay over whatever screen is open.
    property bool staffOpen: false

    signal requested(string screen, var params)

    function go(screen: string, params: var): bool {
        if (settle.running)
            return false;
        settle.restart();
        nav.requested(screen, params);
        return true;
    }
    function openDepartment(departmentId: string, name: string) {
        go("department", { departmentId: departmentId, listTitle: name });
    }
    function openTheme(themeId: string, name: string) {
        go("theme", { themeId: themeId, listTitle: name });
    }
    function openItem(itemId: string) {
        go("item-guide", { itemId: itemId });
    }
    function openNotice(params: var) {
        go("notice", params);
    }
    function open(screen: string) {
        go(screen, {});
    }

    property Timer settle: Timer {
        interval: nav.settleMs
    }
}
