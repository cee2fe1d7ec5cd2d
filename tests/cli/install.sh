#!/usr/bin/env bash
# `cmake --install` gives a relocatable prefix: the installed binary finds its plugins and data
# relative to itself, and the installed CMake package is complete.
. "$(dirname "$0")/lib.sh"
: "${BUILD:?}"
cmake --install "$BUILD" --prefix "$WORK/prefix" >/dev/null || { fail "cmake --install failed"; finish; exit 1; }
for f in bin/copydesk lib/copydesk/plugins/punctuation.so include/copydesk/plugin.hpp \
  include/copydesk/testing/rule_tester.hpp lib/cmake/copydesk/copydeskConfig.cmake \
  lib/cmake/copydesk/CopydeskPlugin.cmake share/copydesk/rules share/copydesk/dictionaries; do
  [ -e "$WORK/prefix/$f" ] && pass || fail "missing in the prefix: $f"
done
# Move the prefix: nothing may point back into the build tree or the first location.
mv "$WORK/prefix" "$WORK/moved"
printf 'Text , here.\n' >"$WORK/a.txt"
: >"$WORK/empty.toml"
COPYDESK="$WORK/moved/bin/copydesk" run installed check "$WORK/a.txt" --format line --config "$WORK/empty.toml"
expect_rc installed 0
expect_in installed out "a.txt:1:5: warning: Remove the space before"
COPYDESK="$WORK/moved/bin/copydesk" run installed-plugins plugins --config "$WORK/empty.toml"
expect_in installed-plugins out "$WORK/moved/lib/copydesk/plugins/punctuation.so"
if grep -rq "$BUILD" "$WORK/moved/lib/cmake/copydesk/" 2>/dev/null; then fail "the CMake package names the build tree"; else pass; fi
finish
