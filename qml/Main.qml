import QtQuick
import QtQuick.Controls.Basic
import Tongban

ApplicationWindow {
    id: root

    // What the tour and tests read: the screen a person sees, and whether it still moves.
    readonly property string currentScreen: Admin.open ? (adminLoader.item ? (adminLoader.item as AdminScreen).screenName : "admin")
                                            : !Visit.active ? "attract"
                                            : Visit.prompting ? "idle-prompt"
                                            : Navigator.staffOpen ? "staff"
                                            : (stack.currentItem ? stack.currentItem.objectName : "")
    readonly property bool busy: stack.busy
    // A navigation request is settling: a tap now would be dropped as a double tap (the tour waits).
    readonly property bool settling: Navigator.settling

    function show(screen: string, params: var) {
        if (screen === "staff")
            Navigator.staffOpen = true;
        else if (pool.components[screen])
            stack.push(pool.take(screen, params));
    }
    function goHome() {
        stack.pop(null);
    }
    // Every trace of the visit goes: open screens, scroll positions, choices.
    function resetVisit() {
        Navigator.staffOpen = false;
        stack.clear(StackView.Immediate);
        stack.push(homePage.createObject(spares, pool.size()), {}, StackView.Immediate);
    }

    width: 1080
    height: 1920
    visible: true
    title: "通办自助导办机 · " + Kiosk.hallName
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    StackView {
        id: stack
        anchors.fill: parent
        anchors.bottomMargin: navBar.height
        Component.onCompleted: stack.push(homePage.createObject(spares, pool.size()), {}, StackView.Immediate)
        // Screens change at once: no motion to follow, and the next screen is there in one frame.
        pushEnter: null
        pushExit: null
        popEnter: null
        popExit: null
        replaceEnter: null
        replaceExit: null
    }

    Connections {
        target: Navigator
        function onRequested(screen: string, params: var) {
            root.show(screen, params);
        }
    }
    Connections {
        target: Visit
        function onEnded() {
            root.resetVisit();
        }
    }

    NavBar {
        id: navBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        canGoBack: stack.depth > 1
        onBack: stack.pop()
        onHome: root.goHome()
        onStaff: Navigator.staffOpen = true
    }

    // Overlays are built only while shown: start-up goes straight to what is on screen.
    Loader {
        anchors.fill: parent
        active: Navigator.staffOpen
        sourceComponent: StaffPanel {
            onCloseRequested: Navigator.staffOpen = false
        }
    }
    Loader {
        anchors.fill: parent
        // Not while staff work: the attract loop's video and sound stop under the admin screen.
        active: !Visit.active && !Admin.open
        sourceComponent: AttractScreen {
            onStartRequested: Visit.start()
        }
    }
    Loader {
        anchors.fill: parent
        active: Visit.active && Visit.prompting
        sourceComponent: IdlePrompt { }
    }
    // The admin screen (管理), over everything; opened by the hidden gesture and the PIN.
    Loader {
        id: adminLoader
        anchors.fill: parent
        active: Admin.open
        sourceComponent: AdminScreen { }
    }

    Item {
        id: spares
        anchors.fill: stack
        visible: false
    }
    PagePool {
        id: pool
        holder: spares
        components: ({
            "department": departmentPage, "theme": themePage, "search": searchPage, "item-guide": guidePage,
            "themes": themesPage, "notices": noticesPage, "notice": noticePage, "halls": hallsPage
        })
    }

    Component { id: homePage; HomePage { } }
    Component { id: departmentPage; ItemListPage { objectName: "department" } }
    Component { id: themePage; ItemListPage { objectName: "theme" } }
    Component { id: searchPage; SearchPage { } }
    Component { id: guidePage; ItemGuidePage { } }
    Component { id: themesPage; ThemesPage { } }
    Component { id: noticesPage; NoticesPage { } }
    Component { id: noticePage; NoticePage { } }
    Component { id: hallsPage; HallsPage { } }
}
