import QtQuick
import QtQuick.Layouts
import Tongban

// A heading and its lines on an admin page; "无" when there are none.
ColumnLayout {
    id: section

    property string title
    property var lines: []
    property string emptyText: qsTr("无")

    spacing: Theme.spacing / 2
    Layout.fillWidth: true

    Text {
        text: section.title
        textFormat: Text.PlainText
        color: Theme.primary
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
    Repeater {
        model: section.lines.length > 0 ? section.lines.map(t => ({ text: t, muted: false }))
                                        : [{ text: section.emptyText, muted: true }]
        Text {
            id: line
            required property var modelData
            text: line.modelData.text
            textFormat: Text.PlainText
            color: line.modelData.muted ? Theme.mutedText : Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
