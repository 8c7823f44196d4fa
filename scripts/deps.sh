#!/usr/bin/env bash
# Installs the Debian packages CommDesk builds and tests with, only those missing.
#   scripts/deps.sh           the build and test set (the Quick start commands run this), Xvfb included
#   scripts/deps.sh --list    prints the packages instead, one a line, and installs nothing
#                             (scripts/check-deps.sh reads the list here)
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
    # Reads list pages straight into rows (docs/architecture.md "Dependencies").
    libsimdjson-dev
    # Qt's own strings (qtbase_*.qm), which the app loads and the GUI tests check.
    qt6-translations-l10n
    # A real proxy with basic authentication for the proxy integration test.
    tinyproxy
    # A real Prometheus that scrapes `commdesk-cli queue serve-metrics` in its integration test, and
    # promtool, which checks packaging/monitoring/'s alert rules.
    prometheus
    # The check_format test (scripts/check-format.sh); check_translations runs lupdate, from qt6-l10n-tools.
    clang-format
    # The screen_reader test: the app under Xvfb, read through the real AT-SPI bus with pyatspi (Orca's library).
    xvfb xauth dbus-daemon at-spi2-core python3-pyatspi
    # ... and Orca itself, which the test runs with its debug log to check that it speaks the announcements.
    orca
)

list=no
for arg in "$@"; do
    case "$arg" in
        --list) list=yes ;;
        --gui) ;; # what running the app under xvfb-run needs is in the set now
        *) echo "Usage: $0 [--list]" >&2; exit 2 ;;
    esac
done
if [ "$list" = yes ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
