#!/usr/bin/env bash
# How `fix` writes: a fresh temporary name (a planted file or symlink is never followed or lost),
# symlinks kept and fixed at their target, hard links, mode and owner, read-only files, a file
# changed on disk during the run, and output that cannot be written.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
C=(--config "$WORK/empty.toml" --quiet)
G=(--plugin-path "$TEST_PLUGINS/good")
cd "$WORK" || exit 1
FIXED='The port, opened.'
article() { printf 'The port , opened.\n' >"$1"; }

# The old fixed temporary name: a symlink planted there is not followed, a user's file of that
# name is kept, and no temporary file is left behind.
article a.txt
printf 'precious\n' >victim.txt
ln -s victim.txt a.txt.copydesk-tmp
printf 'mine\n' >.a.txt.copydesk-XXXXXX
run planted fix a.txt "${C[@]}"
expect_rc planted 0
[ "$(cat a.txt)" = "$FIXED" ] && pass || fail "a.txt not fixed: $(cat a.txt)"
[ "$(cat victim.txt)" = precious ] && pass || fail "a planted symlink was followed"
[ -L a.txt.copydesk-tmp ] && [ "$(cat .a.txt.copydesk-XXXXXX)" = mine ] && pass || fail "a user's file was lost"
[ "$(ls -A | grep -c copydesk-)" = 2 ] && pass || fail "temporary file left behind: $(ls -A)"

# A symlinked article is fixed at its target; the link stays a link.
mkdir real
article real/story.txt
ln -s real/story.txt link.txt
run link fix link.txt "${C[@]}"
expect_rc link 0
[ -L link.txt ] && pass || fail "the symlink was replaced by a file"
[ "$(cat real/story.txt)" = "$FIXED" ] && pass || fail "the symlink's target was not fixed"

# Mode kept; a hard-linked file is refused (a rename would split the links) and left as it was.
article mode.txt
chmod 604 mode.txt
run mode fix mode.txt "${C[@]}"
[ "$(stat -c %a mode.txt)" = 604 ] && [ "$(cat mode.txt)" = "$FIXED" ] && pass || fail "mode not kept"
article hard.txt
ln hard.txt hard2.txt
run hard fix hard.txt "${C[@]}"
expect_rc hard 2
expect_in hard err "hard.txt: the file has 2 hard links"
[ "$(stat -c %h hard.txt)" = 2 ] && grep -qF 'port , opened' hard2.txt && pass || fail "hard link split or changed"

# A read-only file is refused with exit 2 and not modified (even when run as root).
article ro.txt
chmod 444 ro.txt
cp -p ro.txt ro.orig
run ro fix ro.txt "${C[@]}"
expect_rc ro 2
expect_in ro err "ro.txt: the file is read-only; not changed"
cmp -s ro.txt ro.orig && [ "$(stat -c %Y ro.txt)" = "$(stat -c %Y ro.orig)" ] && pass || fail "a read-only file was changed"

# Owner kept: as root, a file owned by another user stays theirs.
if [ "$(id -u)" = 0 ]; then
  article owned.txt
  chown 65534:65534 owned.txt
  run owned fix owned.txt "${C[@]}"
  [ "$(stat -c %u:%g owned.txt)" = 65534:65534 ] && [ "$(cat owned.txt)" = "$FIXED" ] && pass || fail "owner not kept"
fi

# A file changed on disk while the rules ran is not overwritten: the stalling rule gives time to
# save another version.
printf 'The port , opened. STALL\n' >busy.txt
cat >stall.toml <<EOF
[rules."testplug/stall"]
ms = 120000
ready_file = "$WORK/stall.ready"
release_file = "$WORK/stall.release"
EOF
"$COPYDESK" fix busy.txt --enable testplug/stall "${G[@]}" --config stall.toml --quiet >busy.out 2>busy.err &
pid=$!
# Wait until the rule has the text in hand (however slow a sanitizer build starts), then save.
for _ in $(seq 1 1200); do [ -e stall.ready ] && break; sleep 0.1; done
printf 'Saved by the editor meanwhile.\n' >busy.txt
touch stall.release
wait $pid
echo $? >busy.rc
expect_rc busy 2
expect_in busy err "busy.txt: changed on disk during the run; left alone"
[ "$(cat busy.txt)" = "Saved by the editor meanwhile." ] && pass || fail "the editor's version was overwritten"

# A report that cannot be written (a full disk) is an error, not a silent success.
article full.txt
"$COPYDESK" check full.txt "${C[@]}" >/dev/full 2>full.err
echo $? >full.rc
expect_rc full 2
expect_in full err "cannot write to standard output"
"$COPYDESK" check full.txt --format json "${C[@]}" >/dev/full 2>full-json.err
[ $? = 2 ] && pass || fail "json to /dev/full did not exit 2"
"$COPYDESK" fix full.txt --dry-run "${C[@]}" >/dev/full 2>/dev/null
[ $? = 2 ] && pass || fail "fix --dry-run to /dev/full did not exit 2"
finish
