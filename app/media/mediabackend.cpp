#include "mediabackend.h"

#include <QByteArray>
#include <QtGlobal>

#include <gst/base/gstbasesink.h>
#include <gst/gst.h>

#include <malloc.h>
#include <mutex>

namespace tongban {

namespace {

// Qt 6.4.2's GStreamer player leaks the tag lists of every stream it opens: it takes a
// reference with gst_message_parse_tag() for each GST_MESSAGE_TAG on its bus and never drops
// it; the lists its input-selector pads merge outlive the pads as well. With
// GST_TRACERS=leaks, 20 attract passes left 176 more GstTagList alive (nothing else), ~5 KB
// of heap a pass, for the life of the process; with the sinks alone guarded, still 44 (their
// traces end in input-selector's gst_tag_list_merge). So TAG events stop at every sink (which
// posts those messages) and at the selectors' sink pads: none left after the same passes.
// Nothing in the kiosk reads a file's tags (QMediaPlayer::metaData).
GstPadProbeReturn dropTags(GstPad *, GstPadProbeInfo *info, gpointer)
{
    const GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
    return event && GST_EVENT_TYPE(event) == GST_EVENT_TAG ? GST_PAD_PROBE_DROP : GST_PAD_PROBE_OK;
}

void probeTags(GstPad *pad)
{
    gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, dropTags, nullptr, nullptr);
}

void onPadAdded(GstElement *, GstPad *pad, gpointer)
{
    if (GST_PAD_IS_SINK(pad))
        probeTags(pad);
}

bool isInputSelector(GstElement *element)
{
    GstElementFactory *factory = gst_element_get_factory(element);
    return factory && g_strcmp0(gst_plugin_feature_get_name(GST_PLUGIN_FEATURE(factory)), "input-selector") == 0;
}

// GstBin::element-added (bin, element), for every bin of every pipeline.
gboolean onElementAdded(GSignalInvocationHint *, guint count, const GValue *params, gpointer)
{
    GstElement *element = count > 1 ? GST_ELEMENT(g_value_get_object(&params[1])) : nullptr;
    if (!element)
        return TRUE;
    if (GST_IS_BASE_SINK(element)) {
        if (GstPad *pad = gst_element_get_static_pad(element, "sink")) {
            probeTags(pad);
            gst_object_unref(pad);
        }
    } else if (isInputSelector(element)) {
        // Its sink pads are requested later, one per stream.
        g_signal_connect(element, "pad-added", G_CALLBACK(onPadAdded), nullptr);
    }
    return TRUE; // stay installed
}

} // namespace

void pinMediaBackend()
{
    qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("gstreamer"));
    static std::once_flag once;
    std::call_once(once, [] {
        // glibc raises its mmap threshold to the size of each large block freed (up to 32 MB),
        // so after the first few frames GStreamer's video buffers come from its threads'
        // arenas, whose freed tops are kept resident: bench_attract showed five arenas of
        // ~8 MB each fully resident with 14 MB of heap in use and 34 MB free in them, and
        // RSS stepping up by about 1 MB every few passes. A fixed threshold (glibc's default
        // value, which also keeps the trim threshold fixed) maps such blocks and returns
        // them on free: RSS 25 MB lower and flat (docs/media.md).
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        // Before Qt Multimedia makes its first element (its own gst_init is then a no-op).
        gst_init(nullptr, nullptr);
        g_signal_add_emission_hook(g_signal_lookup("element-added", GST_TYPE_BIN), 0, onElementAdded, nullptr, nullptr);
    });
}

} // namespace tongban
