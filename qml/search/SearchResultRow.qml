import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

// One search result: the title with the matched characters marked (built and escaped in
// C++, so content never becomes markup), what it is, and which form of the query matched.
Item {
    id: row

    required property string kind
    required property string kindLabel
    required property string resultId
    required property string title
    required property string highlighted
    required property string subtitle
    required property string matchedForm

    width: ListView.view.width - 30
    implicitHeight: button.implicitHeight

    // An Item around the button: the model's "highlighted" role would clash with the
    // button's own `highlighted` property.
    ItemDelegate {
        id: button
        objectName: "result-" + row.kind + "-" + row.resultId
        width: row.width
        implicitHeight: Math.max(Theme.targetSize, contentItem.implicitHeight + 2 * Theme.spacing)
        focusPolicy: Qt.NoFocus
        onClicked: {
            if (row.kind === "item")
                Navigator.openItem(row.resultId);
            else if (row.kind === "department")
                Navigator.openDepartment(row.resultId, row.title);
            else if (row.kind === "theme")
                Navigator.openTheme(row.resultId, row.title);
            else if (row.kind === "notice")
                Navigator.openNotice(Kiosk.notice(row.resultId));
        }

        background: Rectangle {
            radius: Theme.radius
            color: button.down ? Theme.pressedSurface : Theme.surface
            border.color: Theme.primary
            border.width: 2
        }
        contentItem: ColumnLayout {
            spacing: 4
            Text {
                // StyledText from SearchResult::highlightedHtml(): content escaped, only <b>/<font> ours.
                text: row.highlighted
                textFormat: Text.StyledText
                color: Theme.text
                font.pixelSize: Theme.headingSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                text: row.kindLabel + (row.subtitle.length > 0 ? " · " + row.subtitle : "") + " · " + qsTr("匹配：") + row.matchedForm
                textFormat: Text.PlainText
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
