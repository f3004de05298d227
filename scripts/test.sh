#!/usr/bin/env bash
# Runs the whole test suite from a clean clone: system packages, the Python reference peers
# (some tests compare with vaderSentiment), then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/python-env.sh >/dev/null
swift build --build-tests
swift test --skip-build "$@"
