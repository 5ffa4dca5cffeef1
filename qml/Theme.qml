pragma Singleton
import QtQuick

// Sizes, colours and the text scale in one place. Body text ≥ 28 px and targets ≥ 60 px at
// 1080 px width; "largeText" scales both by 1.5 for 大字 mode.
QtObject {
    property bool largeText: false
    readonly property real scale: largeText ? 1.5 : 1.0

    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int bodySize: Math.round(30 * scale)
    readonly property int smallSize: Math.round(28 * scale)
    readonly property int titleSize: Math.round(44 * scale)
    readonly property int headingSize: Math.round(36 * scale)
    readonly property int targetSize: Math.round(96 * scale)
    readonly property int spacing: 24
    readonly property int margin: 40
    readonly property int radius: 16

    // High contrast: dark text on white, white on deep blue (both well above 4.5:1).
    readonly property color background: "#f4f6f8"
    readonly property color surface: "#ffffff"
    readonly property color text: "#111111"
    readonly property color mutedText: "#3d4650"
    readonly property color primary: "#0b4a8b"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color accent: "#b3261e"
    readonly property color border: "#8a96a3"
}
