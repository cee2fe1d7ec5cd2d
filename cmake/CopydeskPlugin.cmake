# copydesk_add_plugin(NAME SOURCES ... [OUTPUT_DIRECTORY dir] [NO_INSTALL])
# Builds a copydesk plugin: a MODULE library with hidden visibility (so glibc can unload it and
# nothing but the handshake is exported), no "lib" prefix, and no undefined symbols.
include(GNUInstallDirs)

function(copydesk_add_plugin name)
  cmake_parse_arguments(ARG "NO_INSTALL" "OUTPUT_DIRECTORY;INSTALL_DESTINATION" "SOURCES" ${ARGN})
  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE copydesk::sdk)
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  # In a fuzz build (clang) the sanitizer and coverage runtimes live in the fuzz executable only.
  if(NOT COPYDESK_FUZZ)
    target_link_options(${name} PRIVATE "LINKER:--no-undefined")
  endif()
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
