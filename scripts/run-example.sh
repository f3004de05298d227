#!/usr/bin/env bash
# Builds Earshot and runs the daemon on the shipped example config (etc/earshot/earshot.yaml),
# watching var/inbox. Drop a file from examples/ into var/inbox (cp examples/mentions.jsonl var/inbox/)
# and the escalations appear on stdout. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --product earshot
mkdir -p var/inbox
exec "$(swift build --show-bin-path)/earshot" run --config etc/earshot/earshot.yaml
