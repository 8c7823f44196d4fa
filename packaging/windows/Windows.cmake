# Windows: the programs in bin/ with an icon and version information, the Qt runtime deployed by
# windeployqt (Packaging.cmake), the MSVC runtime next to them, and an NSIS installer with
# Start-menu entries and an uninstaller. Included by packaging/Packaging.cmake.

set(COMMDESK_PLATFORM_NAME windows)
set(commdesk_windows_dir ${COMMDESK_PACKAGING_DIR}/windows)

# --- Icon and version information of every program ---------------------------------------------
enable_language(RC)
set(COMMDESK_RC_ICON ${commdesk_windows_dir}/commdesk.ico)
set(COMMDESK_RC_VERSION_MINOR 0)
set(COMMDESK_RC_VERSION_PATCH 0)
if(NOT PROJECT_VERSION_MINOR STREQUAL "")
    set(COMMDESK_RC_VERSION_MINOR ${PROJECT_VERSION_MINOR})
endif()
if(NOT PROJECT_VERSION_PATCH STREQUAL "")
    set(COMMDESK_RC_VERSION_PATCH ${PROJECT_VERSION_PATCH})
endif()
set(commdesk_description_commdesk "CommDesk")
set(commdesk_description_commdesk-cli "CommDesk command-line client")
set(commdesk_description_commdesk-sandbox "CommDesk sandbox, an emulator of the CRM.COM API")
foreach(program IN LISTS COMMDESK_PROGRAMS)
    set(COMMDESK_RC_PROGRAM ${program})
    set(COMMDESK_RC_FILE_NAME ${program}.exe)
    set(COMMDESK_RC_DESCRIPTION "${commdesk_description_${program}}")
    configure_file(${commdesk_windows_dir}/commdesk.rc.in ${COMMDESK_PACKAGING_BINARY_DIR}/${program}.rc @ONLY)
    target_sources(${program} PRIVATE ${COMMDESK_PACKAGING_BINARY_DIR}/${program}.rc)
endforeach()

# --- Install rules --------------------------------------------------------------------------------
install(TARGETS ${COMMDESK_PROGRAMS} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT applications)
# QtKeychain is no Qt module, so windeployqt leaves it out; install its DLL when the build uses it.
if(TARGET qt6keychain)
    install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
            COMPONENT applications)
endif()
# The MSVC runtime DLLs beside the programs, so that no separate redistributable is needed (the
# Universal CRT is part of Windows 10 and later).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT applications)
include(InstallRequiredSystemLibraries)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt COMPONENT license)

# --- NSIS installer ---------------------------------------------------------------------------
set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "CommDesk")
set(CPACK_NSIS_DISPLAY_NAME "CommDesk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "CommDesk")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON ${commdesk_windows_dir}/commdesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${commdesk_windows_dir}/commdesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\commdesk.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${COMMDESK_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_BRANDING_TEXT "CommDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Upgrades: run the previous version's uninstaller first.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offer to put bin\ on PATH, for commdesk-cli in terminals and scripts.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN commdesk.exe)
# Start-menu entries: CommDesk, CommDesk with the demo sandbox, and the uninstaller (CPack adds it).
set(CPACK_PACKAGE_EXECUTABLES commdesk CommDesk)
set(CPACK_CREATE_DESKTOP_LINKS commdesk)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\CommDesk (demo sandbox).lnk' '$INSTDIR\\\\bin\\\\commdesk.exe' '--sandbox'")
# commdesk:// links open in CommDesk (the link is the program's argument); removed with the program.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "WriteRegStr HKCR 'commdesk' '' 'URL:CommDesk link'
  WriteRegStr HKCR 'commdesk' 'URL Protocol' ''
  WriteRegStr HKCR 'commdesk\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\commdesk.exe,0'
  WriteRegStr HKCR 'commdesk\\\\shell\\\\open\\\\command' '' '\"$INSTDIR\\\\bin\\\\commdesk.exe\" \"%1\"'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "DeleteRegKey HKCR 'commdesk'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA
    "Delete '$SMPROGRAMS\\\\$START_MENU\\\\CommDesk (demo sandbox).lnk'")
