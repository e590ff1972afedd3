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
# The window: first paint, then the chart pane (pyqtgraph, imported lazily) painted; it closes itself then.
NXDESK_REPORT_PAINT=1 NXDESK_QUIT_AFTER_MS=20000 "$cli" --db "$tmp/smoke.db" gui | tee "$tmp/gui.txt"
grep -qx "first-paint" "$tmp/gui.txt"
grep -qx "chart-ready" "$tmp/gui.txt"
"$cli" --db "$tmp/smoke.db" export --year 2024 --months 9 --format pdf -o "$tmp/bieu.pdf"
test -s "$tmp/bieu.pdf"
echo "frozen build OK: demo, summary, PDF export, window and chart all ran"
