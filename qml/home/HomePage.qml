import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

Page {

    objectName: "home"
    background: Rectangle { color: Theme.background }

    header: Rectangle {
        implicitHeight: headerColumn.implicitHeight + 2 * Theme.margin
        color: Theme.primary

        ColumnLayout {
            id: headerColumn
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: 8

            Text {
                text: Kiosk.hallName
                textFormat: Text.PlainText
                color: Theme.textOnPrimary
                font.pixelSize: Theme.titleSize
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Text {
                text: "长春现代化都市圈 · 圈内通办 · 本机所在城市：" + Kiosk.cityName
                textFormat: Text.PlainText
                color: Theme.textOnPrimary
                font.pixelSize: Theme.bodySize
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Text {
            text: "圈内通办事项 · 按部门"
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
        }

        GridView {
            id: grid
            objectName: "departmentGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: width / 2
            cellHeight: Theme.targetSize * 1.6
            boundsBehavior: Flickable.StopAtBounds
            model: DepartmentModel { id: departments }
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; width: 16 }

            delegate: Item {
                id: cell
                required property string departmentId
                required property string name
                required property int itemCount

                width: GridView.view.width / 2
                height: Theme.targetSize * 1.6

                BigButton {
                    objectName: "department-" + cell.departmentId
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    text: cell.name + "\n" + (cell.itemCount > 0 ? cell.itemCount + " 项" : "公告")
                    font.pixelSize: Theme.bodySize
                    onClicked: Navigator.openDepartment(cell.departmentId, cell.name)
                }
            }
        }

        Text {
            objectName: "contentDate"
            text: "信息更新于 " + Kiosk.contentDate
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
        }
    }
}
