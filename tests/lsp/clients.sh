#!/usr/bin/env bash
# copydesk lsp end to end through two third-party clients: Neovim's built-in LSP client (UTF-16)
# and Microsoft's vscode-languageserver-protocol (UTF-8 offered, then UTF-16 only). Each must get
# the same findings as `copydesk check`, at the columns of the negotiated encoding.
set -uo pipefail
: "${COPYDESK:?}" "${SHARED:?}"
clients="$SHARED/clients"
prefix="${CLIENTS_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-clients}"
missing=()
command -v nvim >/dev/null || missing+=(nvim)
command -v node >/dev/null || missing+=(node)
command -v python3 >/dev/null || missing+=(python3)
[ -d "$prefix/node_modules/vscode-languageserver-protocol" ] || missing+=(vscode-languageserver-protocol)
[ -f "$clients/lsp-client.lua" ] || missing+=("$clients")
if ((${#missing[@]})); then echo "SKIPPED: missing ${missing[*]} (run bash ../shared/clients/install.sh)"; exit 77; fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$(dirname "$0")/draft.txt" "$tmp/draft.txt"
cd "$tmp"
"$COPYDESK" check draft.txt --format json > check.json; [ $? -le 1 ] || { echo "check failed"; exit 1; }
fail=0
compare() {  # compare OUTPUT ENCODING: the last publishDiagnostics against check.json
  python3 - "$1" "$2" <<'PY' || fail=1
import json, sys
out, enc = sys.argv[1], sys.argv[2]
events = [json.loads(l) for l in open(out) if l.startswith("{")]
init = [e for e in events if e["event"] == "initialized"][0]
got_enc = init.get("positionEncoding")
pubs = [e for e in events if e["event"] == "publishDiagnostics" and e["diagnostics"]]
if not pubs: sys.exit(f"{out}: no diagnostics")
data = open("draft.txt", "rb").read()
def character(offset):
    start = data.rfind(b"\n", 0, offset) + 1
    piece = data[start:offset]
    return len(piece) if enc == "utf-8" else len(piece.decode().encode("utf-16-le")) // 2
want = sorted((d["rule"], d["line"] - 1, character(d["offset"]), character(d["offset"] + d["length"]))
              for d in json.load(open("check.json"))["files"][0]["diagnostics"])
got = sorted((d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"], d["range"]["end"]["character"])
             for d in pubs[-1]["diagnostics"])
ok = got == want and got_enc == enc and len(want) >= 2
print(("ok  " if ok else "FAIL") + f" {out}: encoding {got_enc} (want {enc}); {len(got)} findings")
if not ok: print("  got ", got, "\n  want", want); sys.exit(1)
PY
}
LSP_CMD="$COPYDESK lsp --stdio" LSP_FILE=draft.txt LSP_LANG=text LSP_TIMEOUT_MS=20000 \
  timeout 60 nvim --headless -u NONE -i NONE -c "luafile $clients/lsp-client.lua" > nvim.jsonl 2> nvim.err
[ $? -eq 0 ] || { echo "FAIL neovim client"; cat nvim.jsonl nvim.err; fail=1; }
compare nvim.jsonl utf-16
export NODE_PATH="$prefix/node_modules"
timeout 60 node "$clients/lsp-client.mjs" --encodings utf-8,utf-16 --timeout 20000 draft.txt -- "$COPYDESK" lsp > node8.jsonl
[ $? -eq 0 ] || { echo "FAIL node client (utf-8)"; cat node8.jsonl; fail=1; }
compare node8.jsonl utf-8
timeout 60 node "$clients/lsp-client.mjs" --encodings utf-16 --timeout 20000 draft.txt -- "$COPYDESK" lsp > node16.jsonl
[ $? -eq 0 ] || { echo "FAIL node client (utf-16)"; cat node16.jsonl; fail=1; }
compare node16.jsonl utf-16
exit $fail
