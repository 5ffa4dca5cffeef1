# ctest fuzz_parsers: build the fuzz tree with clang and run each target for a bounded time,
# seeded with the test packages' CSV files and manifests and with inputs that once failed
# (regressions/).
#   -DSRC=<this folder> -DBIN=<build folder> -DSECONDS=<per target>
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SRC} -B ${BIN} -G Ninja -DCMAKE_CXX_COMPILER=clang++
                        -DCMAKE_BUILD_TYPE=RelWithDebInfo RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "configuring the fuzz tree failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BIN} RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "building the fuzz targets failed")
endif()
foreach(target csv manifest)
    set(corpus ${BIN}/corpus-${target})
    file(MAKE_DIRECTORY ${corpus})
    if(target STREQUAL "csv")
        file(GLOB_RECURSE seeds ${SRC}/../data/good/*.csv ${SRC}/../data/good-gbk/*.csv ${SRC}/../data/broken/*.csv
            ${SRC}/regressions/csv-*)
    else()
        file(GLOB_RECURSE seeds ${SRC}/../data/*/manifest.json ${SRC}/../data/broken/*/manifest.json
            ${SRC}/regressions/manifest-*)
    endif()
    file(COPY ${seeds} DESTINATION ${BIN}/seeds-${target})
    execute_process(COMMAND ${BIN}/fuzz_${target} -max_total_time=${SECONDS} -rss_limit_mb=1024 -max_len=65536
                            -artifact_prefix=${BIN}/crash-${target}- ${corpus} ${BIN}/seeds-${target}
                    RESULT_VARIABLE rc)
    if(rc)
        message(FATAL_ERROR "fuzz_${target} found a problem (see ${BIN}/crash-${target}-*)")
    endif()
endforeach()
