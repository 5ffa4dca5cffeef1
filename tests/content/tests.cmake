# Issue 5: the content tool. Most tests run tongban-content as a child process, the way staff
# and the kiosk's installer do.
function(content_test name)
    tongban_test(${name} SOURCES content/${name}.cpp content/contenttest.h
        INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/content ${PROJECT_SOURCE_DIR}/bench TIMEOUT 300)
    add_dependencies(${name} tongban-content)
endfunction()

content_test(tst_contenttool)
content_test(tst_contentcorpus)
content_test(tst_importcrash)
content_test(tst_importsafety)
content_test(tst_signing)
content_test(tst_mediafiles)
content_test(tst_startupcheck)
add_dependencies(tst_startupcheck tongban-kiosk)
content_test(tst_contentwatch)
# Zips with lying headers are written by hand with zlib.
content_test(tst_importguard)
find_package(ZLIB REQUIRED)
target_link_libraries(tst_importguard PRIVATE ZLIB::ZLIB)

# libFuzzer on the CSV and manifest parsers, in a tree of its own, for a bounded time.
find_program(CLANGXX clang++)
file(GLOB FUZZER_RUNTIME /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a)
if(CLANGXX AND FUZZER_RUNTIME)
    add_test(NAME fuzz_parsers COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_CURRENT_LIST_DIR}/fuzz
        -DBIN=${CMAKE_BINARY_DIR}/fuzz -DSECONDS=20 -P ${CMAKE_CURRENT_LIST_DIR}/fuzz/run_fuzz.cmake)
    set_tests_properties(fuzz_parsers PROPERTIES TIMEOUT 600)
endif()
