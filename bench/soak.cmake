# bench soak: random touches across every screen, offscreen (issue 13); `tools/kiosk soak N`.
qt_add_executable(bench_soak ${CMAKE_CURRENT_LIST_DIR}/soak.cpp)
target_link_libraries(bench_soak PRIVATE ${TONGBAN_LIBS})
target_include_directories(bench_soak PRIVATE ${PROJECT_SOURCE_DIR}/tests)
