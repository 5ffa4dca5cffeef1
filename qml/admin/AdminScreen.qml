import QtQuick
import Tongban

// The admin screen (管理) over everything, while Admin.open: the "no PIN set" note, the PIN
// pad, or the staff's screens. Residents' screens and the attract loop wait underneath.
Rectangle {
    id: screen

    // What Main.currentScreen reports (the tour and tests read it).
    readonly property string screenName: Admin.stage === Admin.NoPin ? "admin-no-pin"
                                        : Admin.stage === Admin.Pin ? "admin-pin"
                                        : (panel.item ? (panel.item as AdminPanel).screenName : "admin")

    objectName: "adminScreen"
    color: Theme.background

    // Nothing underneath is pressed through the admin screen.
    MouseArea {
        anchors.fill: parent
    }

    Loader {
        anchors.fill: parent
        active: Admin.stage === Admin.NoPin
        sourceComponent: NoPinNote { }
    }
    Loader {
        anchors.fill: parent
        active: Admin.stage === Admin.Pin
        sourceComponent: PinPad { }
    }
    Loader {
        id: panel
        anchors.fill: parent
        active: Admin.stage === Admin.Open
        sourceComponent: AdminPanel { }
    }
}
