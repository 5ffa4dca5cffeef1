import QtQuick
import QtQuick.Controls.Basic
import Tongban

// The big-button grid of departments or life topics, each with its item count.
GridView {
    id: grid

    // GroupModel.Departments or GroupModel.Themes; buttons are named "<prefix>-<id>".
    property alias kind: groups.kind
    required property string buttonPrefix
    signal chosen(string groupId, string name)

    readonly property int columns: width > 1400 ? 4 : 2
    clip: true
    cellWidth: width / columns
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

        width: grid.cellWidth
        height: grid.cellHeight

        BigButton {
            objectName: grid.buttonPrefix + "-" + cell.groupId
            anchors.fill: parent
            anchors.margins: Theme.spacing / 2
            anchors.rightMargin: Theme.spacing / 2 + 18
            // A department may have notices only.
            text: cell.name + "\n" + (cell.itemCount > 0 ? qsTr("%1 项").arg(cell.itemCount) : qsTr("公告"))
            onActivated: grid.chosen(cell.groupId, cell.name)
        }
    }
}
