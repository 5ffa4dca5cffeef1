import QtQuick
import QtQuick.Layouts
import Tongban

// "我是外市居民": the resident picks their home city among the circle's other three; the
// item guides then say whether this hall takes their case and who approves it.
Item {
    id: chooser

    implicitHeight: column.implicitHeight

    Column {
        id: column
        width: chooser.width
        spacing: 8

        Text {
            width: column.width
            text: qsTr("我是外市居民（选择您的户籍或参保城市）：")
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        RowLayout {
            width: column.width
            spacing: Theme.spacing

            BigButton {
                objectName: "homeCity-here"
                text: qsTr("本市居民")
                checkedLook: Visit.homeCityCode === ""
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onActivated: Visit.homeCityCode = ""
            }
            Repeater {
                model: Visit.otherCities()
                delegate: BigButton {
                    required property var modelData
                    objectName: "homeCity-" + modelData.code
                    text: modelData.name
                    checkedLook: Visit.homeCityCode === modelData.code
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onActivated: Visit.homeCityCode = modelData.code
                }
            }
        }
    }
}
