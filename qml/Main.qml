import QtQuick
import QtQuick.Controls.Basic
import Tongban

ApplicationWindow {
    id: root

    // What the tour and tests read: the page on screen, and whether it is still moving.
    readonly property string currentScreen: stack.currentItem ? stack.currentItem.objectName : ""
    readonly property bool busy: stack.busy

    function openDepartment(departmentId: string, name: string) {
        stack.push(departmentPage, { departmentId: departmentId, departmentName: name });
    }
    function goHome() {
        stack.pop(null);
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
        initialItem: HomePage { }
    }

    Connections {
        target: Navigator
        function onDepartmentRequested(departmentId: string, name: string) {
            root.openDepartment(departmentId, name);
        }
    }

    Component {
        id: departmentPage
        DepartmentPage { }
    }

    // In the lower part of the screen, where a seated or short person reaches.
    NavBar {
        id: navBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        canGoBack: stack.depth > 1
        onBack: stack.pop()
        onHome: root.goHome()
    }
}
