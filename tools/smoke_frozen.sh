#!/usr/bin/env bash
# Prove a frozen build works, headless: load the demo, print the summary, open the window and close it on a timer.
set -euo pipefail
dist=${1:-dist/nxdesk}
cli="$dist/nxdesk-cli"; [ -x "$cli" ] || cli="$dist/nxdesk-cli.exe"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
"$cli" --db "$tmp/smoke.db" demo
"$cli" --db "$tmp/smoke.db" summary --year 2024 --months 9 | tee "$tmp/summary.txt"
grep -q "1.401,351" "$tmp/summary.txt"
"$cli" --db "$tmp/smoke.db" summary --year 2024 --months 9 --format json > "$tmp/summary.json"
grep -q '"assessment": "exceeded"' "$tmp/summary.json"
NXDESK_QUIT_AFTER_MS=1500 "$cli" --db "$tmp/smoke.db" gui
echo "frozen build OK: demo, summary and window all ran"
