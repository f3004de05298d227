#!/usr/bin/env bash
# Installs the Debian packages Earshot builds against (only what is missing).
# GRDB needs SQLite's headers; FoundationXML needs libxml2's. Run as root, or with sudo available.
set -euo pipefail
need=()
for pkg in libsqlite3-dev libxml2-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
echo "installing: ${need[*]}" >&2
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >&2
