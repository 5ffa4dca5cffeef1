import QtQuick
import QtQuick.Layouts
import Tongban

// The one line naming every field a guide or hall card leaves out because the content does not
// state it: "以下信息请以吉事办页面或窗口告知为准：通办方式、受理条件…". Hidden when nothing is missing.
Text {
    id: line

    visible: line.text.length > 0
    textFormat: Text.PlainText
    color: Theme.mutedText
    font.pixelSize: Theme.bodySize
    font.italic: true
    wrapMode: Text.Wrap
    Layout.fillWidth: true
}
