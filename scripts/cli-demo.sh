#!/usr/bin/env bash
# Starts the sandbox on a free port and shows a few commdesk-cli commands against it.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release/app
log=$(mktemp)
"$bin/sandbox/commdesk-sandbox" --port 0 --database "$(mktemp -u).sqlite" --consumers on >"$log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.2
done
[ -n "${url:-}" ] || { cat "$log" >&2; exit 1; }
export COMMDESK_PASSWORD=demo
cli=("$bin/cli/commdesk-cli" --server "$url" --username demo --organisation DEMO)
set -x
"${cli[@]}" categories
"${cli[@]}" communications list --category code=BILL --limit 10
"${cli[@]}" queue stats --all
