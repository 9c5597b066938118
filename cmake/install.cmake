# Install rules and the Debian package: `cmake --install build/default --prefix ~/.local` (or
# scripts/install) gives
#   bin/footprint, bin/footprint-render        the programs
#   lib/footprint/modules/libfootprint_gdal.so  the GDAL module footprint-render loads for --layer
#   share/footprint/{basemap,gazetteer,water}/  the offline data built by scripts/setup
#   share/footprint/styles/                     the map styles
#   share/man/man1/footprint.1, share/doc/footprint/   the manual page, README and data credits
# The programs find all of it relative to themselves (core/data_paths.cpp), so the prefix can be
# anywhere and the source tree can go. `cpack --config build/default/CPackConfig.cmake` makes a
# .deb of the same files under /usr.

# The data is built by scripts/setup, not by CMake: say so rather than fail on a missing file.
install(CODE "
  foreach(file basemap/basemap.fpb basemap/world_map.gpkg gazetteer/gazetteer.sqlite)
    if(NOT EXISTS \"${FOOTPRINT_DATA_DIR}/\${file}\")
      message(FATAL_ERROR \"${FOOTPRINT_DATA_DIR}/\${file} is missing: scripts/setup builds the offline data\")
    endif()
  endforeach()")

install(TARGETS footprint footprint-render RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS footprint_gdal LIBRARY DESTINATION ${FOOTPRINT_INSTALL_MODULE_DIR})
# Only what the programs read: the basemap store and the admin areas (reverse lookup, area
# names), and the gazetteer index; the files they are derived from stay in data/out.
install(FILES ${FOOTPRINT_DATA_DIR}/basemap/basemap.fpb ${FOOTPRINT_DATA_DIR}/basemap/world_map.gpkg
        DESTINATION ${FOOTPRINT_INSTALL_SHARE_DIR}/basemap)
install(FILES ${FOOTPRINT_DATA_DIR}/gazetteer/gazetteer.sqlite
        DESTINATION ${FOOTPRINT_INSTALL_SHARE_DIR}/gazetteer)
install(FILES ${PROJECT_SOURCE_DIR}/data/water_names/water_names.tsv
        DESTINATION ${FOOTPRINT_INSTALL_SHARE_DIR}/water)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/styles/ DESTINATION ${FOOTPRINT_INSTALL_SHARE_DIR}/styles
        FILES_MATCHING PATTERN "*.json")
install(FILES ${PROJECT_SOURCE_DIR}/docs/footprint.1 ${PROJECT_SOURCE_DIR}/docs/footprint-render.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/journal-format.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/data/gazetteer/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME gazetteer-data.md)

# The Debian package: the same files under /usr; dependencies on the libraries come from
# dpkg-shlibdeps, the fonts the styles name are listed by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME footprint)
set(CPACK_PACKAGE_CONTACT "footprint maintainers <footprint@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Records where you went in one GeoJSON file you own and draws it on maps and posters, with no network at any step.")
set(CPACK_STRIP_FILES ON)
include(CPack)
