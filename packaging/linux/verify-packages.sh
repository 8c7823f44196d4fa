#!/usr/bin/env bash
# Builds the Linux packages from the release preset and checks them on this Debian 12 machine:
# the .deb, .rpm and .tar.gz exist and hold what they should, lintian finds no error, the desktop
# entry and the AppStream metainfo validate, and the .deb installs with apt-get, after which the
# installed programs report the project's version, commdesk-cli talks to commdesk-sandbox, and
# CommDesk starts (offscreen) in sandbox mode and keeps running. The package is removed at the end
# unless --keep-installed is given.
#
# It installs and removes system packages, so it is not part of scripts/test.sh or of the default
# ctest run; configure with -DCOMMDESK_PACKAGE_TESTS=ON to have it as the ctest test
# "verify_packages" (label "package"). Prints a PASS/FAIL line per check and a summary; exits 1 if
# any check failed.
#
# Usage: packaging/linux/verify-packages.sh [--keep-installed]
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2

keep_installed=0
for argument in "$@"; do
    case "$argument" in
        --keep-installed) keep_installed=1 ;;
        *) echo "usage: $0 [--keep-installed]" >&2; exit 2 ;;
    esac
done

build=build/release
packages=$build/packages
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive

results=()
failures=0
pass() { results+=("PASS  $1"); echo "PASS: $1"; }
fail() { results+=("FAIL  $1"); echo "FAIL: $1"; failures=$((failures + 1)); }
check() { # name command...
    local name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}
summary() {
    echo
    echo "==================== verify-packages summary ===================="
    printf '%s\n' "${results[@]}"
    echo "-----------------------------------------------------------------"
    if [ "$failures" -eq 0 ]; then
        echo "RESULT: PASS (${#results[@]} checks)"
    else
        echo "RESULT: FAIL ($failures of ${#results[@]} checks failed)"
    fi
}
section() { echo; echo "---- $1"; }

work=$(mktemp -d)
children=()
cleanup() {
    local pid
    for pid in "${children[@]}"; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
    rm -rf "$work"
}
trap cleanup EXIT

# --- Tools ----------------------------------------------------------------------------------------
section "Tools"
scripts/deps.sh
tools=(rpm lintian desktop-file-utils appstream dpkg-dev man-db)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing packages: ${missing[*]}"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- Build and package ------------------------------------------------------------------------------
section "Build (release preset) and cpack"
if ! cmake --preset release >"$work/configure.log" 2>&1; then
    cat "$work/configure.log"
    fail "configure (cmake --preset release)"
    summary
    exit 1
fi
if ! cmake --build --preset release --parallel 2; then
    fail "build (cmake --build --preset release)"
    summary
    exit 1
fi
version=$(cat "$build/packaging/version.txt")
echo "project version: $version"
rm -rf "$packages"
if (cd "$build" && cpack); then pass "cpack (DEB, RPM, TGZ)"; else fail "cpack (DEB, RPM, TGZ)"; fi

first() { find "$packages" -maxdepth 1 -name "$1" | sort | head -n 1; }
deb=$(first "commdesk_$version-*_*.deb")
rpm_file=$(first "commdesk-$version-*.rpm")
tgz=$(first "commdesk-$version-linux-*.tar.gz")
size() { [ -n "$1" ] && [ -f "$1" ] && echo "$(basename "$1"): $(stat -c %s "$1") bytes ($(du -h "$1" | cut -f1))"; }
check ".deb built: $(size "$deb")" test -f "$deb"
check ".rpm built: $(size "$rpm_file")" test -f "$rpm_file"
check ".tar.gz built: $(size "$tgz")" test -f "$tgz"

# --- Contents ---------------------------------------------------------------------------------------
section "Contents"
expected=(
    usr/bin/commdesk usr/bin/commdesk-cli usr/bin/commdesk-sandbox
    usr/share/applications/org.commdesk.CommDesk.desktop
    usr/share/metainfo/org.commdesk.CommDesk.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/org.commdesk.CommDesk.svg
    usr/share/man/man1/commdesk.1.gz usr/share/man/man1/commdesk-cli.1.gz usr/share/man/man1/commdesk-sandbox.1.gz
)
for s in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${s}x${s}/apps/org.commdesk.CommDesk.png")
done
contains_all() { # listing-file prefix paths...
    local listing=$1 prefix=$2 missing_paths=()
    shift 2
    for path in "$@"; do
        grep -Fqx -- "$prefix$path" "$listing" || missing_paths+=("$path")
    done
    [ ${#missing_paths[@]} -eq 0 ] || { echo "  missing: ${missing_paths[*]}"; return 1; }
}
if [ -f "$deb" ]; then
    dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./||' >"$work/deb.list"
    check ".deb holds programs, desktop entry, metainfo, ${#expected[@]} icons and manual pages" \
        contains_all "$work/deb.list" "" "${expected[@]}" \
        usr/share/doc/commdesk/copyright usr/share/doc/commdesk/changelog.Debian.gz
    deb_version=$(dpkg-deb -f "$deb" Version)
    check ".deb version $deb_version is the project's $version" test "${deb_version%-*}" = "$version"
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "  Depends: $depends"
    missing_depends=()
    for d in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 \
        libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 qt6-translations-l10n; do
        grep -Eq "(^|, )$d( |,|$)" <<<"$depends" || missing_depends+=("$d")
    done
    check ".deb declares the Qt runtime packages, plugins and translations" test ${#missing_depends[@]} -eq 0
fi
if [ -f "$rpm_file" ]; then
    rpm -qpl "$rpm_file" 2>/dev/null | sed 's|^/||' >"$work/rpm.list"
    check ".rpm holds programs, desktop entry, metainfo, icons, manual pages and LICENSE" \
        contains_all "$work/rpm.list" "" "${expected[@]}" usr/share/licenses/commdesk/LICENSE
    rpm -qpR "$rpm_file" 2>/dev/null >"$work/rpm.requires"
    check ".rpm requires the Qt libraries it links (libQt6Widgets.so.6, libQt6HttpServer.so.6)" \
        grep -q "libQt6Widgets.so.6\|libQt6HttpServer.so.6" "$work/rpm.requires"
    check ".rpm requires Qt's translations (qt6-qttranslations)" \
        grep -q "^qt6-qttranslations" "$work/rpm.requires"
    check ".rpm version is the project's $version" test "$(rpm -qp --qf '%{VERSION}' "$rpm_file" 2>/dev/null)" = "$version"
fi
if [ -f "$tgz" ]; then
    tar -tzf "$tgz" | sed 's|^[^/]*/||' >"$work/tgz.list"
    check ".tar.gz holds the programs and desktop integration" \
        contains_all "$work/tgz.list" "" bin/commdesk bin/commdesk-cli bin/commdesk-sandbox \
        share/applications/org.commdesk.CommDesk.desktop share/metainfo/org.commdesk.CommDesk.metainfo.xml
fi

# --- lintian, desktop-file-validate, appstreamcli -------------------------------------------------
section "lintian"
if [ -f "$deb" ]; then
    lintian --display-level ">=pedantic" --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1
    grep -v "running with root privileges" "$work/lintian.log"
    errors=$(grep -c "^E: " "$work/lintian.log")
    warnings=$(grep -c "^W: " "$work/lintian.log")
    infos=$(grep -c "^[IP]: " "$work/lintian.log")
    check "lintian: $errors errors, $warnings warnings, $infos info/pedantic tags" test "$errors" -eq 0
fi

section "desktop-file-validate and appstreamcli validate"
if [ -f "$deb" ]; then
    mkdir -p "$work/deb"
    dpkg-deb -x "$deb" "$work/deb"
    desktop="$work/deb/usr/share/applications/org.commdesk.CommDesk.desktop"
    metainfo="$work/deb/usr/share/metainfo/org.commdesk.CommDesk.metainfo.xml"
    desktop-file-validate "$desktop" >"$work/desktop.log" 2>&1
    desktop_status=$?
    sed "s|$work/deb/||" "$work/desktop.log"
    check "desktop-file-validate: $(grep -c ' error: ' "$work/desktop.log") errors, $(grep -c ' warning: ' "$work/desktop.log") warnings" \
        test $desktop_status -eq 0
    appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1
    appstream_status=$?
    sed "s|$work/deb/||" "$work/appstream.log"
    check "appstreamcli validate: $(tail -n 1 "$work/appstream.log" | sed 's/^[^A-Za-z]*//')" test $appstream_status -eq 0
    check "metainfo has a <release> for version $version" grep -q "<release version=\"$version\"" "$metainfo"
fi

# --- Install and run ------------------------------------------------------------------------------
section "apt-get install ./$(basename "${deb:-commdesk.deb}")"
installed=0
if [ -f "$deb" ]; then
    if dpkg-query -W -f='${Status}' commdesk 2>/dev/null | grep -q "install ok installed"; then
        $sudo apt-get remove -y -qq commdesk >/dev/null
    fi
    if $sudo apt-get install -y -qq --no-install-recommends "$(realpath "$deb")" >"$work/install.log" 2>&1; then
        installed=1
        pass "apt-get install of the .deb (with its dependencies)"
    else
        cat "$work/install.log"
        fail "apt-get install of the .deb (with its dependencies)"
    fi
fi

if [ $installed -eq 1 ]; then
    section "Installed programs"
    # A private home, so that neither settings nor the sandbox database touch the real one.
    export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
    export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"

    for program in commdesk commdesk-cli commdesk-sandbox; do
        output=$(QT_QPA_PLATFORM=offscreen timeout 20 "/usr/bin/$program" --version 2>&1)
        status=$?
        echo "  /usr/bin/$program --version: $output"
        check "/usr/bin/$program --version says $version" \
            test $status -eq 0 -a "$(tail -n 1 <<<"$output" | awk '{print $NF}')" = "$version"
    done
    check "man finds the installed manual pages" man -w commdesk commdesk-cli commdesk-sandbox

    # commdesk-cli against commdesk-sandbox, both as installed.
    /usr/bin/commdesk-sandbox --port 0 --database :memory: --communications 200 --consumers off \
        >"$work/sandbox.log" 2>&1 &
    sandbox_pid=$!
    children+=("$sandbox_pid")
    url=""
    for _ in $(seq 1 40); do
        url=$(sed -n 's/^CommDesk sandbox listening on \(http[^ ]*\).*/\1/p' "$work/sandbox.log" | head -n 1)
        [ -n "$url" ] && break
        kill -0 "$sandbox_pid" 2>/dev/null || break
        sleep 0.5
    done
    check "commdesk-sandbox starts and says where it listens (${url:-no URL})" test -n "$url"
    if [ -n "$url" ]; then
        printf 'demo\n' | timeout 30 /usr/bin/commdesk-cli --server "$url" --username demo --organisation DEMO \
            --password-stdin categories >"$work/cli.out" 2>"$work/cli.err"
        cli_status=$?
        head -n 5 "$work/cli.out" | sed 's/^/  /'
        cat "$work/cli.err"
        check "commdesk-cli lists the sandbox's categories (exit $cli_status, $(wc -l <"$work/cli.out") lines)" \
            test $cli_status -eq 0 -a -s "$work/cli.out"
    fi
    kill "$sandbox_pid" 2>/dev/null
    wait "$sandbox_pid" 2>/dev/null

    # The desktop application in sandbox mode, offscreen: it must still run after 8 s and listen
    # on the loopback address where its embedded sandbox serves.
    QT_QPA_PLATFORM=offscreen timeout 20 /usr/bin/commdesk --sandbox --sandbox-reset >"$work/app.log" 2>&1 &
    app_pid=$!
    children+=("$app_pid")
    sleep 8
    if kill -0 "$app_pid" 2>/dev/null; then
        running=1
        # timeout(1) runs commdesk as its child.
        commdesk_pid=$(awk '{print $1}' "/proc/$app_pid/task/$app_pid/children" 2>/dev/null)
        commdesk_pid=${commdesk_pid:-$app_pid}
        inodes=$(find "/proc/$commdesk_pid/fd" -lname 'socket:*' -printf '%l\n' 2>/dev/null | tr -dc '0-9\n')
        listening=$(awk 'NR > 1 && $4 == "0A" {print $10 " " $2}' /proc/net/tcp /proc/net/tcp6 2>/dev/null |
            while read -r inode address; do
                grep -qx "$inode" <<<"$inodes" && echo "$address"
            done | head -n 1)
    else
        running=0
        listening=""
    fi
    exited=""
    if [ $running -eq 0 ]; then
        wait "$app_pid" 2>/dev/null
        app_status=$?
        exited=" (it exited with status $app_status"
        [ $app_status -gt 128 ] && exited+=", signal $((app_status - 128))"
        exited+=")"
    else
        kill "$app_pid" 2>/dev/null
        wait "$app_pid" 2>/dev/null
    fi
    sed 's/^/  commdesk: /' "$work/app.log" | head -n 20
    check "commdesk --sandbox --sandbox-reset still runs offscreen after 8 s$exited" test $running -eq 1
    port=""
    [ -n "$listening" ] && port=$((16#${listening##*:}))
    check "commdesk's embedded sandbox listens (port ${port:-none})" test -n "$listening"
    check "commdesk printed no error or fatal message" \
        bash -c "! grep -Eiq 'could not start|fatal|critical|segmentation|abort' '$work/app.log'"

    if [ $keep_installed -eq 0 ]; then
        section "apt-get remove commdesk"
        $sudo apt-get remove -y -qq commdesk >/dev/null 2>&1
        check "apt-get remove commdesk leaves no /usr/bin/commdesk" test ! -e /usr/bin/commdesk
    fi
fi

summary
[ "$failures" -eq 0 ]
