# Issue 13: the kiosk as a hall's appliance — start counter and crash-loop modes, the systemd
# watchdog (a private NOTIFY_SOCKET, no systemd needed), journal fields, the polkit rules.
function(system_test name)
    tongban_test(${name} SOURCES system/${name}.cpp system/notifylistener.h
        INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/system TIMEOUT 180)
    add_dependencies(${name} tongban-kiosk)
endfunction()

system_test(tst_startcounter)
system_test(tst_watchdog)

# The polkit rules run in Debian's duktape (the JavaScript engine of polkit 122) against a stub
# polkit object: what the tongban user may do, and that nobody else gains anything.
find_program(DUKTAPE duk)
if(DUKTAPE)
    # duk runs its files in one heap: the stub, the rules as installed, then the checks.
    add_test(NAME polkit_rules COMMAND ${DUKTAPE} ${CMAKE_CURRENT_SOURCE_DIR}/system/polkit_test.js
        ${PROJECT_SOURCE_DIR}/assets/deploy/50-tongban-kiosk.rules ${CMAKE_CURRENT_SOURCE_DIR}/system/polkit_run.js)
    set_tests_properties(polkit_rules PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        PASS_REGULAR_EXPRESSION "polkit rules: [0-9]+ checks passed" FAIL_REGULAR_EXPRESSION "FAIL")
endif()

# The kiosk under a headless cage on the Wayland platform (needs cage, xwayland, qt6-wayland).
add_test(NAME kiosk_cage COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/system/cage_check.sh
    $<TARGET_FILE:tongban-kiosk> ${CMAKE_CURRENT_BINARY_DIR}/cage)
set_tests_properties(kiosk_cage PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
