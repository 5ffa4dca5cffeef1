import QtQuick
import QtQuick.Layouts
import Tongban

// 好差评: an unobtrusive strip after an item guide or a print — 非常满意 … 非常不满意. It never
// blocks or delays the resident: part of the page (not modal), takes no focus, holds no idle
// timer, and may be ignored. One rating per visit (Visit.rated, cleared when the visit ends);
// counted for the item (Kiosk.rate). Rated here, it says thanks; rated on another screen of
// the same visit, it is not shown again.
Rectangle {
    id: strip

    property string itemId
    property bool ratedHere: false
    // Scores 5 … 1 from left to right, as the national 好差评 lists them.
    readonly property list<string> labels: [qsTr("非常满意"), qsTr("满意"), qsTr("基本满意"), qsTr("不满意"), qsTr("非常不满意")]

    objectName: "ratingStrip"
    visible: strip.itemId.length > 0 && (!Visit.rated || strip.ratedHere)
    implicitHeight: column.implicitHeight + 2 * 12
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    radius: Theme.radius

    onItemIdChanged: strip.ratedHere = false

    function rate(score: int) {
        if (Kiosk.rate(strip.itemId, score))
            strip.ratedHere = true;
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Text {
            objectName: "ratingPrompt"
            text: strip.ratedHere ? qsTr("谢谢您的评价！") : qsTr("您对本次服务满意吗？轻触评价（可不评）")
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.smallSize
            font.bold: strip.ratedHere
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: !strip.ratedHere
            spacing: 12
            Layout.fillWidth: true

            Repeater {
                model: strip.labels
                delegate: BigButton {
                    required property int index
                    required property string modelData

                    objectName: "rate-" + (5 - index)
                    text: modelData
                    font.pixelSize: Theme.smallSize
                    // Narrow screens and 大字 wrap a label onto a second line rather than shrink it.
                    implicitHeight: Math.max(Theme.targetSize, contentItem.implicitHeight + topPadding + bottomPadding)
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.minimumWidth: Theme.minTarget
                }
                onItemAdded: (index, item) => item.activated.connect(() => strip.rate(5 - index))
            }
        }
    }
}
