import QtQuick
import QtQuick.Controls.Basic
import Tongban

// One letter key. Typing repeats letters on purpose (pinyin has "nn", "ll"…), so keys are not
// debounced like BigButton; a resting palm is still filtered out by the TouchGuard.
Button {
    id: key

    implicitWidth: Math.max(Theme.minTarget, 96 * (Theme.largeText ? 1 : 0.95))
    implicitHeight: Math.max(Theme.minTarget, Theme.targetSize * 0.8)
    font.pixelSize: Theme.headingSize
    focusPolicy: Qt.NoFocus
    onClicked: TypingBus.typed(key.text)

    contentItem: Text {
        text: key.text
        font: key.font
        textFormat: Text.PlainText
        color: Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: 10
        color: key.down ? Theme.pressedSurface : Theme.surface
        border.color: Theme.primary
        border.width: 2
    }
}
