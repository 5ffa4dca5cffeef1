# Search: the engine, its index and the pinyin table generated from Debian's Unihan data.
# Included from the top-level CMakeLists after the tongban library and its QML module exist.

# The per-character pinyin table is generated at build time by a small host tool reading
# /usr/share/unicode/Unihan_Readings.txt.bz2 (package unicode-data) through bzip2.
find_program(BZIP2_EXECUTABLE bzip2 REQUIRED)
set(UNIHAN_READINGS /usr/share/unicode/Unihan_Readings.txt.bz2 CACHE FILEPATH "Unihan_Readings.txt.bz2 (unicode-data)")
if(NOT EXISTS ${UNIHAN_READINGS})
    message(FATAL_ERROR "${UNIHAN_READINGS} is missing: install the Debian package unicode-data")
endif()

add_executable(tongban_pinyingen ${PROJECT_SOURCE_DIR}/app/search/pinyingen.cpp)
target_link_libraries(tongban_pinyingen PRIVATE Qt6::Core)
set_target_properties(tongban_pinyingen PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tools)

set(PINYIN_TABLE ${CMAKE_BINARY_DIR}/generated/search/pinyindata.cpp)
add_custom_command(OUTPUT ${PINYIN_TABLE}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/generated/search
    COMMAND tongban_pinyingen ${BZIP2_EXECUTABLE} ${UNIHAN_READINGS} ${PINYIN_TABLE}
    DEPENDS tongban_pinyingen ${UNIHAN_READINGS}
    COMMENT "Generating the pinyin table from Unihan_Readings.txt"
    VERBATIM)
set_source_files_properties(${PINYIN_TABLE} PROPERTIES GENERATED TRUE SKIP_AUTOGEN TRUE)

target_sources(tongban PRIVATE
    ${PINYIN_TABLE}
    app/search/pinyin.cpp app/search/pinyin.h app/search/pinyindata.h
    app/search/searchcommand.cpp app/search/searchcommand.h
    app/search/searchdata.h
    app/search/searchindex.cpp app/search/searchindex.h
    app/search/searchmatch.cpp
    app/search/searchresult.cpp app/search/searchresult.h
    app/search/searchresultmodel.cpp app/search/searchresultmodel.h
    app/search/wordreadings.cpp app/search/wordreadings.h
)
target_include_directories(tongban PUBLIC ${PROJECT_SOURCE_DIR}/app/search)

# The hand-written word readings (长春 chang chun …), read when an index is built.
qt_add_resources(tongban search_words PREFIX /tongban/search BASE assets/pinyin FILES assets/pinyin/words.txt)
