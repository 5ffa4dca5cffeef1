import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

Page {
    id: page

    property string departmentId
    property string departmentName

    objectName: "department"
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Text {
            text: page.departmentName
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "itemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            boundsBehavior: Flickable.StopAtBounds
            model: ItemListModel { departmentId: page.departmentId }
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; width: 16 }

            delegate: Rectangle {
                id: row
                required property string itemId
                required property string name
                required property string status
                required property string cities

                objectName: "item-" + itemId
                width: ListView.view.width - 24
                implicitHeight: rowColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: rowColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    Text {
                        text: row.name
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Text {
                        text: "【" + row.status + "】 " + row.cities
                        textFormat: Text.PlainText
                        color: row.status === "在办" ? Theme.primary : Theme.accent
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
