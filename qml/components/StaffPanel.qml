import QtQuick
import QtQuick.Layouts
import Tongban

// 找工作人员: where the 帮办代办 window is. The kiosk adds to the staffed windows, it never
// replaces them.
Rectangle {
    id: panel

    readonly property var staffWindow: Kiosk.staffWindow()
    signal closeRequested()

    objectName: "staffPanel"
    // Built each time 找工作人员 opens (a Loader in Main.qml): one count per opening.
    Component.onCompleted: Kiosk.countUsage("staff-help")
    color: "#cc000000"

    MouseArea {
        anchors.fill: parent
        onClicked: panel.closeRequested()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        implicitHeight: column.implicitHeight + 3 * Theme.margin
        radius: Theme.radius * 2
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin * 1.5
            spacing: Theme.spacing

            Text {
                text: qsTr("需要帮助？请找工作人员")
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                objectName: "staffWhere"
                text: panel.staffWindow.name
                      ? qsTr("请到「%1」%2").arg(panel.staffWindow.name).arg(panel.staffWindow.hall ? "（" + panel.staffWindow.hall + "）" : "")
                        + (panel.staffWindow.location ? "\n" + qsTr("位置：%1").arg(panel.staffWindow.location) : "")
                        + (panel.staffWindow.hours ? "\n" + qsTr("时间：%1").arg(panel.staffWindow.hours) : "")
                      : qsTr("请向大厅工作人员或导办人员求助，他们会带您到帮办代办窗口。")
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.headingSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                text: qsTr("帮办代办窗口为老年人、残疾人等提供帮办代办服务。")
                textFormat: Text.PlainText
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "staffClose"
                text: qsTr("知道了")
                primary: true
                Layout.fillWidth: true
                onActivated: panel.closeRequested()
            }
        }
    }
}
