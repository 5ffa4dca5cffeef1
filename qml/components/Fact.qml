import QtQuick
import QtQuick.Layouts
import Tongban

// One labelled fact of a guide. Empty means the source does not say: then the fact is not
// shown, and the page names it in its UnknownLine — never an invented answer.
ColumnLayout {
    id: fact

    property string label
    property string value

    visible: fact.value.length > 0
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
        text: fact.value
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
