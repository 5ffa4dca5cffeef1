# bench import: validate + build + swap of a generated 10 000-item package (issue 5).
qt_add_executable(bench_import ${CMAKE_CURRENT_LIST_DIR}/import.cpp ${CMAKE_CURRENT_LIST_DIR}/catalogue.h)
target_link_libraries(bench_import PRIVATE ${TONGBAN_LIBS})
