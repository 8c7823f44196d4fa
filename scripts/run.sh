#!/usr/bin/env bash
# Builds CommDesk (release) and runs it against the embedded CRM.COM sandbox, signed in as the
# demo user with demo data. Extra arguments go to the app (e.g. --sandbox-reset).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
    echo "No display: CommDesk needs a desktop session. Showing the sandbox through commdesk-cli instead." >&2
    exec scripts/cli-demo.sh
fi
exec build/release/app/commdesk --sandbox "$@"
