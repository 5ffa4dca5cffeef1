# Issue 11: the admin screen's parts — its content jobs (through tongban-content), the hidden
# gesture, and notices hidden on one kiosk.
tongban_test(tst_adminparts SOURCES admin/tst_adminparts.cpp content/contenttest.h
    INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/content TIMEOUT 300)
add_dependencies(tst_adminparts tongban-content)
# Issue 11: the usage figures — nothing personal stored, the CSV export, `stats`, a visit by touch.
tongban_test(tst_usage SOURCES admin/tst_usage.cpp TIMEOUT 300)
add_dependencies(tst_usage tongban-content)
