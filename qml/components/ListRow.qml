import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

// One row of a list (items, notices, search results): a large first line, a smaller second
// line, optionally the item's status badge in front of it, and a thicker border when pinned.
// A tap plays the soft touch sound.
ItemDelegate {
    id: row

    property string primaryText
    property int primaryFormat: Text.PlainText
    property string secondaryText
    property string badgeStatus // an item's status; empty: no badge
    property bool emphasised: false

    implicitHeight: Math.max(Theme.targetSize, contentItem.implicitHeight + 2 * Theme.spacing)
    focusPolicy: Qt.NoFocus
    onClicked: Sounds.touch()

    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.pressedSurface : Theme.surface
        border.color: row.emphasised ? Theme.upcoming : Theme.primary
        border.width: row.emphasised ? 4 : 2
    }
    contentItem: ColumnLayout {
        spacing: 6

        Text {
            text: row.primaryText
            textFormat: row.primaryFormat
            color: Theme.text
            font.pixelSize: Theme.headingSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            StatusBadge {
                visible: row.badgeStatus !== ""
                status: row.badgeStatus
            }
            Text {
                text: row.secondaryText
                textFormat: Text.PlainText
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
