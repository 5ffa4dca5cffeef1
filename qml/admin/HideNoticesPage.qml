import QtQuick
import QtQuick.Layouts
import Tongban

// 公告: hide a notice on this kiosk (stale, or wrong for this hall) until a package changes
// it, or show it again.
AdminPage {
    id: page

    property var notices: Admin.notices()

    objectName: "adminNotices"

    Connections {
        target: Kiosk
        function onHiddenNoticesChanged() {
            page.notices = Admin.notices();
        }
        function onContentChanged() {
            page.notices = Admin.notices();
        }
    }

    Text {
        text: qsTr("隐藏的公告只在本机不显示，直到新的内容包修改了它。")
        textFormat: Text.PlainText
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: page.notices
        Rectangle {
            id: row
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: 2
            border.color: Theme.border

            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                Text {
                    text: row.modelData.title + (row.modelData.until ? "\n" + qsTr("截止 %1").arg(row.modelData.until) : "")
                          + (row.modelData.hidden ? "\n" + qsTr("本机已隐藏") : "")
                    textFormat: Text.PlainText
                    color: row.modelData.hidden ? Theme.mutedText : Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                BigButton {
                    objectName: (row.modelData.hidden ? "unhide-" : "hide-") + row.modelData.id
                    text: row.modelData.hidden ? qsTr("恢复显示") : qsTr("隐藏")
                    Layout.preferredWidth: implicitWidth
                    onActivated: Admin.setNoticeHidden(row.modelData.id, !row.modelData.hidden)
                }
            }
        }
    }
}
