# Debian packages (CPack's DEB generator), built by `tools/kiosk package`:
#   tongban-content  the content tool and the seed package (the content office's PC too)
#   tongban-kiosk    the kiosk, its systemd unit, PAM file, polkit rules, default settings, docs;
#                    depends on tongban-content rather than shipping it twice.
# docs/deployment.md explains the dependencies and every lintian warning kept (none today).
set(DEPLOY ${PROJECT_SOURCE_DIR}/assets/deploy)
set(TONGBAN_MAINTAINER "Tongban Kiosk maintainers <tongban-kiosk@packages.invalid>"
    CACHE STRING "Maintainer field of the Debian packages")

# What each package installs (relative destinations go under /usr).
install(TARGETS tongban-content RUNTIME DESTINATION bin COMPONENT content)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/db/seed/ DESTINATION share/tongban/seed COMPONENT content)
install(TARGETS tongban-kiosk RUNTIME DESTINATION bin COMPONENT kiosk)
install(FILES ${DEPLOY}/kiosk.ini DESTINATION share/tongban COMPONENT kiosk)
install(PROGRAMS ${DEPLOY}/tongban-session DESTINATION libexec/tongban COMPONENT kiosk)
install(FILES ${DEPLOY}/tongban-kiosk.service DESTINATION /lib/systemd/system COMPONENT kiosk)
install(FILES ${DEPLOY}/cage.pam DESTINATION /etc/pam.d RENAME cage COMPONENT kiosk)
install(FILES ${DEPLOY}/50-tongban-kiosk.rules DESTINATION share/polkit-1/rules.d COMPONENT kiosk)

# Debian's documentation files: copyright, changelog.gz, man pages and docs, compressed (-n:
# no time stamp, so the package is reproducible).
set(DOCGZ ${CMAKE_BINARY_DIR}/deb-docs)
file(MAKE_DIRECTORY ${DOCGZ})
function(tongban_gzip source out)
    add_custom_command(OUTPUT ${out}
        COMMAND gzip -9 -n -c ${source} > ${out}
        DEPENDS ${source} VERBATIM)
    list(APPEND TONGBAN_GZIPPED ${out})
    set(TONGBAN_GZIPPED ${TONGBAN_GZIPPED} PARENT_SCOPE)
endfunction()
set(TONGBAN_GZIPPED)
tongban_gzip(${DEPLOY}/debian/changelog ${DOCGZ}/changelog.gz)
tongban_gzip(${DEPLOY}/tongban-kiosk.1 ${DOCGZ}/tongban-kiosk.1.gz)
tongban_gzip(${DEPLOY}/tongban-content.1 ${DOCGZ}/tongban-content.1.gz)
tongban_gzip(${PROJECT_SOURCE_DIR}/docs/deployment.md ${DOCGZ}/deployment.md.gz)
tongban_gzip(${PROJECT_SOURCE_DIR}/README.md ${DOCGZ}/README.md.gz)
add_custom_target(deb_docs ALL DEPENDS ${TONGBAN_GZIPPED})
foreach(component content kiosk)
    install(FILES ${DEPLOY}/debian/copyright ${DOCGZ}/changelog.gz
        DESTINATION share/doc/tongban-${component} COMPONENT ${component})
endforeach()
install(FILES ${DOCGZ}/tongban-content.1.gz DESTINATION share/man/man1 COMPONENT content)
install(FILES ${DOCGZ}/tongban-kiosk.1.gz DESTINATION share/man/man1 COMPONENT kiosk)
install(FILES ${DOCGZ}/deployment.md.gz ${DOCGZ}/README.md.gz DESTINATION share/doc/tongban-kiosk COMPONENT kiosk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tongban)
set(CPACK_PACKAGE_VENDOR "Tongban Kiosk project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${TONGBAN_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_COMPONENTS_ALL content kiosk)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${TONGBAN_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

set(CPACK_DEBIAN_CONTENT_PACKAGE_NAME tongban-content)
set(CPACK_DEBIAN_CONTENT_PACKAGE_SECTION utils)
# Loaded at run time, so dpkg-shlibdeps cannot see it: the Qt SQLite driver.
set(CPACK_DEBIAN_CONTENT_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_COMPONENT_CONTENT_DESCRIPTION "Tongban Kiosk content tool (通办自助导办机内容工具)
tongban-content checks, compares, imports, exports and rolls back the
content packages of the Tongban Kiosk, a touch screen guide to
government services for the halls of Changchun, Jilin, Siping and
Liaoyuan. It runs on the kiosk itself and on the content office's Debian
12 computer.

The seed content package, every record with its source, is installed
under /usr/share/tongban/seed.")

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME tongban-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION misc)
# dpkg-shlibdeps finds the libraries linked; these are loaded at run time or tied to Qt's
# private ABI (compiled QML uses qqmlprivate.h): docs/deployment.md explains each.
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "qt6-declarative-abi (= 6.4.2), qt6-wayland, libqt6sql6-sqlite, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, qml6-module-qtqml-models, qml6-module-qtmultimedia, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, fonts-noto-cjk, fonts-wqy-microhei, cage, xwayland, pipewire-pulse | pulseaudio, wireplumber | pulseaudio, adduser, init-system-helpers (>= 1.54), polkitd, udisks2, libpam-systemd")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "cups-client")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    ${DEPLOY}/debian/postinst ${DEPLOY}/debian/prerm ${DEPLOY}/debian/postrm ${DEPLOY}/debian/conffiles)
# tongban-kiosk Depends: tongban-content (= version), not a second copy of the tool.
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_COMPONENT_KIOSK_DEPENDS content)
set(CPACK_COMPONENT_KIOSK_DESCRIPTION "Tongban Kiosk (通办自助导办机) for a hall's touch screen
The Tongban Kiosk guides residents through government services:
departments, themes, each item's materials and windows, notices, halls
and a pinyin search, with a QR code and a printed slip per item.

This package boots a Debian 12 machine into the kiosk: cage runs it
fullscreen on tty1 as the user tongban (tongban-kiosk.service, enabled
for the next boot but not started at installation), with a systemd
watchdog and a fallback to the embedded content and then to a plain
notice after a crash loop, polkit rules for USB sticks, and the default
settings copied to /var/lib/tongban/kiosk.ini.")

include(CPack)
