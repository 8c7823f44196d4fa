#!/usr/bin/env bash
# Regenerates the committed application icons from the one source, resources/icons/commdesk.svg:
#   resources/icons/hicolor/<size>x<size>/apps/org.commdesk.CommDesk.png   (Linux, hicolor theme)
#   packaging/windows/commdesk.ico                                         (Windows exe and installer)
#   packaging/macos/commdesk.icns                                          (macOS bundle)
# The build never runs this: the results are committed, so no image tool is a build dependency.
# Run it after changing the SVG, then commit the files it wrote.
# Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and png2icns (icnsutils); missing ones are
# installed with apt-get on Debian.
set -euo pipefail
cd "$(dirname "$0")/../.."

declare -A tool_package=([rsvg-convert]=librsvg2-bin [icotool]=icoutils [png2icns]=icnsutils)
missing=()
for tool in "${!tool_package[@]}"; do
    command -v "$tool" >/dev/null || missing+=("${tool_package[$tool]}")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

source_svg=resources/icons/commdesk.svg
app_id=org.commdesk.CommDesk
hicolor=resources/icons/hicolor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { # size output
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio --format png --output "$2" "$source_svg"
}

for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$hicolor/${size}x${size}/apps"
    render "$size" "$hicolor/${size}x${size}/apps/$app_id.png"
    echo "wrote $hicolor/${size}x${size}/apps/$app_id.png"
done

# Windows: the classic sizes as bitmaps, 256 as an embedded PNG (-r), as Windows Vista and later expect.
for size in 16 24 32 48 64 128 256; do
    render "$size" "$work/ico-$size.png"
done
icotool --create --output packaging/windows/commdesk.ico \
    "$work"/ico-16.png "$work"/ico-24.png "$work"/ico-32.png "$work"/ico-48.png \
    "$work"/ico-64.png "$work"/ico-128.png --raw="$work"/ico-256.png
echo "wrote packaging/windows/commdesk.ico"

# macOS: the sizes png2icns knows (16, 32, 48, 128, 256, 512).
for size in 16 32 48 128 256 512; do
    render "$size" "$work/icns-$size.png"
done
png2icns packaging/macos/commdesk.icns \
    "$work"/icns-16.png "$work"/icns-32.png "$work"/icns-48.png \
    "$work"/icns-128.png "$work"/icns-256.png "$work"/icns-512.png >/dev/null
echo "wrote packaging/macos/commdesk.icns"
