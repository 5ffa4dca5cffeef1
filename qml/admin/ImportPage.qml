import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

// 导入内容: the packages on a USB stick (mounted read-only), what one would change, then the
// import with its steps, and the new version or every message. Rollback to the previous content.
AdminPage {
    id: page

    signal confirmRequested(string question, var action)
    // The job's outcome as plain JavaScript objects (their keys vary with the job).
    readonly property var diff: Admin.diff
    readonly property var result: Admin.result
    // The package being looked at (Admin keeps it: the list's buttons are delegates).
    readonly property var chosenPackage: Admin.chosen
    readonly property var chosen: page.chosenPackage.path ? page.chosenPackage : null
    readonly property bool importing: Admin.jobKind === "import" || Admin.jobKind === "rollback"
    readonly property bool finished: page.importing && !Admin.jobRunning && page.result.result !== undefined

    objectName: "adminImport"

    Component.onCompleted: Admin.scanStick()

    // 1. The stick.
    RowLayout {
        visible: !page.chosen && !page.importing
        spacing: Theme.spacing
        Layout.fillWidth: true
        Text {
            objectName: "stickState"
            text: Admin.scanning ? qsTr("正在查找U盘上的内容包…")
                  : Admin.stickProblem.length > 0 ? Admin.stickProblem
                  : qsTr("U盘上的内容包（只读打开）：")
            textFormat: Text.PlainText
            color: Admin.stickProblem.length > 0 ? Theme.accent : Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "stickRescan"
            text: qsTr("刷新")
            enabled: !Admin.scanning
            onActivated: Admin.scanStick()
        }
    }
    Repeater {
        model: !page.chosen && !page.importing ? Admin.packages : []
        BigButton {
            id: packageButton
            required property var modelData
            required property int index
            objectName: "package-" + packageButton.index
            text: packageButton.modelData.name + "\n" + packageButton.modelData.detail
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.targetSize, packageButton.implicitContentHeight + 2 * Theme.spacing)
            onActivated: Admin.previewPackage(packageButton.modelData.path)
        }
    }

    // 2. What the package would change.
    Text {
        visible: page.chosen !== null && !page.importing
        text: Admin.jobRunning ? qsTr("正在检查「%1」…").arg(page.chosen ? page.chosen.name : "")
              : page.diff.ok ? qsTr("「%1」：内容版本 %2 → %3（制作于 %4），共 %5 处变化")
                                .arg(page.chosen ? page.chosen.name : "").arg(page.diff.from).arg(page.diff.to)
                                .arg(page.diff.builtAt).arg(page.diff.changes)
              : (page.diff.message || qsTr("这个内容包不能导入："))
        objectName: "diffSummary"
        textFormat: Text.PlainText
        color: page.diff.ok || Admin.jobRunning ? Theme.text : Theme.accent
        font.pixelSize: Theme.headingSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: page.chosen && !page.importing && page.diff.ok ? page.diff.tables : []
        AdminSection {
            id: change
            required property var modelData
            title: change.modelData.label
            lines: change.modelData.added.map(n => qsTr("新增：%1").arg(n))
                   .concat(change.modelData.changed.map(n => qsTr("修改：%1").arg(n)))
                   .concat(change.modelData.removed.map(n => qsTr("删除：%1").arg(n)))
        }
    }
    AdminSection {
        visible: page.chosen !== null && !page.importing && !Admin.jobRunning && (page.diff.diagnostics || []).length > 0
        objectName: "diffDiagnostics"
        title: qsTr("检查结果")
        lines: page.diff.diagnostics || []
    }
    RowLayout {
        visible: page.chosen !== null && !page.importing && !Admin.jobRunning
        spacing: Theme.spacing
        Layout.fillWidth: true
        BigButton {
            objectName: "diffBack"
            text: qsTr("返回")
            Layout.fillWidth: true
            onActivated: Admin.clearJob()
        }
        BigButton {
            objectName: "importConfirm"
            visible: page.diff.ok === true
            text: qsTr("确认导入")
            primary: true
            Layout.fillWidth: true
            onActivated: Admin.importPackage(page.chosen.path)
        }
    }

    // 3. The import (or the rollback) and its outcome.
    Text {
        visible: page.importing
        objectName: "importState"
        text: Admin.jobRunning ? (Admin.jobKind === "rollback" ? qsTr("正在恢复上一版内容…")
                                                                : qsTr("正在导入：第 %1 步，共 %2 步").arg(Admin.stepIndex).arg(Admin.stepCount))
              : page.result.ok ? qsTr("完成。现在使用的内容版本：%1").arg(page.result.version)
              : (page.result.message || "")
        textFormat: Text.PlainText
        color: page.finished && !page.result.ok ? Theme.accent : Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: page.finished
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ProgressBar {
        objectName: "importProgress"
        visible: Admin.jobKind === "import"
        from: 0
        to: Admin.stepCount
        value: Admin.stepIndex
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.minTarget / 2
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.pressedSurface
        }
        contentItem: Item {
            Rectangle {
                width: parent.width * (Admin.stepCount > 0 ? Admin.stepIndex / Admin.stepCount : 0)
                height: parent.height
                radius: Theme.radius / 2
                color: Theme.primary
            }
        }
    }
    Text {
        objectName: "keptContent"
        visible: page.finished && !page.result.ok
        text: qsTr("原有内容仍在使用，未受影响。")
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    AdminSection {
        visible: page.finished && (page.result.diagnostics || []).length > 0
        objectName: "importDiagnostics"
        title: qsTr("检查结果")
        lines: page.result.diagnostics || []
    }
    BigButton {
        objectName: "importDone"
        visible: page.finished
        text: qsTr("完成")
        primary: true
        Layout.fillWidth: true
        onActivated: {
            Admin.clearJob();
            Admin.scanStick();
        }
    }

    BigButton {
        objectName: "rollbackButton"
        visible: !page.chosen && !page.importing
        text: qsTr("恢复上一版内容")
        enabled: !Admin.jobRunning
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        onActivated: page.confirmRequested(qsTr("确定恢复到上一版内容吗？现在的内容会被替换。"), () => Admin.rollback())
    }
}
