import QtQuick
import QtQuick.Controls.Basic
import Tongban

// The big-button grid of departments or life topics, each with its item count. Buttons are
// named "department-<id>" or "theme-<id>" and open that department's or topic's items.
GridView {
    // GroupModel.Departments or GroupModel.Themes.
    property alias kind: groups.kind

    clip: true
    cellWidth: width / (width > 1400 ? 4 : 2)
    cellHeight: Theme.targetSize * 1.7
    boundsBehavior: Flickable.StopAtBounds
    model: GroupModel {
        id: groups
        store: Kiosk.store
    }
    ScrollBar.vertical: KioskScrollBar { }

    delegate: Item {
        id: cell
        required property string groupId
        required property string name
        required property int itemCount
        required property string groupKind

        // The attached view is typed ItemView, which has no cellWidth: the same rule as above.
        width: GridView.view.width / (GridView.view.width > 1400 ? 4 : 2)
        height: Theme.targetSize * 1.7

        BigButton {
            objectName: cell.groupKind + "-" + cell.groupId
            anchors.fill: parent
            anchors.margins: Theme.spacing / 2
            anchors.rightMargin: Theme.spacing / 2 + 18
            // A department may have notices only.
            text: cell.name + "\n" + (cell.itemCount > 0 ? qsTr("%1 项").arg(cell.itemCount) : qsTr("公告"))
            onActivated: cell.groupKind === "department" ? Navigator.openDepartment(cell.groupId, cell.name)
                                                         : Navigator.openTheme(cell.groupId, cell.name)
        }
    }
}
