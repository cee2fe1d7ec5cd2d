#!/usr/bin/env bash
# Every built plugin (shipped, test, and any passed as arguments) exports the handshake and
# nothing else: `nm -D --defined-only` lists copydesk_plugin_handshake alone (none at all for the
# test plugin built without one), no symbol of ours, of Boost or of the standard library, and no
# UNIQUE symbol that would keep it mapped. And each loads and unloads: after dlclose it is gone
# from the process's memory map, as docs/plugin-guide.md says.
set -u
: "${BUILD:?BUILD must point at the build tree}"
command -v nm >/dev/null || { echo "SKIPPED: nm (binutils) is not installed"; exit 77; }
failed=0
plugins=("$BUILD"/lib/copydesk/plugins/*.so "$BUILD"/tests/plugins/*/*.so "$@")
[ -e "${plugins[0]}" ] || { echo "FAIL: no plugin built under $BUILD"; exit 1; }
for so in "${plugins[@]}"; do
  exported=$(nm -D --defined-only "$so" | awk '{print $NF}' | grep -vx 'copydesk_plugin_handshake')
  if [ -n "$exported" ]; then
    echo "FAIL: $so exports more than the handshake ($(echo "$exported" | wc -l) symbols):"
    echo "$exported" | head -5 | sed 's/^/    /'
    failed=1
  fi
  if [ "$(basename "$so")" != no_entry.so ] && ! nm -D --defined-only "$so" | grep -q ' copydesk_plugin_handshake$'; then
    echo "FAIL: $so does not export copydesk_plugin_handshake"
    failed=1
  fi
done
# Unload: dlopen, dlclose, and the file must have left /proc/self/maps. In a sanitizer build the
# plugins need the ASan runtime loaded first (python is not built with it): preload it.
preload=$(readelf -d "${plugins[0]}" 2>/dev/null | sed -n 's/.*Shared library: \[\(libasan[^]]*\)\].*/\1/p' | head -1)
if [ -n "$preload" ]; then
  export LD_PRELOAD="$(gcc -print-file-name="$preload")" ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
elif nm -D --undefined-only "${plugins[0]}" | grep -q ' __asan_'; then
  # clang links its sanitizer runtime into executables only: preload its shared build instead.
  cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
  export LD_PRELOAD="$("$cxx" -print-runtime-dir)/libclang_rt.asan-x86_64.so" ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
fi
python3 - "${plugins[@]}" <<'PY' || failed=1
import ctypes, os, sys
libdl = ctypes.CDLL(None)
libdl.dlopen.restype = ctypes.c_void_p
libdl.dlopen.argtypes = [ctypes.c_char_p, ctypes.c_int]
libdl.dlclose.argtypes = [ctypes.c_void_p]
RTLD_NOW = 2
bad = 0
for so in sys.argv[1:]:
    path = os.path.realpath(so)
    h = libdl.dlopen(path.encode(), RTLD_NOW)
    if not h:
        print(f"FAIL: {so} does not load")
        bad = 1
        continue
    libdl.dlclose(h)
    with open("/proc/self/maps") as f:
        if any(line.rstrip().endswith(path) for line in f):
            print(f"FAIL: {so} is still mapped after dlclose")
            bad = 1
sys.exit(bad)
PY
[ $failed = 0 ] && echo "every plugin exports only the handshake and unloads (${#plugins[@]} checked)"
exit $failed
