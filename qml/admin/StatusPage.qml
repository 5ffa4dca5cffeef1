import QtQuick
import QtQuick.Layouts
import Tongban

// 状态: what is installed, what needs attention, the last events — in plain Chinese.
AdminPage {
    id: page

    property var status: Admin.status()

    objectName: "adminStatus"

    Connections {
        target: Kiosk
        function onContentChanged() {
            page.status = Admin.status();
        }
        function onHiddenNoticesChanged() {
            page.status = Admin.status();
        }
    }

    Text {
        objectName: "statusVersion"
        text: qsTr("内容版本：%1").arg(page.status.version)
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Text {
        text: qsTr("制作时间：%1\n导入时间：%2\n磁盘剩余：%3").arg(page.status.builtAt).arg(page.status.loadedAt).arg(page.status.diskFree)
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Text {
        visible: page.status.clockWarning.length > 0
        text: page.status.clockWarning
        textFormat: Text.PlainText
        color: Theme.accent
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    AdminSection {
        title: qsTr("数量")
        lines: page.status.counts.map(c => qsTr("%1：%2").arg(c.label).arg(c.rows))
    }
    AdminSection {
        title: qsTr("网址未核实或核实已过期的事项（%1）").arg(page.status.links.length)
        lines: page.status.links
    }
    AdminSection {
        title: qsTr("7 天内到期的公告（%1）").arg(page.status.notices.length)
        lines: page.status.notices
    }
    AdminSection {
        title: qsTr("本机隐藏的公告（%1）").arg(page.status.hidden.length)
        lines: page.status.hidden
    }
    AdminSection {
        title: qsTr("播放失败的媒体")
        lines: page.status.mediaFailures
    }
    AdminSection {
        title: qsTr("最近的打印失败")
        lines: page.status.printFailures
    }
    AdminSection {
        title: qsTr("最近的事件")
        lines: page.status.events
    }
}
