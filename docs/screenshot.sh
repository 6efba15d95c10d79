#!/bin/sh
# Renders a report.html to a PNG with headless Chromium (Debian: apt-get install chromium).
# Usage: docs/screenshot.sh [output/report.html] [docs/report.png]
set -eu
html=$(realpath "${1:-output/report.html}")
png=${2:-docs/report.png}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --window-size=1280,2400 --screenshot="$png" "file://$html" 2>/dev/null
echo "wrote $png"
