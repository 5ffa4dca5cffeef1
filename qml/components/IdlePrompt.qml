import QtQuick
import QtQuick.Layouts
import Tongban

// "还需要更多时间吗?" with the countdown; any touch, or the big 需要 button, keeps the visit.
Rectangle {
    id: prompt

    objectName: "idlePrompt"
    color: "#cc000000"

    // Swallows touches on the dimmed area (a touch anywhere already counts as activity).
    MouseArea {
        anchors.fill: parent
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
            spacing: Theme.spacing * 1.5

            Text {
                text: qsTr("还需要更多时间吗？")
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Text {
                objectName: "idleCountdown"
                text: qsTr("%1 秒后返回首页，本次查询的内容将被清除").arg(Visit.promptRemaining)
                textFormat: Text.PlainText
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "idleContinue"
                text: qsTr("需要")
                primary: true
                font.pixelSize: Theme.titleSize
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.targetSize * 1.5
                onActivated: Visit.poke()
            }
        }
    }
}
