#pragma once

namespace tongban {

// Qt Multimedia on the GStreamer backend. Debian installs both backends, and FFmpeg's stops
// looping in Qt 6.4 (QTBUG-111209); call before the first Qt Multimedia object is made.
void pinMediaBackend();

} // namespace tongban
