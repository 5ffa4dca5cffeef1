import QtQuick
import Tongban

// 打印办事指南 on the item guide: prints the item's slip through the Printer service and says
// how it went in plain words. While a slip prints the button is disabled (a second tap does
// not print twice) and the QR code on screen stays usable whatever happens.
Column {
    id: root

    required property string itemId

    spacing: Theme.spacing / 2

    BigButton {
        id: button
        objectName: "printButton"
        width: root.width
        text: Printer.busy ? qsTr("正在打印…") : qsTr("打印办事指南")
        enabled: !Printer.busy
        onActivated: Printer.printItem(root.itemId)
    }

    Text {
        objectName: "printMessage"
        width: root.width
        visible: text.length > 0
        text: Printer.message
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Printer.state === Printer.Failed ? Theme.accent : Theme.text
    }

    // A result belongs to the item it was printed for.
    onItemIdChanged: Printer.reset()
}
