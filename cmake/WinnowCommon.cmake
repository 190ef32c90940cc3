# winnow_common: the settings every Winnow target shares. Link it, privately,
# from every library and program instead of repeating flags per target.

add_library(winnow_common INTERFACE)
target_compile_features(winnow_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

# Sources include each other by their path from the repository root,
# e.g. #include "engine/data/table.h", and the generated version header as
# #include "winnow/version.h".
target_include_directories(winnow_common INTERFACE
    "${PROJECT_SOURCE_DIR}"
    "${PROJECT_BINARY_DIR}/generated")

target_compile_options(winnow_common INTERFACE
    -Wall -Wextra -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -fstack-protector-strong)

# Line tables, not full debug information, in the default build: enough for
# backtraces and profilers, and it builds markedly faster on small machines
# (the whole suite must build on two cores within CI's budget).
target_compile_options(winnow_common INTERFACE $<$<CONFIG:RelWithDebInfo>:-g1>)

# Strict Qt: no silent conversions between QString and char*, no deprecated API.
target_compile_definitions(winnow_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# Hardening for release builds: fortified libc calls, full RELRO, PIE.
if(NOT WINNOW_SANITIZE)
    target_compile_definitions(winnow_common INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()
target_link_options(winnow_common INTERFACE -Wl,-z,relro,-z,now)

if(WINNOW_SANITIZE)
    target_compile_options(winnow_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(winnow_common INTERFACE -fsanitize=address,undefined)
endif()

configure_file("${PROJECT_SOURCE_DIR}/cmake/version.h.in"
               "${PROJECT_BINARY_DIR}/generated/winnow/version.h" @ONLY)

# Parses the Qt headers nearly every source of `target` includes once, in a
# precompiled header, instead of once per source: the Qt libraries' sources
# spend most of their compile time there. MODULES names what to take:
# Core, Gui, Widgets, Sql, Network.
function(winnow_precompile_qt_headers target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "MODULES")
    set(headers <memory> <optional> <vector> <QObject> <QString> <QStringList> <QList>
                <QHash> <QVariant> <QDateTime> <QPointer> <QTimer>)
    if("Gui" IN_LIST arg_MODULES OR "Widgets" IN_LIST arg_MODULES)
        list(APPEND headers <QAbstractItemModel> <QSortFilterProxyModel> <QColor> <QIcon>)
    endif()
    if("Widgets" IN_LIST arg_MODULES)
        list(APPEND headers <QWidget> <QDialog> <QLabel> <QPushButton> <QComboBox>
                            <QLayout> <QBoxLayout> <QTableView> <QHeaderView> <QAction>)
    endif()
    if("Sql" IN_LIST arg_MODULES)
        list(APPEND headers <QSqlDatabase> <QSqlQuery>)
    endif()
    if("Network" IN_LIST arg_MODULES)
        list(APPEND headers <QNetworkAccessManager> <QNetworkReply>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
