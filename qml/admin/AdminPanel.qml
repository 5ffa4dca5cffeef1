import QtQuick
import QtQuick.Layouts
import Tongban

// The staff's screens: status, import, notices, printer, usage figures, settings; back to the residents'
// screens, or out of kiosk mode. Admin closes it after two minutes without a touch.
Item {
    id: adminPanel

    property string page: "status"
    readonly property string screenName: confirm.visible ? "admin-confirm" : "admin-" + adminPanel.page
    // A page asks for a confirmation with its confirmRequested(question, action).
    property var pendingAction: null

    function ask(question: string, action: var) {
        adminPanel.pendingAction = action;
        confirm.question = question;
    }

    Rectangle {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        implicitHeight: headerText.implicitHeight + 2 * Theme.spacing
        color: Theme.primary
        Text {
            id: headerText
            anchors.fill: parent
            anchors.margins: Theme.spacing
            anchors.leftMargin: Theme.margin
            text: qsTr("管理 · %1").arg(Kiosk.hallName)
            textFormat: Text.PlainText
            color: Theme.textOnPrimary
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }

    ChoiceGrid {
        id: tabs
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        columns: adminPanel.width > 1400 ? 6 : 3
        namePrefix: "adminTab-"
        current: adminPanel.page
        options: [
            { key: "status", label: qsTr("状态") },
            { key: "import", label: qsTr("导入内容") },
            { key: "notices", label: qsTr("公告") },
            { key: "printer", label: qsTr("打印机") },
            { key: "figures", label: qsTr("使用统计") },
            { key: "settings", label: qsTr("设置") }
        ]
        onChosen: key => adminPanel.page = key
    }

    Loader {
        id: body
        anchors.top: tabs.bottom
        anchors.bottom: footer.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        sourceComponent: adminPanel.page === "import" ? importPage
                         : adminPanel.page === "notices" ? noticesPage
                         : adminPanel.page === "printer" ? printerPage
                         : adminPanel.page === "figures" ? figuresPage
                         : adminPanel.page === "settings" ? settingsPage : statusPage
    }

    RowLayout {
        id: footer
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        BigButton {
            objectName: "adminClose"
            text: qsTr("返回自助服务")
            primary: true
            enabled: !Admin.jobRunning
            Layout.fillWidth: true
            onActivated: Admin.close()
        }
        BigButton {
            objectName: "adminLeave"
            text: qsTr("退出自助机模式")
            enabled: !Admin.jobRunning
            Layout.fillWidth: true
            onActivated: adminPanel.ask(qsTr("确定退出自助机模式吗？自助机将停止服务，直到重新启动。"), () => Admin.leaveKioskMode())
        }
    }

    Text {
        id: leaveMessage
        objectName: "leaveMessage"
        anchors.bottom: footer.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        visible: text.length > 0
        textFormat: Text.PlainText
        color: Theme.accent
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Connections {
            target: Admin
            function onLeaveFailed(message: string) {
                leaveMessage.text = message;
            }
        }
    }

    Component { id: statusPage; StatusPage { } }
    Component { id: importPage; ImportPage { onConfirmRequested: (question, action) => adminPanel.ask(question, action) } }
    Component { id: noticesPage; HideNoticesPage { } }
    Component { id: printerPage; PrinterPage { } }
    Component { id: figuresPage; FiguresPage { } }
    Component { id: settingsPage; SettingsPage { onConfirmRequested: (question, action) => adminPanel.ask(question, action) } }

    ConfirmDialog {
        id: confirm
        anchors.fill: parent
        visible: question.length > 0
        onCancelled: {
            adminPanel.pendingAction = null;
            confirm.question = "";
        }
        onConfirmed: {
            const action = adminPanel.pendingAction;
            adminPanel.pendingAction = null;
            confirm.question = "";
            if (action)
                action();
        }
    }
}
