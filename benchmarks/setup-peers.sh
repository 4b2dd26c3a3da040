#!/usr/bin/env sh
# Install the linters newslint is benchmarked against into benchmarks/.peers, apart from
# the project's own environment: a Python venv for proselint and codespell, and an npm
# prefix for textlint (with textlint-rule-common-misspellings), alex and write-good.
#
#     sh benchmarks/setup-peers.sh
#
# Versions are pinned so runs stay comparable; re-running is safe. Delete
# benchmarks/.peers to remove everything it installed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
peers="$here/.peers"
mkdir -p "$peers"
if [ ! -x "$peers/venv/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$peers/venv"
fi
"$peers/venv/bin/pip" install -q proselint==0.16.0 codespell==2.4.3
if command -v npm >/dev/null 2>&1; then
    mkdir -p "$peers/npm"
    npm install --silent --no-save --prefix "$peers/npm" \
        textlint@15.8.0 textlint-rule-common-misspellings@1.0.1 alex@11.0.1 write-good@1.0.8
    # textlint resolves its rules next to its configuration, so the file lives in the prefix.
    printf '{"rules": {"common-misspellings": true}}\n' > "$peers/npm/.textlintrc.json"
else
    echo "npm not found: textlint, alex and write-good were not installed" >&2
fi
echo "peers installed under $peers"
