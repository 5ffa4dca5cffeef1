import QtQuick
import Tongban

// A QR code for a URL, or — when the kiosk's allowlist refuses the URL — a plain message
// instead of a code.
Item {
    id: qr

    property alias url: image.url
    readonly property bool valid: image.valid
    readonly property string error: image.error

    implicitWidth: 360
    implicitHeight: 360

    QrCodeImage {
        id: image
        objectName: "qrImage"
        anchors.fill: parent
        visible: image.valid
    }
    Rectangle {
        anchors.fill: parent
        visible: !image.valid
        color: Theme.surface
        border.color: Theme.border
        border.width: 2
        radius: Theme.radius

        Text {
            objectName: "qrError"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: qsTr("无法显示二维码：") + image.error
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.accent
            font.pixelSize: Theme.smallSize
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
}
