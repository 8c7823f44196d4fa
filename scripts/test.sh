#!/usr/bin/env bash
# Builds CommDesk with the CI preset (Debug, ASan + UBSan, warnings as errors) and runs every test
# but the benchmarks. The last lines printed are CTest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci
