# Printing (issue 4). Each test looks at real output from the outside: PDFs through poppler
# and zbarimg, ESC/POS bytes parsed back into an image, a private CUPS scheduler, and the
# kiosk binary's --print-item mode.
function(tongban_print_test name)
    tongban_test(${name} SOURCES print/${name}.cpp print/printsupport.h print/fakeprinter.h print/privatecups.h
        print/fifoprinter.h INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/print TIMEOUT 180)
endfunction()

tongban_print_test(tst_slippdf)
tongban_print_test(tst_escpos)
tongban_print_test(tst_cupsprint)
tongban_print_test(tst_printer)
tongban_print_test(tst_printcommand)
add_dependencies(tst_printcommand tongban-kiosk)

# Qt Quick Test for the print button, with its own runner (a Printer on a named pipe).
qt_add_executable(tst_quick_print print/quick_print.cpp print/printsupport.h print/fifoprinter.h testsupport.h)
target_link_libraries(tst_quick_print PRIVATE ${TONGBAN_LIBS} Qt6::QuickTest)
target_include_directories(tst_quick_print PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/print)
add_test(NAME quick_tst_printbutton COMMAND tst_quick_print -input ${CMAKE_CURRENT_SOURCE_DIR}/print/tst_printbutton.qml)
set_tests_properties(quick_tst_printbutton PROPERTIES ENVIRONMENT "${TEST_ENV}" TIMEOUT 120)
