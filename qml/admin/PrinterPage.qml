import QtQuick
import QtQuick.Layouts
import Tongban

// 打印机: its state, the last failures, and a test slip through the residents' print path.
AdminPage {
    id: page

    property var info: Admin.printerInfo()

    objectName: "adminPrinter"

    Connections {
        target: Printer
        function onStateChanged() {
            page.info = Admin.printerInfo();
        }
    }

    Text {
        objectName: "printerState"
        text: qsTr("状态：%1").arg(page.info.state)
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Text {
        text: page.info.configured ? qsTr("打印机：%1").arg(page.info.target)
                                   : qsTr("本机设置中没有打印机（kiosk.ini 的 [printer] name）。")
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WrapAnywhere
        Layout.fillWidth: true
    }
    Text {
        objectName: "printerMessage"
        visible: text.length > 0
        text: page.info.message
        textFormat: Text.PlainText
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    BigButton {
        objectName: "printTestSlip"
        text: Printer.busy ? qsTr("正在打印…") : qsTr("打印测试单")
        primary: true
        enabled: page.info.configured && !Printer.busy
        Layout.fillWidth: true
        onActivated: Admin.printTestSlip()
    }
    AdminSection {
        title: qsTr("最近的打印失败")
        lines: page.info.failures
    }
}
