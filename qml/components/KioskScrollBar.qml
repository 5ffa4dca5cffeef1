import QtQuick
import QtQuick.Controls.Basic
import Tongban

// Always visible and wide, so a list shows that it scrolls and where it is.
ScrollBar {
    id: bar
    policy: ScrollBar.AlwaysOn
    implicitWidth: 18
    contentItem: Rectangle {
        implicitWidth: 18
        radius: 9
        color: bar.pressed ? Theme.primaryPressed : Theme.primary
        opacity: bar.size < 1 ? 0.8 : 0.25
    }
    background: Rectangle {
        radius: 9
        color: Theme.pressedSurface
    }
}
