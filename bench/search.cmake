# bench_search: the search engine on a generated 10 000-item catalogue (tools/kiosk bench search).
qt_add_executable(bench_search ${CMAKE_CURRENT_SOURCE_DIR}/search.cpp ${CMAKE_CURRENT_SOURCE_DIR}/catalogue.h)
target_link_libraries(bench_search PRIVATE ${TONGBAN_LIBS})
