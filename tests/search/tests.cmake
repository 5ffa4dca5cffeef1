# Search: the generated pinyin table, the engine on a ranking fixture and on the seed content,
# and the QML list model.
foreach(name tst_pinyin tst_searchindex tst_searchseed tst_searchmodel tst_searchgolden)
    qt_add_executable(${name} ${CMAKE_CURRENT_SOURCE_DIR}/search/${name}.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/search/searchtestsupport.h ${CMAKE_CURRENT_SOURCE_DIR}/testsupport.h)
    target_link_libraries(${name} PRIVATE ${TONGBAN_LIBS} Qt6::Test)
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/search)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${TEST_ENV}" TIMEOUT 120)
endforeach()

add_test(NAME search_cli COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:tongban-content>
    -DOUT=${CMAKE_CURRENT_BINARY_DIR}/search_cli -P ${CMAKE_CURRENT_SOURCE_DIR}/search/cli_check.cmake)
set_tests_properties(search_cli PROPERTIES ENVIRONMENT "${TEST_ENV}")
