import QtQuick
import Tongban

// One notice in a list: pinned ones marked, with department, category and publish date.
ListRow {
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
    emphasised: pinned !== 0
    primaryText: (row.pinned ? qsTr("【置顶】") : "") + row.title
    secondaryText: row.department + " · " + Kiosk.term(row.category) + " · " + row.publishFrom
    onClicked: Navigator.openNotice({ noticeId: row.noticeId, noticeTitle: row.title, department: row.department,
                                      category: row.category, publishFrom: row.publishFrom, expireAt: row.expireAt, body: row.body,
                                      source: row.source })
}
