import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Tongban

// Shown while nobody uses the kiosk: the content's attract loop (videos and images, full
// screen) with the hall name and clock over it, and "轻触屏幕开始". With nothing in the
// content playable now, rotating text cards. Any touch starts a visit at once.
Rectangle {
    id: attract

    property int slide: 0
    property date now: new Date()
    readonly property NoticeModel notices: NoticeModel {
        store: Kiosk.store
        hiddenIds: Kiosk.hiddenNoticeIds
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

    readonly property bool showingMedia: player.kind.length > 0
    // The overlays' backing over a picture: the primary colour, a little see-through.
    readonly property color band: Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.82)

    objectName: "attract"
    color: Theme.primary

    AttractPlayer {
        id: player
        objectName: "attractPlayer"
        videoOutput: video
        running: attract.visible
    }
    VideoOutput {
        id: video
        objectName: "attractVideo"
        anchors.fill: parent
        visible: player.kind === "video"
        fillMode: VideoOutput.PreserveAspectCrop
    }
    Image {
        objectName: "attractImage"
        anchors.fill: parent
        visible: player.kind === "image"
        source: player.imageSource
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        cache: false
    }

    Timer {
        interval: 1000
        running: attract.visible
        repeat: true
        onTriggered: attract.now = new Date()
    }
    Timer {
        interval: 6000
        running: attract.visible && !attract.showingMedia
        repeat: true
        onTriggered: attract.slide = (attract.slide + 1) % attract.slides.length
    }

    Rectangle {
        objectName: "attractTopBand"
        visible: attract.showingMedia
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: clock.y + clock.height + Theme.margin * 2
        color: attract.band
    }
    Rectangle {
        visible: attract.showingMedia
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: parent.height - touchToStart.y - Theme.margin
        color: attract.band
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
            id: clock
            objectName: "attractClock"
            text: Qt.formatDateTime(attract.now, "yyyy年M月d日  HH:mm")
            textFormat: Text.PlainText
            color: Theme.textOnPrimary
            font.pixelSize: Theme.titleSize
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        // The picture shows through here; its caption sits at its foot.
        Item {
            visible: attract.showingMedia
            Layout.fillWidth: true
            Layout.fillHeight: true

            Text {
                objectName: "attractCaption"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                visible: text.length > 0
                text: player.caption
                textFormat: Text.PlainText
                color: Theme.textOnPrimary
                style: Text.Outline
                styleColor: Theme.primary
                font.pixelSize: Theme.headingSize
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
        Rectangle {
            visible: !attract.showingMedia
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
            id: touchToStart
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
