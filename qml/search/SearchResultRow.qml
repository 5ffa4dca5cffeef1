import QtQuick
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
    ListRow {
        id: button
        objectName: "result-" + row.kind + "-" + row.resultId
        width: row.width
        // StyledText from SearchResult::highlightedHtml(): content escaped, only <b>/<font> ours.
        primaryText: row.highlighted
        primaryFormat: Text.StyledText
        secondaryText: row.kindLabel + (row.subtitle.length > 0 ? " · " + row.subtitle : "") + " · " + qsTr("匹配：") + row.matchedForm
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
    }
}
