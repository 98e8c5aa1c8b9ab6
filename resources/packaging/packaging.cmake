# The Debian package: `cpack -G DEB` in the build folder (bash .ci/dev package)
# gives feroscope_<version>_amd64.deb from the normal build's install rules.
# The files dpkg wants beside them (copyright, changelog, lintian's
# overrides) are in resources/packaging/debian/.

# The changelog is installed compressed, as Debian policy says (gzip -n:
# no timestamp, so the package is reproducible).
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
    COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/resources/packaging/debian/changelog > ${CMAKE_BINARY_DIR}/packaging/changelog.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/packaging/debian/changelog)
add_custom_target(feroscope-changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
# A version without a Debian revision is a native package, whose changelog is
# changelog.gz (not changelog.Debian.gz).
install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.gz resources/packaging/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/feroscope) # DOCDIR would be doc/Feroscope
install(FILES resources/packaging/debian/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME feroscope)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME feroscope)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Feroscope developers")
set(CPACK_PACKAGE_CONTACT "Feroscope maintainers <maintainers@users.noreply.b-seed-d238e103.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # feroscope_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Summary on the first line, the extended description after it (a "." line
# is a paragraph break, as in debian/control).
# CPack writes CPACK_PACKAGE_DESCRIPTION_SUMMARY as the synopsis and indents
# CPACK_DEBIAN_PACKAGE_DESCRIPTION below it.
file(STRINGS ${PROJECT_SOURCE_DIR}/resources/packaging/debian/description.txt description)
list(POP_FRONT description CPACK_PACKAGE_DESCRIPTION_SUMMARY)
list(JOIN description "\n" CPACK_DEBIAN_PACKAGE_DESCRIPTION)
# The linked libraries by dpkg-shlibdeps; beside them what Qt loads at run
# time and dpkg-shlibdeps cannot see: the SQLite driver plugin (every
# database session is read through QSqlDatabase) and Qt's own translations
# (standard buttons and dialogs in the user's language).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n")
# The bash completion needs its helpers; not needed to run.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Folders CPack creates for the install tree: 0755, as Debian wants, whatever
# the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
