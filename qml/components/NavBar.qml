import QtQuick
import QtQuick.Layouts
import Tongban

// Always on screen, in the lower part where a seated or short person reaches:
// 返回, 首页, 找工作人员, 大字, 读屏 and 中/EN.
Rectangle {
    id: bar

    property bool canGoBack: false
    signal back()
    signal home()
    signal staff()

    implicitHeight: Theme.targetSize + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        BigButton {
            objectName: "backButton"
            text: qsTr("返回")
            enabled: bar.canGoBack
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            onActivated: bar.back()
        }
        BigButton {
            objectName: "homeButton"
            text: qsTr("首页")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            onActivated: bar.home()
        }
        BigButton {
            objectName: "staffButton"
            text: qsTr("找工作人员")
            primary: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            onActivated: bar.staff()
        }
        BigButton {
            objectName: "largeTextButton"
            text: qsTr("大字")
            checkedLook: Visit.largeText
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1.6
            onActivated: {
                Visit.largeText = !Visit.largeText;
                if (Visit.largeText)
                    Kiosk.countUsage("large-text");
            }
        }
        BigButton {
            objectName: "screenReaderButton"
            text: qsTr("读屏")
            checkedLook: Voice.screenReader
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1.6
            onActivated: Voice.screenReader = !Voice.screenReader
        }
        BigButton {
            objectName: "languageButton"
            text: Visit.english ? "中文" : "EN"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1.2
            onActivated: {
                Visit.english = !Visit.english;
                if (Visit.english)
                    Kiosk.countUsage("english");
            }
        }
    }
}
