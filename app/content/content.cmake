# Issue 5: the staff's content tool (validate, diff, import, export, status, rollback, signing),
# zip packages (libzip) and ed25519 signatures (libsodium).
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
find_package(Qt6 REQUIRED COMPONENTS Gui)

target_sources(tongban PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/contentdiff.cpp ${CMAKE_CURRENT_LIST_DIR}/contentdiff.h
    ${CMAKE_CURRENT_LIST_DIR}/diagnostic.cpp ${CMAKE_CURRENT_LIST_DIR}/diagnostic.h
    ${CMAKE_CURRENT_LIST_DIR}/exporter.cpp ${CMAKE_CURRENT_LIST_DIR}/exporter.h
    ${CMAKE_CURRENT_LIST_DIR}/importer.cpp ${CMAKE_CURRENT_LIST_DIR}/importer.h
    ${CMAKE_CURRENT_LIST_DIR}/manifest.cpp ${CMAKE_CURRENT_LIST_DIR}/manifest.h
    ${CMAKE_CURRENT_LIST_DIR}/media.cpp ${CMAKE_CURRENT_LIST_DIR}/media.h
    ${CMAKE_CURRENT_LIST_DIR}/packagesource.cpp ${CMAKE_CURRENT_LIST_DIR}/packagesource.h
    ${CMAKE_CURRENT_LIST_DIR}/packagetables.cpp ${CMAKE_CURRENT_LIST_DIR}/packagetables.h
    ${CMAKE_CURRENT_LIST_DIR}/signing.cpp ${CMAKE_CURRENT_LIST_DIR}/signing.h
    ${CMAKE_CURRENT_LIST_DIR}/statuscommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tableloader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/toolcommands.cpp ${CMAKE_CURRENT_LIST_DIR}/toolcommands.h
)
target_link_libraries(tongban PUBLIC PkgConfig::LIBZIP PkgConfig::SODIUM)
# Bulk inserts go straight to SQLite (the same libsqlite3 Qt's driver uses).
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
target_sources(tongban PRIVATE ${CMAKE_CURRENT_LIST_DIR}/bulkinsert.cpp ${CMAKE_CURRENT_LIST_DIR}/bulkinsert.h)
target_link_libraries(tongban PUBLIC PkgConfig::SQLITE3)
