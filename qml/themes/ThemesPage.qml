import QtQuick
import QtQuick.Controls.Basic
import Tongban

// The same items grouped by life topic.
ScreenPage {
    id: page

    objectName: "themes"
    heading: qsTr("按主题查找")
    subheading: qsTr("选择与您要办的事相关的主题")

    GridView {
        id: grid
        objectName: "themeGrid"
        anchors.fill: parent
        clip: true
        cellWidth: width / (page.width > page.height ? 4 : 2)
        cellHeight: Theme.targetSize * 1.7
        boundsBehavior: Flickable.StopAtBounds
        model: ThemeModel { }
        ScrollBar.vertical: KioskScrollBar { }

        delegate: Item {
            id: cell
            required property string themeId
            required property string name
            required property int itemCount

            width: GridView.view.width / (GridView.view.width > 1400 ? 4 : 2)
            height: Theme.targetSize * 1.7

            BigButton {
                objectName: "theme-" + cell.themeId
                anchors.fill: parent
                anchors.margins: Theme.spacing / 2
                anchors.rightMargin: Theme.spacing / 2 + 18
                text: cell.name + "\n" + qsTr("%1 项").arg(cell.itemCount)
                onActivated: Navigator.openTheme(cell.themeId, cell.name)
            }
        }
    }
}
