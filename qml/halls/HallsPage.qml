import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

// The halls of the four cities and their special windows; this kiosk's city first.
ScreenPage {
    id: page

    objectName: "halls"
    heading: qsTr("大厅指引")
    subheading: qsTr("四市政务大厅设有通办窗口")

    onOpened: Kiosk.countUsage("halls-opened")

    ListView {
        id: list
        objectName: "hallList"
        anchors.fill: parent
        clip: true
        spacing: Theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        model: Kiosk.halls()
        ScrollBar.vertical: KioskScrollBar { }

        delegate: Rectangle {
            id: hall
            required property var modelData

            width: ListView.view.width - 30
            implicitHeight: column.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.primary
            border.width: 2

            ColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 6

                Text {
                    text: Kiosk.term(hall.modelData.city) + " · " + hall.modelData.name
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Fact { label: qsTr("地址"); value: hall.modelData.address }
                Fact { label: qsTr("办公时间"); value: hall.modelData.hours }
                Fact { label: qsTr("电话"); value: hall.modelData.phone }
                UnknownLine {
                    objectName: "hallUnknown"
                    text: hall.modelData.unknown
                }
                Repeater {
                    model: hall.modelData.windows
                    delegate: Text {
                        required property var modelData
                        text: "▸ " + Kiosk.term(modelData.kind) + qsTr("：") + modelData.name
                              + (modelData.location.length > 0 ? "（" + modelData.location + "）" : "")
                              + (modelData.hours.length > 0 ? " " + modelData.hours : "")
                        textFormat: Text.PlainText
                        color: Theme.primary
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
