import QtQuick
import QtQuick.Layouts
import Tongban

// The materials checklist. The sources name materials for few items; an empty list is not
// shown (the guide's UnknownLine names it) instead of guessing.
ColumnLayout {
    id: list

    property var materials: []

    visible: list.materials.length > 0
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
