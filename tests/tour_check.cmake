# Runs `tongban-kiosk --tour` as a whole process on a fresh data folder and checks what it
# left: steps.json naming every step and screen, and a real PNG for each.
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
# The seed package imported, as `tools/kiosk run` does: the embedded default content carries
# no media files, the seed's demo videos come with the package.
execute_process(COMMAND "${TOOL}" --db "${OUT}/data" import "${SEED}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "seed import exited with ${rc}\n${out}\n${err}")
endif()
execute_process(COMMAND "${KIOSK}" --data "${OUT}/data" --tour "${OUT}/shots"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 90)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "tour exited with ${rc}\n${out}\n${err}")
endif()
file(READ "${OUT}/shots/steps.json" steps)
string(JSON count LENGTH "${steps}")
set(expected_steps attract home department item-guide item-guide-read-aloud item-guide-other-city notices
    notice halls search search-suggestion home-screen-reader item-guide-large-text home-english idle-prompt attract-again
    admin-pin admin-pin-wrong admin-status admin-import admin-notices admin-printer admin-figures admin-settings attract-after-admin)
set(expected_screens attract home department item-guide item-guide item-guide notices notice halls
    search search home item-guide home idle-prompt attract
    admin-pin admin-pin admin-status admin-import admin-notices admin-printer admin-figures admin-settings attract)
list(LENGTH expected_steps want)
if(NOT count EQUAL want)
    message(FATAL_ERROR "${count} steps, expected ${want}")
endif()
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON step GET "${steps}" ${i} step)
    string(JSON screen GET "${steps}" ${i} screen)
    string(JSON file GET "${steps}" ${i} file)
    list(GET expected_steps ${i} want_step)
    list(GET expected_screens ${i} want_screen)
    if(NOT step STREQUAL want_step OR NOT screen STREQUAL want_screen)
        message(FATAL_ERROR "step ${i}: ${step}/${screen}, expected ${want_step}/${want_screen}")
    endif()
    file(READ "${OUT}/shots/${file}" head LIMIT 8 HEX)
    if(NOT head STREQUAL "89504e470d0a1a0a")
        message(FATAL_ERROR "${file} is not a PNG")
    endif()
    file(SIZE "${OUT}/shots/${file}" size)
    if(size LESS 20000)
        message(FATAL_ERROR "${file} is only ${size} bytes: a blank screen?")
    endif()
endforeach()
# The attract loop played the seed's demo videos: frames reached the video output.
string(JSON frames GET "${steps}" 0 videoFrames)
if(frames LESS 30)
    message(FATAL_ERROR "attract: only ${frames} video frames decoded")
endif()
# 读屏 was on when Home opened.
string(JSON reader GET "${steps}" 11 screenReader)
if(NOT reader)
    message(FATAL_ERROR "home-screen-reader: 读屏 was not on")
endif()
# What a phone sees: the item guide's QR code opens 吉事办 (the seed's items link to the portal).
execute_process(COMMAND zbarimg --quiet --raw "${OUT}/shots/04-item-guide.png"
    OUTPUT_VARIABLE code OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE zrc)
if(NOT code STREQUAL "https://zwfw.jl.gov.cn/jlszwfw/?area=220100")
    message(FATAL_ERROR "item guide QR decodes to '${code}' (zbarimg ${zrc})")
endif()
message(STATUS "tour: ${count} steps")
