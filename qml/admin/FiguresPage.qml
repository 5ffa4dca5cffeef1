import QtQuick
import QtQuick.Layouts
import Tongban

// 使用统计: what residents opened and looked for, counted per day with nothing personal, by
// day, by item and by rating; and the same as a CSV file onto the USB stick.
AdminPage {
    id: page

    property int days: 7
    property var figures: Admin.figures(page.days)

    objectName: "adminFigures"

    ChoiceGrid {
        columns: 3
        namePrefix: "span-"
        current: String(page.days)
        options: [
            { key: "1", label: qsTr("今天") },
            { key: "7", label: qsTr("近 7 天") },
            { key: "30", label: qsTr("近 30 天") }
        ]
        onChosen: key => {
            page.days = parseInt(key);
            page.figures = Admin.figures(page.days);
        }
    }
    Text {
        objectName: "figuresSpan"
        text: page.figures.span
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    BigButton {
        objectName: "exportFigures"
        text: Admin.exporting ? qsTr("正在导出…") : qsTr("导出到U盘（CSV）")
        primary: true
        enabled: !Admin.exporting
        Layout.fillWidth: true
        onActivated: Admin.exportFigures(page.days)
    }
    Text {
        objectName: "exportMessage"
        visible: text.length > 0
        text: Admin.exportMessage
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    AdminSection {
        objectName: "figuresTotals"
        title: qsTr("合计")
        lines: page.figures.totals
    }
    AdminSection {
        title: qsTr("好差评")
        lines: page.figures.ratings
    }
    AdminSection {
        objectName: "figuresItems"
        title: qsTr("按事项")
        lines: page.figures.items
    }
    AdminSection {
        title: qsTr("公告")
        lines: page.figures.notices
    }
    AdminSection {
        title: qsTr("搜到结果的搜索")
        lines: page.figures.found
    }
    AdminSection {
        title: qsTr("没有结果的搜索（同一天至少 3 次才记录）")
        lines: page.figures.notFound
    }
    AdminSection {
        title: qsTr("按日期")
        lines: page.figures.days
    }
}
