#!/usr/bin/env bash
# Kept for old instructions: `scripts/new-rule.sh PLUGIN_DIR RULE` is `copydesk new-rule RULE --dir
# PLUGIN_DIR` (the scaffolding lives in the copydesk binary, so an installed copydesk has it too).
set -euo pipefail
dir=${1:?usage: new-rule.sh PLUGIN_DIR RULE (kebab-case, e.g. no-cliches)}
rule=${2:?usage: new-rule.sh PLUGIN_DIR RULE}
copydesk=${COPYDESK:-$(command -v copydesk || echo "$(dirname "$0")/../build/bin/copydesk")}
exec "$copydesk" new-rule "$rule" --dir "$dir"
