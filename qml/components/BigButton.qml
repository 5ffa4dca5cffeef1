import QtQuick
import QtQuick.Controls.Basic
import Tongban

// A large, high-contrast touch target. It acts on release (a finger that slides off
// cancels), and a second tap within half a second — a tremor or a double tap — is ignored.
// A soft touch sound plays as it acts. In 读屏 mode a long press reads its label aloud first;
// a long press acts on release like a short one.
Button {
    id: control

    property bool primary: false
    property bool checkedLook: false
    // A second tap within half a second is ignored; a Timer keeps time on the monotonic clock.
    readonly property bool settling: guard.running
    property bool held: false
    signal activated()

    function act() {
        if (guard.running)
            return;
        guard.restart();
        Sounds.touch();
        control.activated();
    }

    implicitHeight: Theme.targetSize
    implicitWidth: Math.max(Theme.targetSize * 1.6, contentItem.implicitWidth + 2 * Theme.spacing)
    font.pixelSize: Theme.bodySize
    font.family: Theme.fontFamily
    focusPolicy: Qt.NoFocus

    onClicked: control.act()
    onPressed: control.held = false
    onPressAndHold: {
        control.held = true;
        Voice.readLabel(control.text);
    }
    // After a hold Qt emits no clicked: the release acts (a finger that slid off releases nothing).
    onReleased: {
        if (control.held) {
            control.held = false;
            control.act();
        }
    }
    onCanceled: control.held = false

    Timer {
        id: guard
        interval: 500
    }

    contentItem: Text {
        text: control.text
        font: control.font
        textFormat: Text.PlainText
        color: control.primary || control.checkedLook ? Theme.textOnPrimary
                                                      : (control.enabled ? Theme.primary : Theme.mutedText)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        maximumLineCount: 3
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.primary || control.checkedLook
               ? (control.down ? Theme.primaryPressed : Theme.primary)
               : (control.down ? Theme.pressedSurface : Theme.surface)
        border.width: control.checkedLook ? 5 : 3
        border.color: control.enabled ? Theme.primary : Theme.border
        opacity: control.enabled ? 1 : 0.55
    }
}
