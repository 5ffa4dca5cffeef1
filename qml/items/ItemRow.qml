import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

// One item in a list: its name, status in words, and the cities it is 通办 in.
ItemDelegate {
    id: row

    required property string itemId
    required property string name
    required property string status
    required property string cities
    required property string department

    objectName: "item-" + itemId
    width: ListView.view.width - 30
    implicitHeight: Math.max(Theme.targetSize, contentItem.implicitHeight + 2 * Theme.spacing)
    focusPolicy: Qt.NoFocus
    onClicked: Navigator.openItem(row.itemId)

    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.pressedSurface : Theme.surface
        border.color: Theme.primary
        border.width: 2
    }
    contentItem: ColumnLayout {
        spacing: 6

        Text {
            text: row.name
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.headingSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            StatusBadge {
                status: row.status
            }
            Text {
                text: qsTr("通办城市：%1").arg(row.cities)
                textFormat: Text.PlainText
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
