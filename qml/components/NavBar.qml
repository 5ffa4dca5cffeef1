import QtQuick
import QtQuick.Layouts
import Tongban

Rectangle {
    id: bar

    property bool canGoBack: false
    signal back()
    signal home()

    implicitHeight: Theme.targetSize + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        BigButton {
            objectName: "backButton"
            text: "‹ 返回"
            enabled: bar.canGoBack
            Layout.fillWidth: true
            Layout.fillHeight: true
            onClicked: bar.back()
        }
        BigButton {
            objectName: "homeButton"
            text: "⌂ 首页"
            Layout.fillWidth: true
            Layout.fillHeight: true
            onClicked: bar.home()
        }
    }
}
