#!/usr/bin/env bash
# What a screen reader on Linux gets from CommDesk, through the real AT-SPI bus (at-spi2-core) and the pyatspi
# client library Orca itself uses: the app started against its sandbox under Xvfb, its announcements heard as
# notifications, and every interactive object of its window named (docs/architecture.md "Keyboard").
#   check-screen-reader.sh /path/to/commdesk
# Skips (77) where a part is missing; scripts/deps.sh installs them all on Debian.
set -euo pipefail
app="$1"
here="$(cd "$(dirname "$0")" && pwd)"

launcher=""
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && launcher="$candidate" && break
done
missing=()
[ -n "$launcher" ] || missing+=("at-spi-bus-launcher (Debian: at-spi2-core)")
command -v xvfb-run >/dev/null || missing+=("xvfb-run (Debian: xvfb, xauth)")
command -v dbus-run-session >/dev/null || missing+=("dbus-run-session (Debian: dbus-daemon)")
/usr/bin/python3 -c "import pyatspi" 2>/dev/null || missing+=("pyatspi (Debian: python3-pyatspi)")
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: the screen reader check needs ${missing[*]}; scripts/deps.sh installs them on Debian."
    exit 77
fi
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
    /usr/bin/python3 "$here/screen_reader.py" "$launcher" "$app"
