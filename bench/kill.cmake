# bench kill: kill -9 at random moments of imports of a 10 000-item package (issue 13).
qt_add_executable(bench_kill ${CMAKE_CURRENT_LIST_DIR}/kill.cpp ${CMAKE_CURRENT_LIST_DIR}/catalogue.h)
target_link_libraries(bench_kill PRIVATE ${TONGBAN_LIBS})
target_include_directories(bench_kill PRIVATE ${PROJECT_SOURCE_DIR}/tests ${PROJECT_SOURCE_DIR}/tests/content)
add_dependencies(bench_kill tongban-content)
