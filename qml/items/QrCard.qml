import QtQuick
import QtQuick.Layouts
import Tongban

// "手机扫码，在吉事办办理": the QR code, its caption, and the site it opens.
Rectangle {
    id: card

    property alias url: code.url
    property string caption
    property string host
    // The item the code is for: the usage figures count a card kept on screen for
    // `keptMs` ("qr-kept"), once per showing (a page pushed over it and back is a new one).
    property string itemId
    readonly property int keptMs: 3000
    readonly property bool showing: card.visible && card.itemId.length > 0 && code.url.length > 0
    property bool keptCounted: false
    default property alias actions: extra.data

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.primary
    border.width: 3
    radius: Theme.radius

    onShowingChanged: {
        if (!card.showing)
            card.keptCounted = false;
    }
    onItemIdChanged: card.keptCounted = false

    // On the monotonic clock, like every interval here.
    Timer {
        interval: card.keptMs
        running: card.showing && !card.keptCounted
        onTriggered: {
            card.keptCounted = true;
            Kiosk.countUsage("qr-kept", card.itemId);
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 8

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            QrCode {
                id: code
                objectName: "guideQr"
                Layout.preferredWidth: 300
                Layout.preferredHeight: 300
                Layout.alignment: Qt.AlignTop
            }
            ColumnLayout {
                spacing: 8
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop

                Text {
                    objectName: "qrCaption"
                    text: card.caption
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Text {
                    visible: card.host.length > 0
                    text: qsTr("网址：%1").arg(card.host)
                    textFormat: Text.PlainText
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
                ColumnLayout {
                    id: extra
                    Layout.fillWidth: true
                }
            }
        }
    }
}
