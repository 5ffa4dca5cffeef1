# Issue 16: the fleet through real Syncthing instances on loopback and real kiosk processes.
tongban_test(tst_fleet SOURCES fleet/tst_fleet.cpp INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/content TIMEOUT 600)
add_dependencies(tst_fleet tongban-content tongban-kiosk)
