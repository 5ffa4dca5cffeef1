pragma Singleton
import QtQuick
import Tongban

// Sizes, colours and the text scale in one place. Body text ≥ 28 px and targets ≥ 60 px at
// 1080 px width; 大字 (Visit.largeText) scales text and targets by 1.5.
QtObject {
    readonly property bool largeText: Visit.largeText
    readonly property real scale: largeText ? 1.5 : 1.0

    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int smallSize: Math.round(28 * scale)
    readonly property int bodySize: Math.round(30 * scale)
    readonly property int headingSize: Math.round(36 * scale)
    readonly property int titleSize: Math.round(44 * scale)
    readonly property int displaySize: Math.round(64 * scale)
    readonly property int minTarget: Math.round(60 * scale)
    readonly property int targetSize: Math.round(84 * scale)
    readonly property int spacing: 20
    readonly property int margin: 32
    readonly property int radius: 14

    // High contrast: near-black on white and white on deep blue, both far above 4.5:1.
    // Colour is never the only cue: statuses also carry words.
    readonly property color background: "#eef2f6"
    readonly property color surface: "#ffffff"
    readonly property color text: "#111111"
    readonly property color mutedText: "#39424c"
    readonly property color primary: "#0b4a8b"
    readonly property color primaryPressed: "#07315c"
    readonly property color pressedSurface: "#d7e3f0"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color accent: "#a3211a"
    readonly property color upcoming: "#7a4b00"
    readonly property color border: "#6b7785"
    readonly property color notice: "#fff4d6"
}
