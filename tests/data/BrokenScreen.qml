import QtQuick
import QtQuick.Controls.Basic

// Deliberately broken: the layout check must find every problem here.
Item {
    width: 1080
    height: 1920

    Button {
        objectName: "tinyButton"
        x: 20; y: 20; width: 40; height: 40
        text: "x"
    }
    Button {
        objectName: "overlapA"
        x: 200; y: 200; width: 300; height: 120
    }
    Button {
        objectName: "overlapB"
        x: 400; y: 250; width: 300; height: 120
    }
    Text {
        objectName: "squeezedText"
        x: 20; y: 500; width: 120; height: 30
        text: "这段文字太长了，放不进这个小小的框里"
        wrapMode: Text.Wrap
        maximumLineCount: 1
    }
    Button {
        objectName: "offscreenButton"
        x: 1000; y: 1800; width: 200; height: 200
    }
}
