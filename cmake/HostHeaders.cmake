# Header-only libraries come from Debian packages on the host. Under emcmake, find_package only
# searches the Emscripten sysroot, and -I/usr/include would drag glibc headers into the wasm build,
# so each library's own directory is staged into one include folder that both builds use.
set(XXGK_STAGED_INCLUDE "${CMAKE_BINARY_DIR}/host-include")
file(MAKE_DIRECTORY "${XXGK_STAGED_INCLUDE}")

function(xxgk_stage_header_dir name probe)
  find_path(_dir "${probe}" PATHS /usr/include /usr/local/include
            NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  if(NOT _dir)
    message(FATAL_ERROR "${name} not found (${probe}); run scripts/setup.sh")
  endif()
  get_filename_component(_src "${_dir}/${name}" ABSOLUTE)
  if(NOT EXISTS "${XXGK_STAGED_INCLUDE}/${name}")
    file(CREATE_LINK "${_src}" "${XXGK_STAGED_INCLUDE}/${name}" SYMBOLIC)
  endif()
  unset(_dir CACHE)
endfunction()

xxgk_stage_header_dir(nlohmann nlohmann/json.hpp)
xxgk_stage_header_dir(utf8cpp utf8cpp/utf8.h)
xxgk_stage_header_dir(doctest doctest/doctest.h)
