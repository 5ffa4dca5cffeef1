import QtQuick
import QtQuick.Controls.Basic
import Tongban

// The items of a department, of a theme, or all of them A–Z.
ScreenPage {
    id: page

    property string departmentId
    property string themeId
    property bool alphabetical: false
    property string listTitle

    heading: listTitle
    subheading: qsTr("共 %1 项，轻触事项查看办事指南").arg(items.count)

    ListView {
        id: list
        objectName: "itemList"
        anchors.fill: parent
        clip: true
        spacing: Theme.spacing / 2
        boundsBehavior: Flickable.StopAtBounds
        model: ItemListModel {
            id: items
            store: Kiosk.store
            // A page made ahead (PagePool) has no list yet: it reads nothing until it is given one.
            active: page.departmentId.length > 0 || page.themeId.length > 0 || page.alphabetical
            departmentId: page.departmentId
            themeId: page.themeId
            alphabetical: page.alphabetical
        }
        ScrollBar.vertical: KioskScrollBar { }

        delegate: ItemRow { }
    }
}
