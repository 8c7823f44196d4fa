#!/usr/bin/env bash
# Builds CommDesk (release) and runs it. Until the main window lands this runs commdesk-cli
# against a freshly started embedded sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/cli/commdesk-cli --help
