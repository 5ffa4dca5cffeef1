import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

// The item guide, in PRODUCT.md's order, with the 吉事办 QR card always in view.
ScreenPage {
    id: page

    property string itemId
    readonly property bool landscape: width > height

    // The non-empty parts, one per line (or joined by `separator`).
    function joined(parts: var, separator: string): string {
        let out = [];
        for (let i = 0; i < parts.length; ++i)
            if (parts[i].length > 0)
                out.push(parts[i]);
        return out.join(separator);
    }

    objectName: "item-guide"
    heading: guide.name
    subheading: guide.department

    ItemGuide {
        id: guide
        store: Kiosk.store
        kioskCityCode: Kiosk.cityCode
        itemId: page.itemId
        onOpened: openedId => Kiosk.countUsage("item-opened", openedId)
    }

    GridLayout {
        anchors.fill: parent
        flow: page.landscape ? GridLayout.LeftToRight : GridLayout.TopToBottom
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Flickable {
            id: details
            objectName: "guideDetails"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: facts.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: KioskScrollBar { }

            ColumnLayout {
                id: facts
                width: details.width - 30
                spacing: Theme.spacing

                Rectangle {
                    objectName: "homeCityNote"
                    visible: Visit.homeCityCode !== ""
                    Layout.fillWidth: true
                    implicitHeight: note.implicitHeight + 2 * Theme.spacing
                    color: Theme.notice
                    border.color: Theme.upcoming
                    border.width: 2
                    radius: Theme.radius

                    Text {
                        id: note
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        text: qsTr("您是%1居民：").arg(Visit.homeCityName) + (guide.found ? guide.homeCityNote(Visit.homeCityCode) : "")
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                }
                Fact {
                    label: qsTr("哪里可以办")
                    value: page.joined([guide.cities.length > 0 ? qsTr("通办城市：") + guide.cities : "",
                                        guide.online.length > 0 ? qsTr("网上：") + guide.online : "",
                                        guide.offline.length > 0 ? qsTr("窗口：") + guide.offline : ""], "\n")
                }
                Fact {
                    label: qsTr("通办方式")
                    value: guide.mode
                }
                Fact {
                    label: qsTr("受理条件")
                    value: guide.conditions
                }
                MaterialsList {
                    materials: guide.materials
                }
                Fact {
                    label: qsTr("办理时限")
                    value: page.joined([guide.promised.length > 0 ? qsTr("承诺：") + guide.promised : "",
                                        guide.statutory.length > 0 ? qsTr("法定：") + guide.statutory : ""], "；")
                }
                Fact {
                    label: qsTr("收费")
                    value: guide.fee
                }
                Fact {
                    label: qsTr("到现场次数")
                    value: guide.visits
                }
                Fact {
                    objectName: "statusFact"
                    label: qsTr("通办状态")
                    value: guide.statusText + (guide.statusSource.length > 0 ? "\n" + qsTr("来源：") + guide.statusSource : "")
                }
                Fact {
                    label: qsTr("咨询电话")
                    value: guide.phone
                }
                UnknownLine {
                    objectName: "unknownFields"
                    text: guide.unknownLine
                }
                Text {
                    objectName: "guideContentDate"
                    text: qsTr("信息更新于 %1").arg(Kiosk.contentDate)
                    textFormat: Text.PlainText
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                // 好差评 at the end of the guide (after reading it, or printing its slip): part
                // of the page, scrolling with it, never in the way.
                RatingStrip {
                    itemId: guide.found ? page.itemId : ""
                    Layout.fillWidth: true
                }
            }
        }

        QrCard {
            objectName: "qrCard"
            itemId: page.itemId
            url: guide.url
            caption: guide.qrCaption
            host: guide.urlHost
            ReadAloudButton {
                readingKey: "item:" + page.itemId
                Layout.fillWidth: true
                onToggled: Voice.toggleItem(page.itemId)
            }
            PrintButton {
                itemId: page.itemId
                Layout.fillWidth: true
            }
            Layout.fillWidth: !page.landscape
            Layout.preferredWidth: page.landscape ? page.width * 0.36 : -1
            Layout.fillHeight: page.landscape
        }
    }
}
