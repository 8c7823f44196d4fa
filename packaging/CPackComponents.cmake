# Read by cpack once for each generator (CPACK_PROJECT_CONFIG_FILE, set in Packaging.cmake): the
# install components that go into that generator's package. The .deb carries the Debian
# copyright file and changelog; every other package carries LICENSE instead.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(commdesk_components applications debian)
else()
    set(commdesk_components applications license)
endif()

set(CPACK_INSTALL_CMAKE_PROJECTS "")
foreach(component IN LISTS commdesk_components)
    list(APPEND CPACK_INSTALL_CMAKE_PROJECTS
        "${CPACK_COMMDESK_BINARY_DIR}" "${CPACK_COMMDESK_PROJECT_NAME}" "${component}" "/")
endforeach()
