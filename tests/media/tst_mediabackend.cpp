// pinMediaBackend() keeps Qt 6.4's GStreamer player from leaking the tag lists of every stream
// it opens: TAG events stop at every sink (which would post them as GST_MESSAGE_TAG) and at an
// input-selector's sink pads (which would gather them). Checked on small pipelines of our own
// in which tags surely flow (taginject), counted where they are sent.
#include <QTest>

#include <gst/gst.h>

#include "mediabackend.h"

using namespace tongban;

namespace {

GstPadProbeReturn countTags(GstPad *, GstPadProbeInfo *info, gpointer counter)
{
    if (GST_EVENT_TYPE(GST_PAD_PROBE_INFO_EVENT(info)) == GST_EVENT_TAG)
        ++*static_cast<int *>(counter);
    return GST_PAD_PROBE_OK;
}

struct Run
{
    int sent = 0; // TAG events leaving taginject
    int tagMessages = 0; // GST_MESSAGE_TAG on the bus
    bool eos = false;
};

// Plays `description` (with a taginject named "tags") to its end.
Run play(const char *description, GstElement **keep = nullptr)
{
    Run run;
    GError *error = nullptr;
    GstElement *pipeline = gst_parse_launch(description, &error);
    if (!pipeline) {
        qWarning("%s", error ? error->message : "no pipeline");
        g_clear_error(&error);
        return run;
    }
    GstElement *inject = gst_bin_get_by_name(GST_BIN(pipeline), "tags");
    GstPad *src = gst_element_get_static_pad(inject, "src");
    gst_pad_add_probe(src, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, countTags, &run.sent, nullptr);
    gst_object_unref(src);
    gst_object_unref(inject);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline);
    const auto types = GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR | GST_MESSAGE_TAG);
    while (GstMessage *message = gst_bus_timed_pop_filtered(bus, 10 * GST_SECOND, types)) {
        const GstMessageType type = GST_MESSAGE_TYPE(message);
        gst_message_unref(message);
        if (type == GST_MESSAGE_TAG)
            ++run.tagMessages;
        else {
            run.eos = type == GST_MESSAGE_EOS;
            break;
        }
    }
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    if (keep)
        *keep = pipeline;
    else
        gst_object_unref(pipeline);
    return run;
}

} // namespace

class TestMediaBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        pinMediaBackend();
        QCOMPARE(qgetenv("QT_MEDIA_BACKEND"), QByteArray("gstreamer"));
    }

    void sinksPostNoTags()
    {
        const Run run = play("videotestsrc num-buffers=3 ! taginject name=tags tags=\"title=attract\" ! fakesink");
        QVERIFY(run.eos);
        QVERIFY(run.sent >= 1);
        QCOMPARE(run.tagMessages, 0);
    }

    void selectorsGatherNoTags()
    {
        GstElement *pipeline = nullptr;
        const Run run = play("videotestsrc num-buffers=3 ! taginject name=tags tags=\"title=attract\" "
                             "! input-selector name=selector ! fakesink",
            &pipeline);
        QVERIFY(pipeline);
        QVERIFY(run.eos);
        QVERIFY(run.sent >= 1);
        QCOMPARE(run.tagMessages, 0);
        GstElement *selector = gst_bin_get_by_name(GST_BIN(pipeline), "selector");
        GstPad *pad = gst_element_get_static_pad(selector, "sink_0");
        QVERIFY(pad);
        GstTagList *tags = nullptr;
        g_object_get(pad, "tags", &tags, nullptr);
        const bool gathered = tags != nullptr;
        if (tags)
            gst_tag_list_unref(tags);
        gst_object_unref(pad);
        gst_object_unref(selector);
        gst_object_unref(pipeline);
        QVERIFY(!gathered);
    }
};

QTEST_GUILESS_MAIN(TestMediaBackend)
#include "tst_mediabackend.moc"
