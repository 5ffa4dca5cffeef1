import QtQuick
import QtQuick.Layouts
import Tongban

// One key of the PIN pad: a digit, 删除 or 确定.
BigButton {
    id: pinKey

    property string key
    property string label: key
    signal typed(string key)

    objectName: key === "del" ? "pinDelete" : key === "ok" ? "pinOk" : "pin-" + key
    text: label
    font.pixelSize: key.length === 1 ? Theme.displaySize : Theme.headingSize
    Layout.fillWidth: true
    Layout.preferredHeight: Theme.targetSize * 1.4
    onActivated: pinKey.typed(pinKey.key)
}
