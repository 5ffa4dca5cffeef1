pragma Singleton
import QtQuick

// Where screens ask to go. Delegates deep inside lists cannot see the page stack's ids, so
// they call here and Main.qml, which owns the stack, listens.
QtObject {
    signal departmentRequested(string departmentId, string name)

    function openDepartment(departmentId: string, name: string) {
        departmentRequested(departmentId, name);
    }
}
