import QtQuick
import QtTest
import Tongban

// The search keypad, driven by touch: s f z finds 身份证 first, 清空 empties the field.
Item {
    id: root
    width: 1080
    height: 1920

    SearchPage {
        id: search
        anchors.fill: parent
    }

    TestCase {
        name: "SearchKeypad"
        when: windowShown

        function findByName(item, name) {
            if (item.objectName === name)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = findByName(item.children[i], name);
                if (found)
                    return found;
            }
            return null;
        }
        function touch(name) {
            const key = findByName(search, name);
            verify(key, name);
            touchEvent(key).press(0, key, key.width / 2, key.height / 2).commit();
            touchEvent(key).release(0, key, key.width / 2, key.height / 2).commit();
        }

        function test_typingShowsResultsAsYouGo() {
            const input = findByName(search, "searchInput");
            const results = findByName(search, "searchResults");
            touch("key-S");
            compare(input.text, "s");
            verify(results.count > 0);
            touch("key-F");
            touch("key-Z");
            compare(input.text, "sfz");
            waitForRendering(search);
            verify(results.count > 0);
            const first = results.itemAtIndex(0);
            verify(first.title.indexOf("身份证") >= 0, first.title);
            verify(first.highlighted.indexOf("<b>") >= 0, first.highlighted);
            touch("key-backspace");
            compare(input.text, "sf");
            touch("key-clear");
            compare(input.text, "");
        }
    }
}
