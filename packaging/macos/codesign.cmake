# Run by cpack on macOS after the install into its staging directory and before the DMG is made
# (CPACK_PRE_BUILD_SCRIPTS, set in MacOS.cmake): signs CommDesk.app from the inside out.
#
#   COMMDESK_CODESIGN_IDENTITY  unset or empty: ad-hoc signature (runs on the building Mac and, after
#                               the Gatekeeper prompt, elsewhere); set: a "Developer ID Application"
#                               identity in the keychain, signed with the hardened runtime and a
#                               secure time stamp, as notarisation requires.
#   COMMDESK_CODESIGN_KEYCHAIN  optional: the keychain that holds the identity.
#
# macdeployqt rewrites the binaries' load commands, which invalidates the linker's signatures, so
# this runs after it; a bundle is signed after everything it contains.

set(identity "$ENV{COMMDESK_CODESIGN_IDENTITY}")
set(options --force)
if(identity STREQUAL "")
    set(identity "-")
    message(STATUS "codesign: no COMMDESK_CODESIGN_IDENTITY, signing ad hoc")
else()
    list(APPEND options --timestamp --options runtime)
    if(NOT "$ENV{COMMDESK_CODESIGN_KEYCHAIN}" STREQUAL "")
        list(APPEND options --keychain "$ENV{COMMDESK_CODESIGN_KEYCHAIN}")
    endif()
    message(STATUS "codesign: signing as ${identity}")
endif()

if(NOT IS_DIRECTORY "${CPACK_TEMPORARY_INSTALL_DIRECTORY}" OR CPACK_COMMDESK_BUNDLE STREQUAL "")
    message(FATAL_ERROR "codesign: run this through cpack (CPACK_PRE_BUILD_SCRIPTS), not on its own")
endif()
# The bundle sits at the top of the staging directory, or one level down (a component directory).
file(GLOB bundles LIST_DIRECTORIES true
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/${CPACK_COMMDESK_BUNDLE}"
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/${CPACK_COMMDESK_BUNDLE}")
if(NOT bundles)
    message(FATAL_ERROR "codesign: no ${CPACK_COMMDESK_BUNDLE} under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()

function(sign path)
    execute_process(COMMAND codesign ${options} --sign "${identity}" "${path}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign failed for ${path}")
    endif()
endfunction()

foreach(bundle IN LISTS bundles)
    get_filename_component(main_executable "${bundle}" NAME_WE)
    # Plugins and loose libraries, then the frameworks, then the helper programs, then the bundle.
    file(GLOB_RECURSE libraries "${bundle}/Contents/PlugIns/*.dylib" "${bundle}/Contents/Frameworks/*.dylib")
    foreach(library IN LISTS libraries)
        sign("${library}")
    endforeach()
    file(GLOB frameworks LIST_DIRECTORIES true "${bundle}/Contents/Frameworks/*.framework")
    foreach(framework IN LISTS frameworks)
        sign("${framework}")
    endforeach()
    file(GLOB executables "${bundle}/Contents/MacOS/*")
    foreach(executable IN LISTS executables)
        get_filename_component(name "${executable}" NAME)
        if(NOT name STREQUAL main_executable)
            sign("${executable}")
        endif()
    endforeach()
    sign("${bundle}")
    execute_process(COMMAND codesign --verify --strict --verbose=2 "${bundle}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign: ${bundle} does not verify")
    endif()
endforeach()
