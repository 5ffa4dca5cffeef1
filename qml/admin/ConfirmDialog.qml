import QtQuick
import QtQuick.Layouts
import Tongban

// One confirmation before what staff cannot take back at a touch (import, rollback, hall and
// city, leaving kiosk mode). Shown over the admin screen while `question` is set.
Rectangle {
    id: dialog

    property string question
    property string confirmText: qsTr("确认")
    signal confirmed()
    signal cancelled()

    objectName: "confirmDialog"
    color: "#cc000000"

    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        implicitHeight: column.implicitHeight + 3 * Theme.margin
        radius: Theme.radius * 2
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin * 1.5
            spacing: Theme.spacing * 1.5

            Text {
                objectName: "confirmQuestion"
                text: dialog.question
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.headingSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                BigButton {
                    objectName: "confirmNo"
                    text: qsTr("取消")
                    Layout.fillWidth: true
                    onActivated: dialog.cancelled()
                }
                BigButton {
                    objectName: "confirmYes"
                    text: dialog.confirmText
                    primary: true
                    Layout.fillWidth: true
                    onActivated: dialog.confirmed()
                }
            }
        }
    }
}
