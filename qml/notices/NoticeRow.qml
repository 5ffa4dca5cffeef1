import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

ItemDelegate {
    id: row

    required property string noticeId
    required property string title
    required property string department
    required property string category
    required property string publishFrom
    required property string expireAt
    required property int pinned
    required property string body
    required property string source

    objectName: "notice-" + noticeId
    width: ListView.view.width - 30
    implicitHeight: Math.max(Theme.targetSize, contentItem.implicitHeight + 2 * Theme.spacing)
    focusPolicy: Qt.NoFocus
    onClicked: Navigator.openNotice({ noticeTitle: row.title, department: row.department, category: row.category,
                                      publishFrom: row.publishFrom, expireAt: row.expireAt, body: row.body,
                                      source: row.source })

    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.pressedSurface : Theme.surface
        border.color: row.pinned ? Theme.upcoming : Theme.primary
        border.width: row.pinned ? 4 : 2
    }
    contentItem: ColumnLayout {
        spacing: 6
        Text {
            text: (row.pinned ? qsTr("【置顶】") : "") + row.title
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.headingSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            text: row.department + " · " + row.category + " · " + row.publishFrom
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
