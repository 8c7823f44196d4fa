# Install rules and installers for Linux, Windows and macOS (DESIGN.md §1, §4), included at the
# end of the top-level CMakeLists.txt once every program target exists:
#   Linux    DEB, RPM and TGZ; Qt comes from the distribution's packages (linux/Linux.cmake)
#   Windows  an NSIS installer with the Qt runtime deployed by windeployqt (windows/Windows.cmake)
#   macOS    an app bundle in a DMG with the Qt runtime deployed by macdeployqt (macos/MacOS.cmake)
# `cpack` in the build directory makes the packages of the platform; README.md, "Building
# packages", tells the rest. The version is the project's (project() in the top-level file).
#
# Install components: "applications" (programs, Qt runtime, desktop integration) goes into every
# package; "debian" (copyright, changelog) only into the .deb; "license" (LICENSE) into every
# package but the .deb, which carries the Debian copyright file instead. CPackComponents.cmake
# picks them per generator; `cmake --install` without --component installs them all.

include(GNUInstallDirs)

set(COMMDESK_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(COMMDESK_PACKAGING_BINARY_DIR ${CMAKE_BINARY_DIR}/packaging)
set(COMMDESK_APP_ID org.commdesk.CommDesk)
set(COMMDESK_PACKAGE_NAME commdesk)
set(COMMDESK_PACKAGE_MAINTAINER "The CommDesk developers <maintainers@commdesk.org>"
    CACHE STRING "Maintainer named in the Linux packages (\"Name <address>\")")
set(COMMDESK_METAINFO ${PROJECT_SOURCE_DIR}/resources/${COMMDESK_APP_ID}.metainfo.xml)
set(COMMDESK_DESKTOP_FILE ${PROJECT_SOURCE_DIR}/resources/${COMMDESK_APP_ID}.desktop)
file(MAKE_DIRECTORY ${COMMDESK_PACKAGING_BINARY_DIR})

# The one version, written where scripts and CI can read it without parsing CMake.
file(WRITE ${COMMDESK_PACKAGING_BINARY_DIR}/version.txt "${PROJECT_VERSION}\n")

# The release date is that of the metainfo's <release> entry for this version; the release
# history lives there, not in a second place.
file(READ ${COMMDESK_METAINFO} commdesk_metainfo_text)
string(REPLACE "." "\\." commdesk_version_regex "${PROJECT_VERSION}")
if(commdesk_metainfo_text MATCHES "<release version=\"${commdesk_version_regex}\" date=\"([0-9]+-[0-9]+-[0-9]+)\"")
    set(COMMDESK_RELEASE_DATE ${CMAKE_MATCH_1})
else()
    string(TIMESTAMP COMMDESK_RELEASE_DATE "%Y-%m-%d" UTC)
    message(WARNING "resources/${COMMDESK_APP_ID}.metainfo.xml has no <release version=\"${PROJECT_VERSION}\" "
                    "date=\"...\"> entry: add one before making packages of this version.")
endif()

# The programs that exist in this build: commdesk-cli and commdesk-sandbox are optional.
set(COMMDESK_PROGRAMS commdesk)
foreach(program commdesk-cli commdesk-sandbox)
    if(TARGET ${program})
        list(APPEND COMMDESK_PROGRAMS ${program})
    endif()
endforeach()
set(COMMDESK_HELPER_PROGRAMS ${COMMDESK_PROGRAMS})
list(REMOVE_ITEM COMMDESK_HELPER_PROGRAMS commdesk)

# The Prometheus alert rules and the Grafana dashboard for `commdesk-cli queue serve-metrics`
# (docs/cli.md "Prometheus"), beside the program that serves the metrics.
if(TARGET commdesk-cli)
    install(FILES ${COMMDESK_PACKAGING_DIR}/monitoring/commdesk-queue-alerts.yml
                  ${COMMDESK_PACKAGING_DIR}/monitoring/commdesk-queue-dashboard.json
            DESTINATION ${CMAKE_INSTALL_DATADIR}/commdesk/monitoring COMPONENT applications)
endif()

if(WIN32)
    include(${COMMDESK_PACKAGING_DIR}/windows/Windows.cmake)
elseif(APPLE)
    include(${COMMDESK_PACKAGING_DIR}/macos/MacOS.cmake)
else()
    include(${COMMDESK_PACKAGING_DIR}/linux/Linux.cmake)
endif()

# Qt's own deployment (windeployqt, macdeployqt) where Qt travels with the application. On Linux
# the distribution's Qt packages are declared as dependencies instead.
if(WIN32 OR APPLE)
    if(NOT COMMAND qt_generate_deploy_app_script)
        message(FATAL_ERROR "The Windows and macOS installers need Qt 6.3 or newer (qt_generate_deploy_app_script).")
    endif()
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET commdesk OUTPUT_SCRIPT commdesk_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR NO_COMPILER_RUNTIME)
    else()
        qt_generate_deploy_app_script(TARGET commdesk FILENAME_VARIABLE commdesk_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    # After install(TARGETS): the script deploys what the installed program needs. On Windows that
    # includes Qt's own translations: windeployqt merges the catalogues of the Qt modules in use
    # into one translations/qt_<lang>.qm per language (Qt's translations directory in the qt.conf
    # it writes), since NO_TRANSLATIONS is not given.
    install(SCRIPT ${commdesk_deploy_script} COMPONENT applications)
    # macdeployqt deploys no translations. Qt's own, merged the same way, go into the bundle's
    # Resources, and the qt.conf macdeployqt wrote (one [Paths] group) says where they are, so
    # that QLibraryInfo::TranslationsPath finds them.
    if(APPLE)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            set(commdesk_translations_dir ${COMMDESK_BUNDLE}/Contents/Resources/translations)
            qt_generate_deploy_script(TARGET commdesk NAME commdesk_qt_translations
                OUTPUT_SCRIPT commdesk_translations_script CONTENT "
set(QT_DEPLOY_TRANSLATIONS_DIR \"${commdesk_translations_dir}\")
qt_deploy_translations()
set(qt_conf \"\${QT_DEPLOY_PREFIX}/${COMMDESK_BUNDLE}/Contents/Resources/qt.conf\")
file(STRINGS \"\${qt_conf}\" qt_conf_translations REGEX \"^Translations *=\")
if(NOT qt_conf_translations)
    file(APPEND \"\${qt_conf}\" \"\\nTranslations = Resources/translations\\n\")
endif()
")
            install(SCRIPT ${commdesk_translations_script} COMPONENT applications)
        else()
            message(WARNING "The macOS bundle carries Qt's own translations only with Qt 6.5 or newer (qt_deploy_translations).")
        endif()
    endif()
endif()

# --- CPack settings shared by every platform --------------------------------------------------
set(CPACK_PACKAGE_NAME ${COMMDESK_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "The CommDesk developers")
set(CPACK_PACKAGE_CONTACT "${COMMDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VERSION_MAJOR ${PROJECT_VERSION_MAJOR})
set(CPACK_PACKAGE_VERSION_MINOR ${PROJECT_VERSION_MINOR})
set(CPACK_PACKAGE_VERSION_PATCH ${PROJECT_VERSION_PATCH})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${COMMDESK_PACKAGING_DIR}/description.txt)
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY CommDesk)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" commdesk_processor)
if(commdesk_processor MATCHES "^(amd64|x64)$")
    set(commdesk_processor x86_64)
endif()
if(APPLE AND CMAKE_OSX_ARCHITECTURES MATCHES ";")
    set(commdesk_processor universal)
elseif(APPLE AND CMAKE_OSX_ARCHITECTURES)
    set(commdesk_processor ${CMAKE_OSX_ARCHITECTURES})
endif()
set(CPACK_PACKAGE_FILE_NAME "${COMMDESK_PACKAGE_NAME}-${PROJECT_VERSION}-${COMMDESK_PLATFORM_NAME}-${commdesk_processor}")

# Which install components each generator packs (see the top of this file).
set(CPACK_COMMDESK_BINARY_DIR ${CMAKE_BINARY_DIR})
set(CPACK_COMMDESK_PROJECT_NAME ${PROJECT_NAME})
set(CPACK_PROJECT_CONFIG_FILE ${COMMDESK_PACKAGING_DIR}/CPackComponents.cmake)

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${COMMDESK_PACKAGE_NAME}-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-[^/]*/" "/\\\\.cache/" "\\\\.user$")

include(CPack)

# --- The package check, opt-in: it installs and removes system packages -----------------------
option(COMMDESK_PACKAGE_TESTS
       "Register packaging/linux/verify-packages.sh as a CTest test labelled 'package' (installs system packages)" OFF)
if(COMMDESK_PACKAGE_TESTS AND UNIX AND NOT APPLE)
    enable_testing()
    add_test(NAME verify_packages COMMAND ${COMMDESK_PACKAGING_DIR}/linux/verify-packages.sh)
    set_tests_properties(verify_packages PROPERTIES LABELS package TIMEOUT 5400 RUN_SERIAL TRUE)
endif()
