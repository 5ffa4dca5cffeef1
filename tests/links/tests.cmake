# Issue 10: deep links (format v2) and the guide's one line of what is not known.
find_file(LINKS_LIBFAKETIME libfaketime.so.1 PATHS /usr/lib/x86_64-linux-gnu/faketime /usr/lib/faketime REQUIRED)
function(links_test name)
    tongban_test(${name} SOURCES links/${name}.cpp INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/links TIMEOUT 180)
    target_compile_definitions(${name} PRIVATE LIBFAKETIME="${LINKS_LIBFAKETIME}")
    add_dependencies(${name} tongban-content)
endfunction()

links_test(tst_links)
links_test(tst_guidelinks)
