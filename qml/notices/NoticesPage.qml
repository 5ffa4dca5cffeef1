import QtQuick
import QtQuick.Controls.Basic
import Tongban

// Departments' notices, department by department, pinned and newest first; only those
// published and not expired on the kiosk's date.
ScreenPage {
    id: page

    objectName: "notices"
    heading: qsTr("部门公告")
    subheading: qsTr("共 %1 条，轻触查看全文").arg(notices.count)
    onOpened: notices.refreshIfStale()

    ListView {
        id: list
        objectName: "noticeList"
        anchors.fill: parent
        clip: true
        spacing: Theme.spacing / 2
        boundsBehavior: Flickable.StopAtBounds
        model: NoticeModel {
            id: notices
            store: Kiosk.store
            hiddenIds: Kiosk.hiddenNoticeIds
        }
        ScrollBar.vertical: KioskScrollBar { }
        section.property: "department"
        section.delegate: Text {
            required property string section
            width: ListView.view.width - 30
            topPadding: Theme.spacing
            text: section
            textFormat: Text.PlainText
            color: Theme.primary
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        delegate: NoticeRow { }
    }

    Text {
        anchors.centerIn: parent
        visible: notices.count === 0
        text: qsTr("暂无公告")
        textFormat: Text.PlainText
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
    }
}
