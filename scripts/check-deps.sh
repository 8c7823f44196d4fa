#!/usr/bin/env bash
# Checks that scripts/deps.sh installs everything the CMake configuration uses, on a machine where
# it all happens to be installed already: every file CMake read from outside the source and build
# trees (the <Pkg>Config.cmake files of the packages it found, their targets and version files,
# CMake's own modules) and every program or library it found (FILEPATH cache entries) must belong
# to a Debian package that deps.sh names, or to a hard dependency (Depends, Pre-Depends,
# recursively) of one. A Recommends does not count: deps.sh installs with --no-install-recommends,
# like apt on many machines, which is how Qt6Charts came without Qt6OpenGL.
#
#   scripts/check-deps.sh [SOURCE_DIR]    (default: this repository; CTest runs it as check_deps)
#
# It configures SOURCE_DIR afresh in a temporary directory, with a CMake File API query for the
# "cmakeFiles" object in place: CMake's own record of every file it read, the same for every
# generator, rather than a parse of trace output or of generator files. A query has to exist
# before CMake starts, so an existing build tree would answer only from its second configure.
# Libraries and programs found by find_library and find_program are left out: many of those finds
# are optional (FindOpenGL looks for GLU and EGL, the packaging for rpmbuild), and a required one
# that is missing stops the configure at once anyway.
# Exits 0 when everything is named, 1 when a package is missing, 77 (a skip for CTest) off Debian.
set -euo pipefail

if [ ! -r /etc/debian_version ] || ! command -v dpkg-query >/dev/null; then
    echo "Skipped: this check asks dpkg which Debian package owns each file, and this is not Debian."
    exit 77
fi
if [ $# -gt 1 ]; then
    echo "Usage: $0 [SOURCE_DIR]" >&2
    exit 2
fi
scripts=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "${1:-$scripts/..}" && pwd)


# --- The files CMake read -------------------------------------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build=$work/build
mkdir -p "$build/.cmake/api/v1/query/client-commdesk"
: >"$build/.cmake/api/v1/query/client-commdesk/cmakeFiles-v1"
if ! cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >"$work/configure.log" 2>&1; then
    cat "$work/configure.log" >&2
    echo "FAIL: configuring $source_dir failed (above); the check needs a configuration that works." >&2
    exit 1
fi
index=$(find "$build/.cmake/api/v1/reply" -maxdepth 1 -name 'index-*.json' | sort | tail -n 1)
# CMake parses its own JSON (string(JSON)), so the check needs nothing that deps.sh may not bring.
cat >"$work/inputs.cmake" <<'EOF'
file(READ "${INDEX}" index)
string(JSON reply_file ERROR_VARIABLE error GET "${index}" reply client-commdesk cmakeFiles-v1 jsonFile)
if(error)
    message(FATAL_ERROR "The File API reply ${INDEX} has no cmakeFiles answer for client-commdesk: ${error}")
endif()
get_filename_component(reply_dir "${INDEX}" DIRECTORY)
file(READ "${reply_dir}/${reply_file}" reply)
string(JSON count LENGTH "${reply}" inputs)
math(EXPR last "${count} - 1")
set(paths "")
foreach(i RANGE ${last})
    string(JSON external ERROR_VARIABLE missing GET "${reply}" inputs ${i} isExternal)
    if(external)
        string(JSON path GET "${reply}" inputs ${i} path)
        string(APPEND paths "${path}\n")
    endif()
endforeach()
# One write at the end: a process per path (execute_process echo) made this step take 12 s.
file(WRITE "${OUTPUT}" "${paths}")
EOF
cmake -DINDEX="$index" -DOUTPUT="$work/files" -P "$work/inputs.cmake"
# Only files that exist outside the trees; a symbolic link counts with its target too.
sort -u "$work/files" | while read -r f; do
    [ -f "$f" ] || continue
    case "$f" in "$source_dir"/* | "$build"/*) continue ;; esac
    echo "$f"
    real=$(readlink -f "$f")
    [ "$real" = "$f" ] || echo "$real"
done | sort -u >"$work/checked"

# --- Who owns each file ------------------------------------------------------------------------
# owner<TAB>file, one line per owner ("a, b: file" when packages share a path, "pkg:arch: file" for
# multi-arch packages); "-" for a file no package owns. One dpkg-query for all files, since each
# call reads dpkg's whole file database. Merged /usr: a path dpkg does not know may be known with
# /usr added or taken away.
owners() {
    dpkg-query -S "$@" 2>/dev/null | grep -v '^diversion by' | while IFS= read -r line; do
        local list=${line%%: /*} f=/${line#*: /} o
        for o in ${list//,/ }; do printf '%s\t%s\n' "${o%%:*}" "$f"; done
    done || true
}
mapfile -t checked <"$work/checked"
owners "${checked[@]}" >"$work/owners"
cut -f2 "$work/owners" | sort -u >"$work/owned"
comm -23 "$work/checked" "$work/owned" >"$work/unowned"
: >"$work/other"
while read -r f; do
    case "$f" in /usr/*) echo "${f#/usr}" ;; *) echo "/usr$f" ;; esac
done <"$work/unowned" >"$work/other"
if [ -s "$work/other" ]; then
    mapfile -t other <"$work/other"
    owners "${other[@]}" >"$work/owners-other"
    # Back to the path CMake read.
    while IFS=$'\t' read -r o f; do
        case "$f" in /usr/*) f=${f#/usr} ;; *) f=/usr$f ;; esac
        printf '%s\t%s\n' "$o" "$f"
    done <"$work/owners-other" >>"$work/owners"
    cut -f2 "$work/owners" | sort -u >"$work/owned"
    comm -23 "$work/checked" "$work/owned" | sed 's/^/-\t/' >>"$work/owners"
fi

# --- What deps.sh installs: its packages and their hard dependencies ---------------------------
"$scripts/deps.sh" --list >"$work/named"
dpkg-query -W -f='${Package}\t${db:Status-Status}\t${Pre-Depends}, ${Depends}\t${Provides}\t${Essential}\t${Priority}\n' \
    >"$work/status"
# What every Debian root has before deps.sh runs: the Essential and Priority required packages and
# apt (debootstrap's minbase variant).
awk -F'\t' '$2 == "installed" && ($5 == "yes" || $6 == "required") { print $1 } END { print "apt" }' \
    "$work/status" >"$work/base"
# An alternative "a | b" counts through its first choice, the one apt installs on a fresh machine;
# a virtual package counts through the providers installed here. Packages deps.sh names that are
# not installed here cannot be followed; they are reported below.
awk -F'\t' '
    function bare(name) { gsub(/\(.*\)|\[.*\]|<.*>|[ \t]/, "", name); sub(/:.*/, "", name); return name }
    NR == FNR {
        if ($2 != "installed") next
        installed[$1] = 1; depends[$1] = $3
        n = split($4, provided, ",")
        for (i = 1; i <= n; i++) { v = bare(provided[i]); if (v != "") providers[v] = providers[v] " " $1 }
        next
    }
    { queue[++tail] = $1 }
    END {
        for (head = 1; head <= tail; head++) {
            p = queue[head]
            if (p in seen) continue
            seen[p] = 1
            if (!(p in installed)) { print "not-installed\t" p; continue }
            print "closure\t" p
            n = split(depends[p], clauses, ",")
            for (i = 1; i <= n; i++) {
                split(clauses[i], alternatives, "|")
                first = bare(alternatives[1])
                if (first == "") continue
                if (first in installed) queue[++tail] = first
                else if (first in providers) {
                    m = split(providers[first], list, " ")
                    for (j = 1; j <= m; j++) queue[++tail] = list[j]
                }
            }
        }
    }' "$work/status" "$work/base" "$work/named" >"$work/closure"

# --- Verdict ---------------------------------------------------------------------------------------
awk -F'\t' '$1 == "not-installed" { print $2 }' "$work/closure" >"$work/not-installed"
awk -F'\t' '$1 == "closure" { print $2 }' "$work/closure" | sort -u >"$work/covered"
# A file is covered when any one of its owners is; the uncovered ones are grouped by owner.
awk -F'\t' 'NR == FNR { covered[$1] = 1; next }
            { owners[$2] = owners[$2] " " $1; if ($1 in covered) ok[$2] = 1 }
            END { for (f in owners) if (!(f in ok)) { split(owners[f], o, " "); print o[1] "\t" f } }' \
    "$work/covered" "$work/owners" | sort >"$work/missing"

files=$(wc -l <"$work/checked")
named=$(wc -l <"$work/named")
covered=$(wc -l <"$work/covered")
echo "Checked $files files CMake read against the $named packages scripts/deps.sh names" \
     "and a minimal Debian root ($covered with their hard dependencies)."
if [ -s "$work/not-installed" ]; then
    echo "Note: not installed here, so their dependencies were not followed: $(tr '\n' ' ' <"$work/not-installed")"
fi
if [ ! -s "$work/missing" ]; then
    echo "PASS: every one comes from a package scripts/deps.sh installs."
    exit 0
fi
line=$(grep -n '^packages=(' "$scripts/deps.sh" | cut -d: -f1)
echo "FAIL: files from packages that scripts/deps.sh does not install (on a fresh machine they are missing):"
cut -f1 "$work/missing" | sort -u | while read -r package; do
    echo
    if [ "$package" = "-" ]; then
        echo "  (no Debian package: installed by hand, a fresh machine does not have them)"
    else
        echo "  $package"
    fi
    # The config files first: they are what find_package loads.
    awk -F'\t' -v p="$package" '$1 == p { print $2 }' "$work/missing" \
        | awk '{ print (/(Config|-config)\.cmake$/ ? 0 : 1) "\t" $0 }' | sort | cut -f2 >"$work/needed"
    head -n 5 "$work/needed" | sed 's/^/    needed: /'
    more=$(($(wc -l <"$work/needed") - 5))
    [ "$more" -le 0 ] || echo "    and $more more files of the same package"
done
echo
echo "Add the package(s) to the packages=( ... ) list that starts on line $line of scripts/deps.sh:"
grep -v '^-' <(cut -f1 "$work/missing" | sort -u) | tr '\n' ' ' | sed 's/^/    /; s/ $/\n/'
exit 1
