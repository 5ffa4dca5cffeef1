import QtQuick
import QtQuick.Layouts
import Tongban

// A setting changed with large − and + buttons (there is no keyboard on a kiosk).
RowLayout {
    id: row

    property string label
    property string valueText
    property string key
    property bool canLower: true
    property bool canRaise: true
    signal lower()
    signal raise()

    spacing: Theme.spacing
    Layout.fillWidth: true

    Text {
        text: row.label
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    BigButton {
        objectName: row.key + "-lower"
        text: "−"
        enabled: row.canLower
        font.pixelSize: Theme.titleSize
        Layout.preferredWidth: Theme.targetSize * 1.2
        onActivated: row.lower()
    }
    Text {
        objectName: row.key + "-value"
        text: row.valueText
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        Layout.preferredWidth: Theme.targetSize * 2.4
    }
    BigButton {
        objectName: row.key + "-raise"
        text: "+"
        enabled: row.canRaise
        font.pixelSize: Theme.titleSize
        Layout.preferredWidth: Theme.targetSize * 1.2
        onActivated: row.raise()
    }
}
