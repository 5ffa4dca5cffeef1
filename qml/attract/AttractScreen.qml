import QtQuick
import QtQuick.Layouts
import Tongban

// Shown while nobody uses the kiosk: hall name, clock, rotating slides from the content,
// and "轻触屏幕开始". Any touch starts a visit.
Rectangle {
    id: attract

    property int slide: 0
    property date now: new Date()
    readonly property NoticeModel notices: NoticeModel {
        store: Kiosk.store
    }
    readonly property var slides: {
        const out = [{ title: qsTr("圈内通办"), text: qsTr("长春 · 吉林 · 四平 · 辽源\n%1 项事项可在本机查询办事指南").arg(Kiosk.itemCount) }];
        for (let i = 0; i < Math.min(3, attract.notices.count); ++i) {
            const n = attract.notices.get(i);
            out.push({ title: n.title, text: n.department });
        }
        return out;
    }
    signal startRequested()

    objectName: "attract"
    color: Theme.primary


    Timer {
        interval: 1000
        running: attract.visible
        repeat: true
        onTriggered: attract.now = new Date()
    }
    Timer {
        interval: 6000
        running: attract.visible
        repeat: true
        onTriggered: attract.slide = (attract.slide + 1) % attract.slides.length
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 2
        spacing: Theme.spacing * 2

        Text {
            text: Kiosk.hallName
            textFormat: Text.PlainText
            color: Theme.textOnPrimary
            font.pixelSize: Theme.displaySize
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Text {
            objectName: "attractClock"
            text: Qt.formatDateTime(attract.now, "yyyy年M月d日  HH:mm")
            textFormat: Text.PlainText
            color: Theme.textOnPrimary
            font.pixelSize: Theme.titleSize
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius * 2
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.margin * 1.5
                spacing: Theme.spacing

                Item { Layout.fillHeight: true }
                Text {
                    objectName: "slideTitle"
                    text: attract.slides[attract.slide % attract.slides.length].title
                    textFormat: Text.PlainText
                    color: Theme.primary
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                Text {
                    text: attract.slides[attract.slide % attract.slides.length].text
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                Item { Layout.fillHeight: true }
            }
        }
        Text {
            objectName: "touchToStart"
            text: qsTr("轻触屏幕开始")
            textFormat: Text.PlainText
            color: Theme.textOnPrimary
            font.pixelSize: Theme.displaySize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true

            SequentialAnimation on opacity {
                running: attract.visible
                loops: Animation.Infinite
                NumberAnimation { to: 0.55; duration: 1200 }
                NumberAnimation { to: 1.0; duration: 1200 }
            }
        }
    }

    TapHandler {
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: attract.startRequested()
    }
}
