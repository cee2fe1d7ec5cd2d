# Helpers for the end-to-end tests: run the real binary, compare exit codes, output and goldens.
# Each script sources this, calls the checks, and ends with `finish`.
set -u
: "${COPYDESK:?COPYDESK must point at the copydesk binary}"
: "${SRC:?SRC must point at the source tree}"
PASSED=0
FAILED=0
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*"; FAILED=$((FAILED + 1)); }
pass() { PASSED=$((PASSED + 1)); }

# run NAME ARGS...: runs copydesk, keeping stdout, stderr and the exit status in $WORK/NAME.*
run() {
  local name=$1; shift
  "$COPYDESK" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"
  echo $? >"$WORK/$name.rc"
}
expect_rc() {
  local name=$1 want=$2 got
  got=$(cat "$WORK/$name.rc")
  if [ "$got" = "$want" ]; then pass; else
    fail "$name: exit status $got, expected $want"; sed 's/^/    out: /' "$WORK/$name.out" | head -20
    sed 's/^/    err: /' "$WORK/$name.err" | head -20
  fi
}
# expect_in NAME out|err TEXT: the stream contains TEXT (fixed string)
expect_in() {
  if grep -qF -- "$3" "$WORK/$1.$2"; then pass; else
    fail "$1: $2 lacks: $3"; sed "s/^/    $2: /" "$WORK/$1.$2" | head -20
  fi
}
expect_not_in() {
  if grep -qF -- "$3" "$WORK/$1.$2"; then fail "$1: $2 should not contain: $3"; else pass; fi
}
expect_golden() {
  local name=$1 golden=$2
  if [ -n "${UPDATE_GOLDEN:-}" ]; then cp "$WORK/$name.out" "$golden"; fi
  if diff -u "$golden" "$WORK/$name.out" >"$WORK/$name.diff"; then pass; else
    fail "$name: output differs from $(basename "$golden")"; head -40 "$WORK/$name.diff"
  fi
}
# house_pack_project DIR: a project in DIR whose config loads house/*.toml, with the every-kind
# pack of tests/cli/fixtures/packs/desk.toml as house/desk.toml (rule ids desk/...).
house_pack_project() {
  mkdir -p "$1/house" && cp "$SRC/tests/cli/fixtures/packs/desk.toml" "$1/house/desk.toml" &&
    printf 'rule_packs = ["house/*.toml"]\n' >"$1/.copydesk.toml"
}
# skip REASON: a dependency is missing; CTest reports the test as skipped (SKIP_RETURN_CODE 77).
skip() {
  echo "SKIPPED: $*"
  exit 77
}
finish() {
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}
