import QtQuick
import QtTest
import Tongban

// Home lists the departments of the content database, and a touch on one opens it.
Item {
    id: root
    width: 1080
    height: 1920

    HomePage {
        id: home
        anchors.fill: parent
    }

    SignalSpy {
        id: chosen
        target: Navigator
        signalName: "requested"
    }

    TestCase {
        name: "Home"
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

        function test_showsEveryDepartmentFromTheDatabase() {
            const grid = findByName(home, "departmentGrid");
            verify(grid);
            // A model of its own on the store: every department in it has its tile, with its name.
            const departments = Qt.createQmlObject("import Tongban; GroupModel { store: Kiosk.store }", root);
            verify(departments.count >= 8);
            for (let i = 0; i < departments.count; ++i) {
                const row = departments.get(i);
                grid.positionViewAtIndex(i, GridView.Contain);
                const tile = findByName(home, "department-" + row.groupId);
                verify(tile, row.groupId);
                verify(tile.text.indexOf(row.name) === 0, tile.text);
            }
            grid.positionViewAtBeginning();
            // The police tile shows the department's name as the seed gives it.
            const police = findByName(home, "department-police");
            verify(police);
            verify(police.text.indexOf("公安局") >= 0, police.text);
            waitForRendering(home);
        }

        function test_touchOpensADepartment() {
            const police = findByName(home, "department-police");
            chosen.clear();
            touchEvent(police).press(0, police, police.width / 2, police.height / 2).commit();
            compare(chosen.count, 0, "acts on release, not on press");
            touchEvent(police).release(0, police, police.width / 2, police.height / 2).commit();
            compare(chosen.count, 1);
            compare(chosen.signalArguments[0][0], "department");
            compare(chosen.signalArguments[0][1].departmentId, "police");
        }

        function test_showsTheContentDate() {
            const date = findByName(home, "contentDate");
            compare(date.text, "信息更新于 " + Kiosk.contentDate);
            verify(Kiosk.contentDate.length > 0);
        }
    }
}
