import QtQuick
import QtQuick.Controls.Basic
import Tongban

// A large, high-contrast touch target. Buttons act on release (clicked), so a finger that
// slides off cancels.
Button {
    id: control

    property bool primary: false

    implicitHeight: Theme.targetSize
    implicitWidth: Math.max(Theme.targetSize * 2, contentItem.implicitWidth + 2 * Theme.spacing)
    font.pixelSize: Theme.headingSize
    font.family: Theme.fontFamily

    contentItem: Text {
        text: control.text
        font: control.font
        textFormat: Text.PlainText
        color: control.primary ? Theme.textOnPrimary : (control.enabled ? Theme.primary : Theme.mutedText)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.primary ? (control.down ? Qt.darker(Theme.primary, 1.3) : Theme.primary)
                               : (control.down ? "#dde6f0" : Theme.surface)
        border.width: 3
        border.color: control.enabled ? Theme.primary : Theme.border
        opacity: control.enabled ? 1 : 0.6
    }
}
