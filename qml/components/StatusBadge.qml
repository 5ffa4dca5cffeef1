import QtQuick
import Tongban

// The item's status in words and colour (never colour alone).
Rectangle {
    id: badge

    property string status

    implicitWidth: label.implicitWidth + 24
    implicitHeight: label.implicitHeight + 8
    radius: 8
    color: status === "在办" ? Theme.primary : (status === "即将开通" ? Theme.upcoming : Theme.border)

    Text {
        id: label
        anchors.centerIn: parent
        text: badge.status === "在办" ? qsTr("可办理") : (badge.status === "即将开通" ? qsTr("即将开通") : qsTr("已停办"))
        textFormat: Text.PlainText
        color: Theme.textOnPrimary
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
}
