# Printing the item guide slip (issue 4): CUPS through QPrinter with job and printer state
# from libcups, PDF files, and raw ESC/POS for thermal printers. Included from the top-level
# CMakeLists.txt after the tongban library and its QML module exist.
find_package(Qt6 REQUIRED COMPONENTS PrintSupport)
# Debian's libcups2-dev ships no pkg-config file; CMake's own FindCups finds it.
find_package(Cups REQUIRED)

target_sources(tongban PRIVATE
    app/print/cupsprint.cpp app/print/cupsprint.h
    app/print/escpos.cpp app/print/escpos.h
    app/print/printer.cpp app/print/printer.h
    app/print/printjob.cpp app/print/printjob.h
    app/print/printoutcome.cpp app/print/printoutcome.h
    app/print/printtarget.cpp app/print/printtarget.h
    app/print/slip.cpp app/print/slip.h
    app/print/sliplayout.cpp app/print/sliplayout.h
)
# The QML type registration includes headers by file name.
target_include_directories(tongban PUBLIC app/print)
target_link_libraries(tongban PUBLIC Qt6::PrintSupport Cups::Cups)

qt_target_qml_sources(tongban QML_FILES
    qml/print/PrintButton.qml
)
