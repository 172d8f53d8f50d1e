# Installing mwp (cmake --install) and packaging it as a .deb (cpack):
#   bin/mwp                       the command
#   share/mwp/theme/              the default theme (mwp init also carries it inside the binary)
#   share/mwp/sample-site/        the Men Women Psychology sample site, ready to build
#   share/doc/mwp/                the README and the guides
# The .deb's Depends come from dpkg-shlibdeps, so `apt-get install ./mwp_*.deb`
# brings every shared library mwp links.
include(GNUInstallDirs)
install(TARGETS mwp RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/site/theme/ DESTINATION ${CMAKE_INSTALL_DATADIR}/mwp/theme)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/site/ DESTINATION ${CMAKE_INSTALL_DATADIR}/mwp/sample-site)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mwp)
set(CPACK_PACKAGE_VENDOR "Men Women Psychology")
set(CPACK_PACKAGE_CONTACT "mwp maintainers <maintainers@menwomenpsychology.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "publishing engine for evidence-based psychology writing")
set(CPACK_PACKAGE_DESCRIPTION
    "mwp turns Markdown articles into a static site: it proves every citation in the prose \
against the article's sources, formats them in APA 7, renders accessible pages with \
structured data, indexes them for search and serves them with live preview.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY mwp)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
