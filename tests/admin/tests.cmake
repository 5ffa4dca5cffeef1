# Issue 11: the admin screen's parts — its content jobs (through tongban-content), the hidden
# gesture, and notices hidden on one kiosk.
tongban_test(tst_adminparts SOURCES admin/tst_adminparts.cpp content/contenttest.h
    INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/content TIMEOUT 300)
add_dependencies(tst_adminparts tongban-content)
# The USB stick (issue 11, "Mounting the stick"): udisks2 played by a small stand-in on a
# private dbus-daemon (Debian dbus-daemon), and the media_roots scan of a folder.
qt_add_executable(udisks_standin admin/udisks_standin.cpp)
target_link_libraries(udisks_standin PRIVATE Qt6::DBus)
tongban_test(tst_removablemedia SOURCES admin/tst_removablemedia.cpp admin/privatebus.h content/contenttest.h
    INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/content)
add_dependencies(tst_removablemedia udisks_standin)
tongban_test(tst_pinlock SOURCES admin/tst_pinlock.cpp)
# The admin screen through the whole UI: gesture, PIN pad, import from a folder that plays the
# stick, rollback, hidden notices, settings, leaving kiosk mode.
tongban_test(tst_adminscreen SOURCES admin/tst_adminscreen.cpp content/contenttest.h
    INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/content TIMEOUT 300)
add_dependencies(tst_adminscreen tongban-content)
# Issue 11: the usage figures — nothing personal stored, the CSV export, `stats`, a visit by touch.
tongban_test(tst_usage SOURCES admin/tst_usage.cpp TIMEOUT 300)
add_dependencies(tst_usage tongban-content)
# Leaving kiosk mode under systemd: StopUnit on a private bus with a systemd stand-in.
tongban_test(tst_leavekiosk SOURCES admin/tst_leavekiosk.cpp admin/privatebus.h)
