#!/usr/bin/env bash
# Hostile input and crash containment through the real binary: no input, pack, glob or plugin
# takes the run down or hangs it, the other files are still checked, and the exit status says so.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
C=(--config "$WORK/empty.toml")
printf 'Hello the the world.\n' >"$WORK/other.txt"

# No case may hang the test: every child runs under a time limit (exit 124 when it hangs), and
# nothing is left running in the background holding CTest's output pipe open.
# run_t NAME SECONDS ARGS...: `run` with a time limit.
run_t() {
  local name=$1 seconds=$2; shift 2
  timeout -k 5 "$seconds" "$COPYDESK" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" </dev/null
  echo $? >"$WORK/$name.rc"
}
run() { local name=$1; shift; run_t "$name" 60 "$@"; }

# --- Readers ---------------------------------------------------------------------------------
# (The Markdown lazy continuation line that aborted a worker thread is tests/cli/readers_total.sh.)

# 80,000 nested <div>s: once a stack overflow; now a clear per-file error, the rest checked.
python3 -c "print('<div>' * 80000 + 'Deep text.' + '</div>' * 80000)" >"$WORK/deep.html"
python3 -c "print('<div>' * 80000 + 'Deep text.')" >"$WORK/deep-open.html"
run_t deep 60 check "$WORK/deep.html" "$WORK/deep-open.html" "$WORK/other.txt" --format line "${C[@]}"
expect_rc deep 2
expect_in deep err "deep.html: error: the HTML nests elements more than 2000 deep"
expect_in deep err "deep-open.html: error: the HTML nests elements more than 2000 deep"
expect_in deep out "other.txt:1:7: warning:"
# Nesting an article could have is read as usual; unclosed <p> and <li> do not count as depth.
python3 -c "print('<div>' * 1500 + '<p>Shallow the the text.</p>' + '</div>' * 1500)" >"$WORK/nested.html"
python3 -c "print('<ul>' + '<li>Item one.<p>Para.' * 5000 + '</ul><p>The the end.')" >"$WORK/flat.html"
run_t nested 60 check "$WORK/nested.html" "$WORK/flat.html" --format line "${C[@]}"
expect_rc nested 0
expect_in nested out "nested.html:1:"
expect_in nested out "flat.html:1:"
expect_not_in nested out "error:"

# An 80,000-letter word: the speller's candidates once took gigabytes.
python3 -c "print('*a' * 40000 + 'a*' * 40000)" >"$WORK/emphasis.md"
run_t longword 60 check "$WORK/emphasis.md" --format line "${C[@]}"
expect_rc longword 0

# Bytes that are not text at all: a per-file error, the other file still checked.
printf '\x00\xff\xfe\x00binary' >"$WORK/binary.txt"
run binary check "$WORK/binary.txt" "$WORK/other.txt" --format line "${C[@]}"
expect_rc binary 2
expect_in binary err "binary.txt: error:"
expect_in binary out "other.txt:1:7: warning:"

# --- Rule-pack regexes on RE2 ------------------------------------------------------------------
cat >"$WORK/pack.toml" <<'EOF'
pack = "hostile"
[[rule]]
id = "quoted"
kind = "existence"
message = "Quoted: {match}"
regex = ['"[^"]*"', '(a+)+$', 'caf.s']
EOF
printf 'rule_packs = ["%s"]\n' "$WORK/pack.toml" >"$WORK/pack-config.toml"
python3 -c "print('\"' + 'word ' * 10000 + '\"'); print(); print('a' * 30 + '!'); print(); print('a' * 30); print(); print('Two cafés closed.')" >"$WORK/long.txt"
run_t regex 30 check "$WORK/long.txt" --config "$WORK/pack-config.toml" --format line
expect_rc regex 0
expect_in regex out "long.txt:1:1: warning: Quoted: \"word word"
expect_in regex out "long.txt:5:1: warning: Quoted: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa [hostile/quoted]"
expect_not_in regex out "long.txt:3:"
expect_in regex out "long.txt:7:5: warning: Quoted: cafés"    # `.` takes the whole é
cat >"$WORK/lookbehind.toml" <<'EOF'
pack = "hostile"
[[rule]]
id = "look"
kind = "existence"
message = "x"
regex = ["fine",
         '(?<=Mr) Smith']
EOF
printf 'rule_packs = ["%s"]\n' "$WORK/lookbehind.toml" >"$WORK/lookbehind-config.toml"
run lookbehind check "$WORK/other.txt" --config "$WORK/lookbehind-config.toml"
expect_rc lookbehind 2
expect_in lookbehind err "lookbehind.toml:7:10: \`regex\` \"(?<=Mr) Smith\" is not a pattern copydesk can run"
mkdir -p "$WORK/res"  # not $WORK/residue.toml: the other cases' configs would load it by default
printf '[[pattern]]\nregex = "(\\\\w+)\\\\1"\nmessage = "x"\n' >"$WORK/res/residue.toml"
printf '[rules."structure/residue"]\npatterns = ["residue.toml"]\n' >"$WORK/res/residue-config.toml"
run residue check "$WORK/other.txt" --config "$WORK/res/residue-config.toml"
expect_rc residue 2
expect_in residue err "is not an RE2 pattern"

# --- Globs in linear time ----------------------------------------------------------------------
deep_dir="$WORK/globs/$(python3 -c "print('/'.join(['d%d' % i for i in range(24)]))")"
mkdir -p "$deep_dir" "$WORK/globs/drafts/x"
printf 'The the draft.\n' >"$deep_dir/kept.txt"
printf 'The the draft.\n' >"$WORK/globs/drafts/x/skipped.txt"
printf 'The the draft.\n' >"$WORK/globs/drafts/top.txt"
stars=$(python3 -c "print('**/' * 11 + 'nomatch.txt')")
printf 'exclude = ["%s", "drafts/*.txt", "**/x/**"]\n[[overrides]]\nfiles = ["%s"]\nrules."punctuation/doubled-word" = { enabled = false }\n' \
  "$stars" "$(python3 -c "print('**a' * 11)")" >"$WORK/globs/.copydesk.toml"
run_t globs 30 check "$WORK/globs" --config "$WORK/globs/.copydesk.toml" --format line
expect_rc globs 0
expect_in globs out "kept.txt:1:1: warning:"
expect_not_in globs out "skipped.txt"
expect_not_in globs out "top.txt"

# --- Plugins that crash or exit ----------------------------------------------------------------
P=(--plugin-path "$TEST_PLUGINS/crashing" "${C[@]}")
for case in "CRASH-SEGV segfault a segmentation fault" "CRASH-ABORT abort an abort" \
  "CRASH-STACK stack-overflow a segmentation fault"; do
  set -- $case
  word=$1 rule=$2; shift 2
  printf 'A line with %s in it.\n' "$word" >"$WORK/$rule.txt"
  for jobs in 1 2; do
    run_t crash-$rule-$jobs 60 check "$WORK/other.txt" "$WORK/$rule.txt" --jobs $jobs --format line "${P[@]}"
    expect_rc crash-$rule-$jobs 2
    expect_in crash-$rule-$jobs err "copydesk: error: $* in rule crashplug/$rule of plugin \"crashplug\" while checking $WORK/$rule.txt"
  done
done
for word in CRASH-EXIT CRASH-QUICK-EXIT; do
  printf 'A line with %s in it.\n' "$word" >"$WORK/$word.txt"
  run exit-$word check "$WORK/other.txt" "$WORK/$word.txt" --format json "${P[@]}"
  expect_rc exit-$word 2   # never 0 with an empty report
  expect_in exit-$word err "copydesk: error: exit() was called in rule crashplug/exit of plugin \"crashplug\" while checking $WORK/$word.txt before the run finished"
done
# Without the trigger words the crashing plugin is just a plugin: the run is clean.
run calm check "$WORK/other.txt" --format line "${P[@]}"
expect_rc calm 0
expect_in calm out "other.txt:1:7: warning:"

# --- Every input read once: pipes with a cross-file rule -----------------------------------------
printf '[rules."names/inconsistent-spelling"]\nacross_files = true\n' >"$WORK/across.toml"
printf 'Minister Sergei Lavrov spoke on Monday. Lavrov said the talks went well.\n' >"$WORK/f1.txt"
printf 'Minister Sergey Lavrov left on Tuesday. Sergey Lavrov said the talks ended.\n' >"$WORK/f2.txt"
want="is spelled \xe2\x80\x9cSergey\xe2\x80\x9d 2 times in the other files of this run."
run_t subst 30 check <(cat "$WORK/f1.txt") <(cat "$WORK/f2.txt") --config "$WORK/across.toml" --format line
expect_in subst out "$(printf "$want")"
mkfifo "$WORK/fifo.txt"
# The writer blocks until copydesk opens the FIFO: time-limited and detached from our output, so
# a copydesk that never opens it fails the case instead of hanging the test.
timeout 30 sh -c 'cat "$1" >"$2"' sh "$WORK/f1.txt" "$WORK/fifo.txt" </dev/null >/dev/null 2>&1 &
writer=$!
run_t fifo 30 check "$WORK/fifo.txt" "$WORK/f2.txt" --config "$WORK/across.toml" --format line
expect_in fifo out "fifo.txt:1:10: warning: $(printf '\xe2\x80\x9cSergei\xe2\x80\x9d') is spelled"
kill "$writer" 2>/dev/null
wait "$writer" 2>/dev/null
timeout -k 5 60 "$COPYDESK" check - "$WORK/f2.txt" --config "$WORK/across.toml" --format line <"$WORK/f1.txt" >"$WORK/stdin.out" 2>&1
echo $? >"$WORK/stdin.rc"
expect_in stdin out "-:1:10: warning: $(printf '\xe2\x80\x9cSergei\xe2\x80\x9d') is spelled"

# An input that fails while being read (EIO) is an error, never an empty file.
if [ -r /proc/self/mem ]; then
  run eio check /proc/self/mem "$WORK/other.txt" --format line "${C[@]}"
  expect_rc eio 2
  expect_in eio err "/proc/self/mem: error: cannot read the file"
fi

# --- Dates ------------------------------------------------------------------------------------
run date-cli check "$WORK/other.txt" --date 2024-02-30 "${C[@]}"
expect_rc date-cli 2
expect_in date-cli err "--date \"2024-02-30\" is not a day of the calendar: February 2024 has 29 days"
run date-word check "$WORK/other.txt" --date yesterday "${C[@]}"
expect_rc date-word 2
expect_in date-word err "--date \"yesterday\" is not a date written YYYY-MM-DD"
run date-leap check "$WORK/other.txt" --date 2024-02-29 "${C[@]}"
expect_rc date-leap 0
printf 'date = "2023-02-29"\n' >"$WORK/date.toml"
run date-config check "$WORK/other.txt" --config "$WORK/date.toml"
expect_rc date-config 2
expect_in date-config err "date.toml:1:8: \`date\` \"2023-02-29\" is not a day of the calendar"
printf -- '---\ntitle: Council meets\ndate: 2024-02-30\n---\nThe council met on Friday, and the the vote passed.\n' >"$WORK/dated.md"
run date-fm check "$WORK/dated.md" "$WORK/other.txt" --format line "${C[@]}"
expect_rc date-fm 2
expect_in date-fm out "dated.md:3:7: error: the front matter's date"
expect_in date-fm out "dated.md:5:"   # the article is still checked
expect_in date-fm out "other.txt:1:7: warning:"

# --- names learn -------------------------------------------------------------------------------
mkdir -p "$WORK/archive" "$WORK/registry-dir"
cp "$WORK/f1.txt" "$WORK/f2.txt" "$WORK/archive/"
run learn-dir names learn "$WORK/archive" -o "$WORK/registry-dir"
expect_rc learn-dir 2
expect_in learn-dir err "registry-dir: cannot be written (is it a folder?)"
[ -z "$(ls "$WORK" | grep "^registry-dir\.")" ] && pass || fail "learn-dir: left a temporary file behind: $(ls "$WORK" | grep "^registry-dir\.")"
if [ -r /proc/self/mem ]; then
  run learn-eio names learn "$WORK/archive" /proc/self/mem -o "$WORK/registry.toml"
  expect_rc learn-eio 2
  expect_in learn-eio err "/proc/self/mem: cannot read the file"
fi
finish
