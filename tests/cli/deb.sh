#!/usr/bin/env bash
# The Debian package: `cpack -G DEB` from this build, unpacked with dpkg-deb into a temporary root;
# the binary there loads every plugin and checks examples/, and the control file names its
# dependencies.
. "$(dirname "$0")/lib.sh"
: "${BUILD:?}"
command -v cpack >/dev/null || skip "cpack is not installed"
command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null || skip "dpkg-dev is not installed"
(cd "$BUILD" && cpack -G DEB -B "$WORK/package") >"$WORK/cpack.log" 2>&1 || { fail "cpack"; tail -20 "$WORK/cpack.log"; finish; exit 1; }
deb=$(ls "$WORK"/package/copydesk_*_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] && pass || { fail "no copydesk_<version>_<arch>.deb"; ls "$WORK/package"; finish; exit 1; }
case "$(basename "$deb")" in copydesk_0.*_amd64.deb | copydesk_0.*_arm64.deb) pass ;; *) fail "package name $(basename "$deb")" ;; esac
dpkg-deb -f "$deb" Depends >"$WORK/depends"
for dep in libhunspell hunspell-en-us hunspell-en-gb libstdc++6; do
  grep -q "$dep" "$WORK/depends" && pass || fail "Depends lacks $dep: $(cat "$WORK/depends")"
done
dpkg-deb -x "$deb" "$WORK/root"
for f in usr/bin/copydesk usr/include/copydesk/plugin.hpp usr/lib/cmake/copydesk/copydeskConfig.cmake \
  usr/share/copydesk/rules/packs/house-style.toml usr/share/copydesk/dictionaries; do
  [ -e "$WORK/root/$f" ] && pass || fail "the package lacks /$f"
done
plugins=$(find "$WORK/root/usr/lib" -path '*copydesk/plugins/*.so' | wc -l)
[ "$plugins" -ge 7 ] && pass || fail "expected the 7 shipped plugins, found $plugins"
"$WORK/root/usr/bin/copydesk" plugins >"$WORK/plugins.out" 2>&1
for p in names punctuation numbers titles spelling facts structure; do
  grep -q "$p" "$WORK/plugins.out" && pass || fail "plugin $p did not load from the package"
done
cd "$SRC" || exit 1
"$WORK/root/usr/bin/copydesk" check examples/ --format line >"$WORK/check.out" 2>"$WORK/check.err"
rc=$?
[ "$rc" -le 1 ] && pass || { fail "check examples/ from the package: exit $rc"; cat "$WORK/check.err"; }
[ -s "$WORK/check.out" ] && pass || fail "check examples/ from the package found nothing"
"$BUILD/bin/copydesk" check examples/ --format line >"$WORK/check.build" 2>/dev/null
cmp -s "$WORK/check.out" "$WORK/check.build" && pass || fail "the package and the build disagree on examples/"
finish
