# Media: the readout's texts and voice, the attract schedule, speech through a private
# PulseAudio (and without one), the attract loop's player, the guard against Qt 6.4's tag leak.
foreach(name tst_readout tst_attractschedule tst_speech tst_attractloop)
    tongban_test(${name} SOURCES media/${name}.cpp media/soundserver.h INCLUDES ${CMAKE_CURRENT_SOURCE_DIR}/media)
endforeach()
tongban_test(tst_mediabackend SOURCES media/tst_mediabackend.cpp)
target_link_libraries(tst_mediabackend PRIVATE PkgConfig::GSTREAMER)
add_test(NAME tst_speech_noserver COMMAND tst_speech)
set_tests_properties(tst_speech_noserver PROPERTIES ENVIRONMENT "${TEST_ENV};TONGBAN_NO_SOUND_SERVER=1" TIMEOUT 120)
