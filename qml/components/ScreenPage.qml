import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

// A screen with a title bar; pages put their content inside.
Page {
    id: page

    property string heading
    property string subheading
    default property alias content: body.data

    background: Rectangle { color: Theme.background }

    // Pages are made ahead of the tap (PagePool): what a page counts or starts when a person
    // opens it belongs here, not in Component.onCompleted.
    signal opened()
    property bool wasOpened: false

    // A new screen: what was being read stops, the page sound plays, and in 读屏 mode the
    // screen's title is read.
    StackView.onActivated: {
        if (!page.wasOpened) {
            page.wasOpened = true;
            page.opened();
        }
        Voice.stop();
        Sounds.page();
        Voice.readScreen(page.heading);
    }
    // Pages are pushed as made items, which the stack hands back instead of destroying.
    StackView.onRemoved: page.destroy()

    header: Rectangle {
        implicitHeight: headerColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.primary

        ColumnLayout {
            id: headerColumn
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            anchors.topMargin: Theme.spacing
            anchors.bottomMargin: Theme.spacing
            spacing: 4

            Text {
                objectName: "screenTitle"
                text: page.heading
                textFormat: Text.PlainText
                color: Theme.textOnPrimary
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                visible: page.subheading.length > 0
                text: page.subheading
                textFormat: Text.PlainText
                color: Theme.textOnPrimary
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    Item {
        id: body
        anchors.fill: parent
        anchors.margins: Theme.margin
    }
}
