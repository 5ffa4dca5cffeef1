import QtQuick
import QtQuick.Layouts
import Tongban

// A grid of large buttons of which one is the current choice (the admin tabs, the city, the hall).
// The buttons are wired from the Repeater, outside their delegate, where this grid is in scope.
GridLayout {
    id: grid

    property var options: [] // [{key, label}]
    property string current
    property string namePrefix // objectName of each button: prefix + key
    signal chosen(string key)

    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing
    Layout.fillWidth: true

    Repeater {
        model: grid.options
        onItemAdded: (index, item) => {
            const button = item as BigButton;
            const key = grid.options[index].key;
            button.objectName = grid.namePrefix + key;
            button.checkedLook = Qt.binding(() => grid.current === key);
            button.activated.connect(() => grid.chosen(key));
        }
        BigButton {
            required property var modelData
            text: modelData.label
            Layout.fillWidth: true
        }
    }
}
