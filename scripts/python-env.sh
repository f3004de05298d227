#!/usr/bin/env bash
# Creates (once) the project's Python virtual environment with the reference peers
# that benchmarks and some tests compare Earshot against (vaderSentiment, feedparser,
# langdetect, scikit-learn). Prints the path of its python3 on stdout.
# Usage: PY=$(scripts/python-env.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="${EARSHOT_VENV:-$root/.venv}"
req="$root/scripts/requirements-peers.txt"
stamp="$venv/.earshot-requirements"
if [ ! -x "$venv/bin/python3" ]; then
  python3 -m venv "$venv" >&2
fi
if ! cmp -s "$req" "$stamp" 2>/dev/null; then
  "$venv/bin/python3" -m pip install --quiet --disable-pip-version-check -r "$req" >&2
  cp "$req" "$stamp"
fi
echo "$venv/bin/python3"
