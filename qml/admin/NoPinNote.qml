import QtQuick
import QtQuick.Layouts
import Tongban

// The gesture on a kiosk without a PIN: there is no default PIN, so say how the installer sets one.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        spacing: Theme.spacing * 1.5

        Text {
            objectName: "noPinTitle"
            text: qsTr("尚未设置管理密码")
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("管理界面需要先设置管理密码。请安装人员在本机的终端运行：")
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            text: "sudo tongban-content set-pin"
            textFormat: Text.PlainText
            color: Theme.primary
            font.pixelSize: Theme.headingSize
            font.family: "monospace"
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("按提示输入两次密码（4 到 12 位数字）。密码只以加密形式保存在本机设置中，没有默认密码。")
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "adminBack"
            text: qsTr("返回")
            primary: true
            Layout.fillWidth: true
            onActivated: Admin.close()
        }
    }
}
