import QtQuick
import QtQuick.Layouts
import Tongban

// One labelled fact of a guide. Empty means the source does not say: then the resident is
// told to rely on 吉事办 or the window, never given an invented answer.
ColumnLayout {
    id: fact

    property string label
    property string value

    spacing: 4
    Layout.fillWidth: true

    Text {
        text: fact.label
        textFormat: Text.PlainText
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Text {
        text: fact.value.length > 0 ? fact.value : qsTr("以吉事办页面或窗口告知为准")
        textFormat: Text.PlainText
        color: fact.value.length > 0 ? Theme.text : Theme.mutedText
        font.pixelSize: Theme.bodySize
        font.italic: fact.value.length === 0
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
