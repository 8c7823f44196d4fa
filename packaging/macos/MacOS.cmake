# macOS: CommDesk.app with an Info.plist and an icon, commdesk-cli and commdesk-sandbox inside
# the bundle (sharing its Qt frameworks), the Qt runtime deployed by macdeployqt
# (Packaging.cmake), signing before the DMG is made (codesign.cmake), and the DragNDrop
# generator. Included by packaging/Packaging.cmake.

set(COMMDESK_PLATFORM_NAME macos)
set(commdesk_macos_dir ${COMMDESK_PACKAGING_DIR}/macos)
set(COMMDESK_BUNDLE_EXECUTABLE CommDesk)
set(COMMDESK_BUNDLE ${COMMDESK_BUNDLE_EXECUTABLE}.app)

# --- The bundle -----------------------------------------------------------------------------------
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(COMMDESK_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.8)
    set(COMMDESK_MACOS_MINIMUM 12.0)
else()
    set(COMMDESK_MACOS_MINIMUM 11.0)
endif()
configure_file(${commdesk_macos_dir}/Info.plist.in ${COMMDESK_PACKAGING_BINARY_DIR}/Info.plist @ONLY)
set(commdesk_icns ${commdesk_macos_dir}/commdesk.icns)
target_sources(commdesk PRIVATE ${commdesk_icns})
set_source_files_properties(${commdesk_icns} TARGET_DIRECTORY commdesk PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(commdesk PROPERTIES
    OUTPUT_NAME ${COMMDESK_BUNDLE_EXECUTABLE}
    MACOSX_BUNDLE_INFO_PLIST ${COMMDESK_PACKAGING_BINARY_DIR}/Info.plist
    MACOSX_BUNDLE_GUI_IDENTIFIER ${COMMDESK_APP_ID}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${COMMDESK_APP_ID})
# The icons are SVG files: linking QtSvg makes macdeployqt deploy the SVG icon engine and image
# format plugins, which it leaves out for programs that do not use QtSvg.
target_link_libraries(commdesk PRIVATE Qt6::Svg)

# --- Install rules --------------------------------------------------------------------------------
install(TARGETS commdesk BUNDLE DESTINATION . COMPONENT applications)
# The helper programs live in Contents/MacOS and find the bundle's frameworks through their rpath;
# macdeployqt deploys every framework they need, since CommDesk itself links all of them.
foreach(program IN LISTS COMMDESK_HELPER_PROGRAMS)
    set_target_properties(${program} PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
    install(TARGETS ${program} RUNTIME DESTINATION ${COMMDESK_BUNDLE}/Contents/MacOS COMPONENT applications)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${COMMDESK_BUNDLE}/Contents/Resources COMPONENT license)

# --- DMG ----------------------------------------------------------------------------------------
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "CommDesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${commdesk_icns})
# Signs the deployed bundle in CPack's staging directory before the DMG is made: with the
# identity in COMMDESK_CODESIGN_IDENTITY (Developer ID, hardened runtime) or ad hoc without one.
set(CPACK_PRE_BUILD_SCRIPTS ${commdesk_macos_dir}/codesign.cmake)
set(CPACK_COMMDESK_BUNDLE ${COMMDESK_BUNDLE})
