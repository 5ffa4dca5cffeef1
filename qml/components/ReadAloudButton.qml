import QtQuick
import Tongban

// 读给我听: reads this screen's summary aloud through the Voice service; a second press stops.
// Without a sound device it says so instead of failing silently.
BigButton {
    id: button

    // Voice.reading while this button's text is read, e.g. "item:<id>".
    required property string readingKey
    readonly property bool reading: Voice.reading === readingKey
    signal toggled()

    objectName: "readAloudButton"
    // Room for two lines ("本机没有声音设备" in 大字 on a narrow card).
    implicitHeight: Math.max(Theme.targetSize, contentItem.implicitHeight + Theme.spacing)
    text: !Voice.audioAvailable ? qsTr("本机没有声音设备")
                                : (reading ? qsTr("停止朗读") : qsTr("读给我听"))
    checkedLook: reading
    onActivated: button.toggled()
}
