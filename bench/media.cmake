# bench_attract and bench_speech: the attract loop's memory over many passes, and 读给我听's
# time to first audio (tools/kiosk bench attract|speech).
qt_add_executable(bench_attract ${CMAKE_CURRENT_SOURCE_DIR}/attract.cpp ${CMAKE_CURRENT_SOURCE_DIR}/catalogue.h)
target_link_libraries(bench_attract PRIVATE ${TONGBAN_LIBS})
target_compile_definitions(bench_attract PRIVATE TONGBAN_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_include_directories(bench_attract PRIVATE ${PROJECT_SOURCE_DIR}/tests)
qt_add_executable(bench_speech ${CMAKE_CURRENT_SOURCE_DIR}/speech.cpp ${CMAKE_CURRENT_SOURCE_DIR}/catalogue.h)
target_link_libraries(bench_speech PRIVATE ${TONGBAN_LIBS} Qt6::Test)
target_include_directories(bench_speech PRIVATE ${PROJECT_SOURCE_DIR}/tests/media)
