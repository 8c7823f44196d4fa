# Linux: the programs under the GNU install directories, desktop integration (desktop entry,
# hicolor icons, AppStream metainfo), manual pages, and the DEB, RPM and TGZ generators.
# Included by packaging/Packaging.cmake. Qt comes from the distribution: the .deb declares the
# Debian 12 package names, the .rpm Fedora's.

set(COMMDESK_PLATFORM_NAME linux)
set(commdesk_linux_dir ${COMMDESK_PACKAGING_DIR}/linux)
set(commdesk_docdir ${CMAKE_INSTALL_DATADIR}/doc/${COMMDESK_PACKAGE_NAME})

install(TARGETS ${COMMDESK_PROGRAMS} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT applications)
# Full RELRO (bind now) for the programs, as Debian's hardening build flags give packaged programs.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    foreach(program IN LISTS COMMDESK_PROGRAMS)
        target_link_options(${program} PRIVATE LINKER:-z,relro LINKER:-z,now)
    endforeach()
endif()

# --- Desktop integration ------------------------------------------------------------------------
install(FILES ${COMMDESK_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT applications)
install(FILES ${COMMDESK_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT applications)
# The PNGs are committed (linux/make-icons.sh regenerates them from the SVG), so that no image
# tool is a build dependency.
set(COMMDESK_ICON_SIZES 16 22 24 32 48 64 128 256 512)
foreach(size IN LISTS COMMDESK_ICON_SIZES)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${COMMDESK_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT applications)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/commdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${COMMDESK_APP_ID}.svg COMPONENT applications)

# --- Compressed files: manual pages and the Debian changelog ------------------------------------
# gzip -n leaves out the name and time stamp, so that the same input gives the same package.
find_program(COMMDESK_GZIP gzip)
set(commdesk_gzipped_files "")
# commdesk_gzip(<source> <variable>): compresses <source> at build time into <its name>.gz and sets
# <variable> to the compressed file.
function(commdesk_gzip source output)
    get_filename_component(name ${source} NAME)
    set(copy ${COMMDESK_PACKAGING_BINARY_DIR}/gz/${name})
    add_custom_command(OUTPUT ${copy}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${COMMDESK_PACKAGING_BINARY_DIR}/gz
        COMMAND ${CMAKE_COMMAND} -E copy ${source} ${copy}
        COMMAND ${COMMDESK_GZIP} -9 -n -f ${copy}
        DEPENDS ${source}
        COMMENT "Compressing ${name}"
        VERBATIM)
    set(${output} ${copy}.gz PARENT_SCOPE)
endfunction()

if(COMMDESK_GZIP)
    foreach(program IN LISTS COMMDESK_PROGRAMS)
        commdesk_gzip(${commdesk_linux_dir}/${program}.1 manual_page)
        install(FILES ${manual_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT applications)
        list(APPEND commdesk_gzipped_files ${manual_page})
    endforeach()
else()
    message(WARNING "gzip not found: the manual pages are installed uncompressed and the .deb has no changelog")
    foreach(program IN LISTS COMMDESK_PROGRAMS)
        install(FILES ${commdesk_linux_dir}/${program}.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
                COMPONENT applications)
    endforeach()
endif()

# --- CPack: the generators ----------------------------------------------------------------------
set(CPACK_GENERATOR TGZ DEB)
find_program(COMMDESK_RPMBUILD rpmbuild)
if(COMMDESK_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
else()
    message(STATUS "rpmbuild not found: cpack makes no .rpm (Debian: apt-get install rpm)")
endif()

# --- DEB ------------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME ${COMMDESK_PACKAGE_NAME})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${COMMDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# The shared libraries come from dpkg-shlibdeps, which reads them off the binaries. The plugins Qt
# loads at run time are no link dependency, so they are named here: the platform plugins (xcb,
# offscreen), the SQLite driver, the SVG icon engine the icons need, Wayland as a recommendation;
# and Qt's own translations (qt_<lang>.qm, qtbase_<lang>.qm), which the app loads from Qt's
# translations directory so that Qt's standard texts (dialog buttons, context menus) follow the
# user's language.
# Without dpkg-shlibdeps (building on a distribution that is not Debian-like) the libraries are
# named by hand with Debian 12's package names.
find_program(COMMDESK_DPKG_SHLIBDEPS dpkg-shlibdeps)
set(commdesk_deb_depends qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n)
if(COMMDESK_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    list(PREPEND commdesk_deb_depends
        "libqt6core6 (>= 6.4)" "libqt6gui6 (>= 6.4)" "libqt6widgets6 (>= 6.4)" "libqt6network6 (>= 6.4)"
        "libqt6sql6 (>= 6.4)" "libqt6concurrent6 (>= 6.4)" "libqt6httpserver6 (>= 6.4)"
        "libqt6websockets6 (>= 6.4)" libsimdjson14)
    if(TARGET Qt6::Charts)
        list(APPEND commdesk_deb_depends "libqt6charts6 (>= 6.4)")
    endif()
    if(TARGET qt6keychain)
        list(APPEND commdesk_deb_depends libqt6keychain1)
    endif()
endif()
list(JOIN commdesk_deb_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-wayland)

# Debian policy files, only in the .deb (component "debian").
install(FILES ${commdesk_linux_dir}/copyright DESTINATION ${commdesk_docdir} COMPONENT debian)
install(FILES ${commdesk_linux_dir}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME ${COMMDESK_PACKAGE_NAME} COMPONENT debian)
if(COMMDESK_GZIP)
    # The changelog entry is dated with the metainfo's release date.
    execute_process(COMMAND date -u -R -d "${COMMDESK_RELEASE_DATE} 00:00:00 UTC"
        OUTPUT_VARIABLE COMMDESK_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE commdesk_date_result)
    if(NOT commdesk_date_result EQUAL 0)
        string(TIMESTAMP COMMDESK_RELEASE_DATE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
    endif()
    set(CPACK_PACKAGE_NAME ${COMMDESK_PACKAGE_NAME})
    set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
    configure_file(${commdesk_linux_dir}/changelog.Debian.in ${COMMDESK_PACKAGING_BINARY_DIR}/changelog.Debian @ONLY)
    commdesk_gzip(${COMMDESK_PACKAGING_BINARY_DIR}/changelog.Debian changelog)
    install(FILES ${changelog} DESTINATION ${commdesk_docdir} COMPONENT debian)
    list(APPEND commdesk_gzipped_files ${changelog})
endif()

# --- RPM ------------------------------------------------------------------------------------------
set(CPACK_RPM_PACKAGE_NAME ${COMMDESK_PACKAGE_NAME})
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Communications")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
# rpmbuild finds the shared libraries itself (AutoReq); the run-time plugins are named with
# Fedora's package names: platform plugins and SQLite driver (qt6-qtbase-gui, qt6-qtbase), SVG,
# and Qt's own translations (qt6-qttranslations).
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg, qt6-qttranslations")
# Directories the filesystem and hicolor-icon-theme packages own; the package must not claim them.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1 /usr/share/licenses
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS COMMDESK_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# LICENSE for the .rpm and the .tar.gz (component "license"); rpm marks it as the license file.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/licenses/${COMMDESK_PACKAGE_NAME}
        COMPONENT license)
set(CPACK_RPM_USER_FILELIST "%license /usr/${CMAKE_INSTALL_DATADIR}/licenses/${COMMDESK_PACKAGE_NAME}/LICENSE")

if(commdesk_gzipped_files)
    add_custom_target(commdesk_compressed_files ALL DEPENDS ${commdesk_gzipped_files})
endif()
