# winnow_add_test(NAME <name> SOURCES <files...> LIBRARIES <targets...>
#                 [HEADLESS] [TIMEOUT <seconds>] [LABELS <labels...>])
#
# Builds one Qt Test executable and registers it with ctest.
# HEADLESS runs it through scripts/run-headless: its own Xvfb, a private
# D-Bus session with an unlocked throw-away gnome-keyring, and what Qt
# WebEngine needs as root. Use it for anything that shows a widget, renders
# a web page or touches the keychain. Without HEADLESS the test still runs
# with the offscreen platform, so a stray widget can't abort it.
function(winnow_add_test)
    cmake_parse_arguments(T "HEADLESS" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE winnow_common Qt6::Test ${T_LIBRARIES})
    target_compile_definitions(${T_NAME} PRIVATE
        WINNOW_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        WINNOW_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(T_HEADLESS)
        add_test(NAME ${T_NAME}
                 COMMAND "${PROJECT_SOURCE_DIR}/scripts/run-headless" $<TARGET_FILE:${T_NAME}>)
        set(platform "")
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
        set(platform "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "${platform};QT_LOGGING_RULES=qt.webenginecontext.info=false;WINNOW_ENGINE_BINARY=$<$<TARGET_EXISTS:winnow-engine>:$<TARGET_FILE:winnow-engine>>")
endfunction()
