# Install layout (FHS) and the Debian package. `cmake --install build --prefix /usr` lays out
# bin/steward, bin/steward-platform, the desktop entry, the scalable icon and the AppStream
# metadata; `cpack -G DEB` (run in the build tree) makes a .deb whose dependencies come from
# dpkg-shlibdeps plus the Qt plug-ins Steward loads at run time.
include(GNUInstallDirs)

set(STEWARD_APP_ID app.steward.Steward)
# macOS: an app bundle for macdeployqt. Windows keeps the console subsystem so that
# `steward sync`, `steward report` and `steward points import` print to the terminal.
set_target_properties(steward PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_GUI_IDENTIFIER ${STEWARD_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Steward
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
install(TARGETS steward
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${STEWARD_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/steward.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${STEWARD_APP_ID}.svg)
configure_file(${PROJECT_SOURCE_DIR}/resources/linux/${STEWARD_APP_ID}.metainfo.xml
               ${PROJECT_BINARY_DIR}/${STEWARD_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${STEWARD_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/steward)

set(CPACK_PACKAGE_NAME steward)
set(CPACK_PACKAGE_VENDOR "Steward developers")
set(CPACK_PACKAGE_CONTACT "Steward developers <steward@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Community operations console (社群管家)")
set(CPACK_PACKAGE_DESCRIPTION "Desktop console for moderators and community managers of an online\n\
learning community: review queue, members, campaigns, KPI charts and the\n\
quarterly operations report, offline-first with a local SQLite cache.\n\
Also ships steward-platform, the reference platform server.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plug-ins, so dpkg-shlibdeps cannot see them: the SQLite driver, the SVG icon engine, Qt's own translations and a CJK font for PDFs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-wayland, gnome-keyring | kwalletmanager")
include(CPack)
