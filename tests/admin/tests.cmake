# Issue 11: the admin screen's parts — its content jobs (through tongban-content), the hidden
# gesture, and notices hidden on one kiosk.
tongban_test(tst_adminparts SOURCES admin/tst_adminparts.cpp content/contenttest.h
    INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/content TIMEOUT 300)
add_dependencies(tst_adminparts tongban-content)
