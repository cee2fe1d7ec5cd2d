# copydesk_add_plugin(NAME SOURCES ... [OUTPUT_DIRECTORY dir] [NO_INSTALL])
# Builds a copydesk plugin: a MODULE library with no "lib" prefix and no undefined symbols that
# exports the handshake and nothing else, compiled with -Wall -Wextra -Wpedantic (and -Werror when
# COPYDESK_WERROR is on). Hidden visibility is not enough on its own: the standard library's and
# Boost's headers give their templates default visibility, and a STB_GNU_UNIQUE symbol among them
# keeps the library mapped after dlclose. The version script makes all but the handshake local.
include(GNUInstallDirs)

set(COPYDESK_PLUGIN_EXPORTS_MAP ${CMAKE_BINARY_DIR}/copydesk-plugin-exports.map)
file(CONFIGURE OUTPUT ${COPYDESK_PLUGIN_EXPORTS_MAP}
  CONTENT "{\n  global: copydesk_plugin_handshake;\n  local: *;\n};\n")

function(copydesk_add_plugin name)
  cmake_parse_arguments(ARG "NO_INSTALL" "OUTPUT_DIRECTORY;INSTALL_DESTINATION" "SOURCES" ${ARGN})
  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE copydesk::sdk)
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  target_compile_options(${name} PRIVATE -Wall -Wextra -Wpedantic $<$<BOOL:${COPYDESK_WERROR}>:-Werror>
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)
  target_link_options(${name} PRIVATE "LINKER:--version-script=${COPYDESK_PLUGIN_EXPORTS_MAP}")
  # Under clang's sanitizers (and in a fuzz build) the sanitizer and coverage runtimes are linked
  # into the executables only, which export them to the plugins they load.
  if(NOT (COPYDESK_FUZZ OR (COPYDESK_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "Clang")))
    target_link_options(${name} PRIVATE "LINKER:--no-undefined")
  endif()
  set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS ${COPYDESK_PLUGIN_EXPORTS_MAP})
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  endif()
  if(NOT ARG_NO_INSTALL)
    if(NOT ARG_INSTALL_DESTINATION)
      set(ARG_INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/copydesk/plugins)
    endif()
    install(TARGETS ${name} LIBRARY DESTINATION ${ARG_INSTALL_DESTINATION})
  endif()
endfunction()
