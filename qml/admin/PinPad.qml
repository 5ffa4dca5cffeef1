import QtQuick
import QtQuick.Layouts
import Tongban

// A large PIN pad. The digits show as dots; 确定 hands the PIN to Admin, which checks it off
// the UI thread. After five wrong PINs the pad is locked, with the time left shown.
Item {
    id: pad

    property string entered: ""
    readonly property bool locked: Admin.lockedSeconds > 0
    readonly property bool usable: !pad.locked && !Admin.checking

    function press(key: string) {
        if (!pad.usable)
            return;
        if (key === "del")
            pad.entered = pad.entered.slice(0, -1);
        else if (pad.entered.length < 12)
            pad.entered += key;
    }

    Connections {
        target: Admin
        // Whatever the outcome, the next try starts empty.
        function onPinChanged() {
            if (!Admin.checking)
                pad.entered = "";
        }
    }

    // Side by side on a landscape screen: the keys need the height.
    readonly property bool wide: pad.width > pad.height

    GridLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, pad.wide ? 1600 : 760)
        columns: pad.wide ? 2 : 1
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.spacing

        ColumnLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop

            Text {
                text: qsTr("请输入管理密码")
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.targetSize
                radius: Theme.radius
                color: Theme.surface
                border.width: 3
                border.color: Theme.border
                Text {
                    objectName: "pinDots"
                    anchors.centerIn: parent
                    text: pad.entered.length > 0 ? "●".repeat(pad.entered.length) : ""
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.titleSize
                }
            }
            Text {
                objectName: "pinMessage"
                visible: text.length > 0
                text: pad.locked
                      ? qsTr("密码键盘已锁定，请 %1 分 %2 秒后再试").arg(Math.floor(Admin.lockedSeconds / 60))
                                                       .arg(Admin.lockedSeconds % 60)
                      : Admin.pinMessage
                textFormat: Text.PlainText
                color: pad.locked || Admin.attemptsLeft < 5 ? Theme.accent : Theme.mutedText
                font.pixelSize: Theme.bodySize
                font.bold: pad.locked
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "pinCancel"
                text: qsTr("取消")
                Layout.fillWidth: true
                onActivated: Admin.close()
            }
        }
        GridLayout {
            columns: 3
            Layout.preferredWidth: 1
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing
            Layout.fillWidth: true

            PinKey { key: "1"; enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "2"; enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "3"; enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "4"; enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "5"; enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "6"; enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "7"; enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "8"; enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "9"; enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "del"; label: qsTr("删除"); enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "0"; enabled: pad.usable; onTyped: k => pad.press(k) }
            PinKey { key: "ok"; label: qsTr("确定"); primary: true; enabled: pad.usable && pad.entered.length >= 4; onTyped: Admin.enterPin(pad.entered) }
        }
    }
}
