import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

// Search as residents type it: pinyin on the on-screen keypad (full, initials or mixed),
// Hanzi from a hardware keyboard; results change with every key.
ScreenPage {
    id: page

    objectName: "search"
    heading: qsTr("搜索事项")
    subheading: qsTr("用拼音或首字母输入，例如 shenfenzheng 或 sfz")

    // The usage figures count a search once, when the resident is done with it: on leaving
    // the query for a result (or 按主题 / 找工作人员), or on leaving the page with a query
    // typed (返回, 首页, the idle reset). Not per keystroke, and not when typing pauses: a
    // pause inside "shenfen…zheng" is no search, and a half-typed name must never be stored.
    // Found means exact matches; suggestions only (您是不是要找) count as not found, so a
    // misspelt name is kept in memory like any other query that found nothing.
    // Counted already; any edit of the query starts a new search.
    property bool counted: false
    function finishSearch() {
        if (input.text.trim().length === 0 || page.counted)
            return;
        page.counted = true;
        Kiosk.countSearch(input.text, results.ready && results.count > 0 && !results.suggesting);
    }
    Component.onDestruction: page.finishSearch()
    StackView.onDeactivating: page.finishSearch() // a result, 按主题 … opened over the page
    Connections {
        target: Navigator
        function onStaffOpenChanged() {
            if (Navigator.staffOpen && page.StackView.status === StackView.Active)
                page.finishSearch();
        }
    }

    SearchResultModel {
        id: results
        store: Kiosk.store
        hiddenNoticeIds: Kiosk.hiddenNoticeIds
        query: input.text
        highlightColor: Theme.accent
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.targetSize
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.primary
            border.width: 3

            TextInput {
                id: input
                objectName: "searchInput"
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                verticalAlignment: TextInput.AlignVCenter
                font.pixelSize: Theme.titleSize
                color: Theme.text
                maximumLength: 60
                onTextChanged: page.counted = false
                focus: true
                clip: true
            }
            Text {
                anchors.fill: input
                verticalAlignment: Text.AlignVCenter
                visible: input.text.length === 0
                text: qsTr("请在下方键盘输入")
                textFormat: Text.PlainText
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
            }
        }

        // Nothing matched exactly: the best tolerant matches (fuzzy pinyin, a typing error, a
        // character of the same reading), offered as suggestions.
        Text {
            objectName: "suggestionHeading"
            visible: results.suggesting
            text: qsTr("您是不是要找：")
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: true
            Layout.fillWidth: true
        }
        Text {
            objectName: "searchPreparing"
            visible: !results.ready && results.searching
            text: qsTr("正在准备搜索，请稍候……")
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            boundsBehavior: Flickable.StopAtBounds
            model: results
            ScrollBar.vertical: KioskScrollBar { }
            delegate: SearchResultRow { }
        }

        ColumnLayout {
            objectName: "noResult"
            visible: results.ready && results.searching && (results.count === 0 || results.suggesting)
            Layout.fillWidth: true
            spacing: Theme.spacing

            Text {
                text: results.suggesting
                    ? qsTr("没有完全符合“%1”的事项。上面是相近的结果；也可以按主题查找，或到帮办代办窗口请工作人员帮忙。").arg(input.text)
                    : qsTr("没有找到“%1”。可以换个说法，按主题查找，或到帮办代办窗口请工作人员帮忙。").arg(input.text)
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                BigButton {
                    objectName: "noResultThemes"
                    text: qsTr("按主题查找")
                    Layout.fillWidth: true
                    onActivated: Navigator.open("themes")
                }
                BigButton {
                    objectName: "noResultStaff"
                    text: qsTr("找工作人员")
                    primary: true
                    Layout.fillWidth: true
                    onActivated: Navigator.open("staff")
                }
            }
        }

        Connections {
            target: TypingBus
            function onTyped(key: string) {
                input.insert(input.cursorPosition, key.toLowerCase());
            }
        }
        Keypad {
            Layout.fillWidth: true
            onBackspace: {
                if (input.cursorPosition > 0)
                    input.remove(input.cursorPosition - 1, input.cursorPosition);
            }
            onCleared: input.clear()
        }
    }
}
