# Issue 5: the content tool. Most tests run tongban-content as a child process, the way staff
# and the kiosk's installer do.
function(content_test name)
    if(NOT EXISTS ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp)
        return()
    endif()
    qt_add_executable(${name} ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/contenttest.h)
    target_link_libraries(${name} PRIVATE tongban tongbanplugin Qt6::Test)
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/.. ${PROJECT_SOURCE_DIR}/bench)
    add_dependencies(${name} tongban-content)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${TEST_ENV}" TIMEOUT 300)
endfunction()

content_test(tst_contenttool)
content_test(tst_contentcorpus)
content_test(tst_importcrash)
content_test(tst_importsafety)
content_test(tst_signing)
content_test(tst_contentwatch)

# libFuzzer on the CSV and manifest parsers, in a tree of its own, for a bounded time.
find_program(CLANGXX clang++)
file(GLOB FUZZER_RUNTIME /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a)
if(CLANGXX AND FUZZER_RUNTIME)
    add_test(NAME fuzz_parsers COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_CURRENT_LIST_DIR}/fuzz
        -DBIN=${CMAKE_BINARY_DIR}/fuzz -DSECONDS=20 -P ${CMAKE_CURRENT_LIST_DIR}/fuzz/run_fuzz.cmake)
    set_tests_properties(fuzz_parsers PROPERTIES TIMEOUT 600)
endif()
