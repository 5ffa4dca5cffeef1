import QtQuick
import QtQuick.Layouts
import Tongban

// The materials checklist. The sources name materials for few items; an empty list says
// so instead of guessing.
ColumnLayout {
    id: list

    property var materials: []

    spacing: 6
    Layout.fillWidth: true

    Text {
        text: qsTr("需要带的材料")
        textFormat: Text.PlainText
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        font.bold: true
        Layout.fillWidth: true
    }
    Text {
        visible: list.materials.length === 0
        text: qsTr("以吉事办页面或窗口告知为准")
        textFormat: Text.PlainText
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        font.italic: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: list.materials
        delegate: Text {
            required property var modelData
            required property int index
            text: (index + 1) + ". " + modelData.name + (modelData.detail.length > 0 ? "（" + modelData.detail + "）" : "")
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
