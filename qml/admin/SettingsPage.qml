import QtQuick
import QtQuick.Layouts
import Tongban

// 设置: volume, quiet hours, the idle timeout, and — with a second confirmation — this
// kiosk's hall and city. Admin validates and writes kiosk.ini; an import never touches it.
AdminPage {
    id: page

    signal confirmRequested(string question, var action)
    property var saved: Admin.settings()
    readonly property var idleChoices: [30, 45, 60, 90, 120, 180, 300]
    property int volume: saved.volume
    property bool quiet: saved.quietHours.length > 0
    property int quietFrom: saved.quietHours.length > 0 ? parseInt(saved.quietHours.split("-")[0]) : 22
    property int quietUntil: saved.quietHours.length > 0 ? parseInt(saved.quietHours.split("-")[1]) : 7
    property int idle: saved.idleTimeout
    property string cityCode: saved.cityCode
    property string hallName: saved.hallName
    property string message
    readonly property var halls: Kiosk.halls()

    function hour(h: int): string {
        return (h < 10 ? "0" : "") + h + ":00";
    }
    function cityName(code: string): string {
        const c = page.saved.cities.find(x => x.code === code);
        return c ? c.name : code;
    }
    function save() {
        const changes = {
            volume: page.volume,
            quietHours: page.quiet ? page.hour(page.quietFrom) + "-" + page.hour(page.quietUntil) : "",
            idleTimeout: page.idle
        };
        const placeChanged = page.cityCode !== page.saved.cityCode || page.hallName !== page.saved.hallName;
        const write = () => {
            if (placeChanged) {
                changes.cityCode = page.cityCode;
                changes.hallName = page.hallName;
            }
            const error = Admin.saveSettings(changes);
            page.message = error.length > 0 ? error
                                            : placeChanged ? qsTr("已保存。大厅和城市在自助机重新启动后生效。") : qsTr("已保存");
        };
        if (placeChanged)
            page.confirmRequested(qsTr("确定把本机改为「%1」（%2）吗？首页、大厅指引和二维码都会随之改变。")
                           .arg(page.hallName).arg(page.cityName(page.cityCode)), write);
        else
            write();
    }

    objectName: "adminSettings"

    Connections {
        target: Admin
        function onSettingsSaved() {
            page.saved = Admin.settings();
        }
    }

    StepperRow {
        key: "volume"
        label: qsTr("音量")
        valueText: page.volume + "%"
        canLower: page.volume > 0
        canRaise: page.volume < 100
        onLower: page.volume = Math.max(0, page.volume - 10)
        onRaise: page.volume = Math.min(100, page.volume + 10)
    }
    StepperRow {
        key: "idle"
        label: qsTr("无人操作多久后返回首页")
        valueText: qsTr("%1 秒").arg(page.idle)
        canLower: page.idleChoices.indexOf(page.idle) !== 0
        canRaise: page.idleChoices.indexOf(page.idle) !== page.idleChoices.length - 1
        onLower: page.idle = page.idleChoices.filter(s => s < page.idle).pop() ?? page.idle
        onRaise: page.idle = page.idleChoices.find(s => s > page.idle) ?? page.idle
    }
    BigButton {
        objectName: "quietToggle"
        text: page.quiet ? qsTr("静音时段：开（此时不放按键音）") : qsTr("静音时段：关")
        checkedLook: page.quiet
        Layout.fillWidth: true
        onActivated: page.quiet = !page.quiet
    }
    StepperRow {
        visible: page.quiet
        key: "quietFrom"
        label: qsTr("静音开始")
        valueText: page.hour(page.quietFrom)
        onLower: page.quietFrom = (page.quietFrom + 23) % 24
        onRaise: page.quietFrom = (page.quietFrom + 1) % 24
    }
    StepperRow {
        visible: page.quiet
        key: "quietUntil"
        label: qsTr("静音结束")
        valueText: page.hour(page.quietUntil)
        onLower: page.quietUntil = (page.quietUntil + 23) % 24
        onRaise: page.quietUntil = (page.quietUntil + 1) % 24
    }

    Text {
        text: qsTr("本机所在城市和大厅")
        textFormat: Text.PlainText
        color: Theme.primary
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
    ChoiceGrid {
        columns: 4
        namePrefix: "city-"
        current: page.cityCode
        options: page.saved.cities.map(c => ({ key: c.code, label: c.name }))
        onChosen: code => {
            page.cityCode = code;
            const halls = page.halls.filter(h => h.city === page.cityName(code));
            if (halls.length > 0 && !halls.some(h => h.name === page.hallName))
                page.hallName = halls[0].name;
        }
    }
    ChoiceGrid {
        columns: 1
        namePrefix: "hall-"
        current: page.hallName
        options: page.halls.filter(h => h.city === page.cityName(page.cityCode)).map(h => ({ key: h.name, label: h.name }))
        onChosen: name => page.hallName = name
    }

    BigButton {
        objectName: "saveSettings"
        text: qsTr("保存设置")
        primary: true
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        onActivated: page.save()
    }
    Text {
        objectName: "settingsMessage"
        visible: text.length > 0
        text: page.message
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
