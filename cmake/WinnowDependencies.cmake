# Every third-party library Winnow uses, all from Debian 12 packages
# (scripts/install-deps installs them).

find_package(Threads REQUIRED)
find_package(ZLIB REQUIRED)
find_package(Eigen3 3.4 REQUIRED NO_MODULE)
find_package(nlohmann_json 3.11 REQUIRED)
# Debian's XGBoost config also imports the xgboost CLI (package "xgboost").
find_package(xgboost REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(GVC REQUIRED IMPORTED_TARGET libgvc)

find_path(LIBLINEAR_INCLUDE_DIR linear.h REQUIRED)
find_library(LIBLINEAR_LIBRARY linear REQUIRED)
add_library(liblinear::liblinear UNKNOWN IMPORTED)
set_target_properties(liblinear::liblinear PROPERTIES
    IMPORTED_LOCATION "${LIBLINEAR_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LIBLINEAR_INCLUDE_DIR}")

# Qt Test drives every test executable, the engine's included.
set(winnow_qt_components Core Test)
if(NOT WINNOW_ENGINE_ONLY)
    list(APPEND winnow_qt_components
        Gui Widgets Network Sql Concurrent Charts WebEngineWidgets HttpServer Svg
        PrintSupport LinguistTools)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${winnow_qt_components})
if(NOT WINNOW_ENGINE_ONLY)
    find_package(Qt6Keychain REQUIRED)
    qt_standard_project_setup()
endif()
set(CMAKE_AUTOMOC ON)
