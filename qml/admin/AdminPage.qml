import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Tongban

// One admin page: a column that scrolls when it is longer than the screen.
Flickable {
    id: flick

    default property alias content: column.data

    clip: true
    contentHeight: column.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: KioskScrollBar { }

    ColumnLayout {
        id: column
        width: flick.width - 30
        spacing: Theme.spacing
    }
}
