import QtQuick
import QtQuick.Layouts
import Tongban

// A large on-screen keypad for pinyin: letters, digits, space, 删除 and 清空. Keys arrive
// as TypingBus.typed(key); 删除 and 清空 as this keypad's signals.
ColumnLayout {
    id: keypad

    signal backspace()
    signal cleared()

    spacing: 6

    Repeater {
        model: ["1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"]
        delegate: RowLayout {
            id: keyRow
            required property string modelData
            spacing: 6
            Layout.alignment: Qt.AlignHCenter
            Repeater {
                model: keyRow.modelData.split("")
                delegate: KeyButton {
                    required property string modelData
                    objectName: "key-" + modelData
                    text: modelData
                }
            }
        }
    }
    RowLayout {
        spacing: 6
        Layout.fillWidth: true
        BigButton {
            objectName: "key-space"
            text: qsTr("空格")
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.minTarget, Theme.targetSize * 0.8)
            onActivated: TypingBus.typed(" ")
        }
        BigButton {
            objectName: "key-backspace"
            text: qsTr("删除")
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.minTarget, Theme.targetSize * 0.8)
            onActivated: keypad.backspace()
        }
        BigButton {
            objectName: "key-clear"
            text: qsTr("清空")
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.minTarget, Theme.targetSize * 0.8)
            onActivated: keypad.cleared()
        }
    }
}
