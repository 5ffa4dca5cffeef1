import QtQuick
import Tongban

// One item in a list: its name, status in words, and the cities it is 通办 in.
ListRow {
    id: row

    required property string itemId
    required property string name
    required property string status
    required property string cities
    required property string department

    objectName: "item-" + itemId
    width: ListView.view.width - 30
    primaryText: name
    badgeStatus: status
    secondaryText: qsTr("通办城市：%1").arg(row.cities)
    onClicked: Navigator.openItem(row.itemId)
}
