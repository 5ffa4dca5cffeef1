import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

ScreenPage {
    id: page

    property string noticeId
    property string noticeTitle
    property string department
    property string category
    property string publishFrom
    property string expireAt
    property string body
    property string source

    objectName: "notice"
    heading: noticeTitle
    subheading: department + " · " + Kiosk.term(category)

    onOpened: {
        if (page.noticeId.length > 0)
            Kiosk.countUsage("notice-opened", page.noticeId);
    }

    Flickable {
        id: flick
        anchors.fill: parent
        clip: true
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: KioskScrollBar { }

        ColumnLayout {
            id: column
            width: flick.width - 30
            spacing: Theme.spacing

            ReadAloudButton {
                readingKey: "notice:" + page.noticeTitle
                Layout.fillWidth: true
                onToggled: Voice.toggleNotice(page.noticeTitle, page.body)
            }
            Text {
                objectName: "noticeBody"
                text: page.body
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.bodySize
                lineHeight: 1.3
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                text: qsTr("发布日期：%1").arg(page.publishFrom)
                      + (page.expireAt.length > 0 ? "\n" + qsTr("有效期至：%1").arg(page.expireAt) : "")
                      + (page.source.length > 0 ? "\n" + qsTr("来源：%1").arg(page.source) : "")
                textFormat: Text.PlainText
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
