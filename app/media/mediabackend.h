#pragma once

namespace tongban {

// Qt Multimedia on the GStreamer backend. Debian installs both backends, and FFmpeg's stops
// looping in Qt 6.4 (QTBUG-111209); call before the first Qt Multimedia object is made.
// Also keeps Qt 6.4's GStreamer player from leaking the tags of every stream it opens, and
// glibc from keeping video buffers' memory resident (see mediabackend.cpp, docs/media.md).
void pinMediaBackend();

} // namespace tongban
