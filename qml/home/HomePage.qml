import QtQuick
import QtQuick.Layouts
import Tongban

ScreenPage {
    id: page

    objectName: "home"
    heading: Kiosk.hallName
    subheading: qsTr("长春现代化都市圈 · 圈内通办 · 本机所在城市：%1").arg(Kiosk.cityName)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        HomeCityChooser {
            Layout.fillWidth: true
        }

        GridLayout {
            id: tiles
            Layout.fillWidth: true
            columns: page.width > page.height ? 4 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            BigButton {
                objectName: "tile-themes"
                text: qsTr("按主题查找")
                primary: true
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.targetSize * 1.2
                onActivated: Navigator.open("themes")
            }
            BigButton {
                objectName: "tile-search"
                text: qsTr("搜索事项")
                primary: true
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.targetSize * 1.2
                onActivated: Navigator.open("search")
            }
            BigButton {
                objectName: "tile-notices"
                text: qsTr("部门公告")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.targetSize * 1.2
                onActivated: Navigator.open("notices")
            }
            BigButton {
                objectName: "tile-halls"
                text: qsTr("大厅指引")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.targetSize * 1.2
                onActivated: Navigator.open("halls")
            }
        }

        Text {
            text: qsTr("圈内通办事项 · 按部门")
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }

        GroupGrid {
            id: grid
            objectName: "departmentGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            kind: GroupModel.Departments
        }

        Text {
            objectName: "contentDate"
            text: qsTr("信息更新于 %1").arg(Kiosk.contentDate)
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
}
