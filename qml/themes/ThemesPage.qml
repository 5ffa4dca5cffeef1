import QtQuick
import Tongban

// The same items grouped by life topic.
ScreenPage {
    id: page

    objectName: "themes"
    heading: qsTr("按主题查找")
    subheading: qsTr("选择与您要办的事相关的主题")

    GroupGrid {
        objectName: "themeGrid"
        anchors.fill: parent
        kind: GroupModel.Themes
    }
}
