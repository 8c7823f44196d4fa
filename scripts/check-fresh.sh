#!/usr/bin/env bash
# Runs the README's Quick start commands on a fresh Debian 12, the way a new machine sees them:
# makes a minimal Debian 12 root with mmdebstrap (or debootstrap), puts a clean clone of the
# committed HEAD into it, and runs `scripts/run.sh` (no display, so it ends after the CLI demo)
# and `scripts/test.sh` there through chroot, as root. Prints PASS or FAIL per command with the
# time it took, and exits non-zero when one failed. Needs root; takes 30 to 60 minutes (about
# 1 GB of packages to download, then the release and the sanitizer builds).
#
#   --keep        keep the root afterwards (it is removed otherwise)
#   --root DIR    make the root in DIR (empty or missing; default: a new directory in /var/tmp)
#   --log DIR     write the full log of each step to DIR (default: a temporary directory, kept
#                 only when a step failed)
#   --ccache DIR  share the ccache directory DIR with the root, to save time on repeated runs; the
#                 default is a truly fresh run with an empty cache
#   --mirror URL  the Debian mirror (default: the one the host's apt uses for bookworm)
#
# The root is the "minbase" variant: packages with Priority required plus apt, which is what
# `debootstrap --variant=minbase` and the debian:12 container image give. It is stricter than
# debootstrap's default (which adds Priority important), so a package missing from
# scripts/deps.sh cannot hide behind one of those.
set -euo pipefail
# The whole script is one function, read before it runs: a checkout or an edit of this file during
# the long run cannot change what runs.
main() {
arguments=$*
suite=bookworm
keep=no
root=""
log_dir=""
ccache_dir=""
mirror=""
usage() {
    sed -n '/^#   --/p' "$0" | sed 's/^#//' >&2
    echo "Usage: $0 [--keep] [--root DIR] [--log DIR] [--ccache DIR] [--mirror URL]" >&2
    exit 2
}
while [ $# -gt 0 ]; do
    case "$1" in
        --keep) keep=yes ;;
        --root) [ $# -ge 2 ] || usage; root=$2; shift ;;
        --log) [ $# -ge 2 ] || usage; log_dir=$2; shift ;;
        --ccache) [ $# -ge 2 ] || usage; ccache_dir=$2; shift ;;
        --mirror) [ $# -ge 2 ] || usage; mirror=${2%/}; shift ;;
        -h|--help) usage ;;
        *) echo "Unknown option: $1" >&2; usage ;;
    esac
    shift
done

if [ "$(id -u)" -ne 0 ]; then
    echo "check-fresh.sh needs root: it makes a Debian root, mounts /proc, /sys and /dev into it and runs chroot." >&2
    echo "Run it as: sudo $0 $arguments" >&2
    exit 2
fi
if ! command -v apt-get >/dev/null || ! grep -qs '^ID=debian' /etc/os-release; then
    echo "check-fresh.sh runs on Debian: it makes the root with mmdebstrap or debootstrap and the host's apt mirror." >&2
    exit 2
fi

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
commit=$(git -C "$repo" rev-parse HEAD)
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    echo "Note: uncommitted changes in $repo are left out; the check runs the committed HEAD ${commit:0:12}."
fi

# --- The mirror: what the host's apt uses for bookworm, read through apt itself so that both
# sources.list and deb822 .sources files count.
sources=()
if [ -n "$mirror" ]; then
    sources=("deb $mirror $suite main" "deb $mirror $suite-updates main")
else
    # shellcheck disable=SC2016 # $(...) are apt's format fields, not shell expansions
    format='$(REPO_URI) $(RELEASE) $(COMPONENT)'
    while read -r uri release components; do
        sources+=("deb ${uri%/} $release $components")
    done < <(apt-get indextargets --no-release-info --format "$format" 'Identifier: Packages' \
             | sort -u | awk -v suite="$suite" '$2 == suite || index($2, suite "-") == 1 { c[$1 " " $2] = c[$1 " " $2] " " $3 }
                                              END { for (k in c) print k c[k] }' | sort)
    if [ ${#sources[@]} -eq 0 ]; then
        echo "The host's apt sources name no $suite suite; pass the Debian mirror with --mirror URL." >&2
        exit 2
    fi
fi
include=()
# apt fetches https only with the CA certificates; debootstrap adds them for an https mirror too.
if printf '%s\n' "${sources[@]}" | grep -q ' https://'; then
    include=(--include=ca-certificates)
fi

# --- Directories -----------------------------------------------------------------------------
if [ -z "$root" ]; then
    root=$(mktemp -d /var/tmp/commdesk-fresh.XXXXXX)
elif [ -e "$root" ] && [ -n "$(ls -A "$root")" ]; then
    echo "--root $root is not empty; give a new or empty directory." >&2
    exit 2
fi
mkdir -p "$root"
root=$(cd "$root" && pwd)
keep_logs=no
if [ -z "$log_dir" ]; then
    log_dir=$(mktemp -d /var/tmp/commdesk-fresh-logs.XXXXXX)
else
    mkdir -p "$log_dir"
    keep_logs=yes
fi
log_dir=$(cd "$log_dir" && pwd)
if [ -n "$ccache_dir" ]; then
    mkdir -p "$ccache_dir"
    ccache_dir=$(cd "$ccache_dir" && pwd)
fi

# Unmounts everything below the root, deepest first, so that removing the root can never reach
# the host's /dev, /sys or the shared ccache directory.
unmount_all() {
    local mounts
    mounts=$(awk -v r="$root" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | sort -r)
    for m in $mounts; do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
}
failed_steps=0
step_pid=""
cleanup() {
    # A step still running (interrupted): its subshell and the subshell's children (timeout passes
    # the signal on to its whole process group).
    if [ -n "$step_pid" ]; then
        pkill -TERM -P "$step_pid" 2>/dev/null || true
        kill -TERM "$step_pid" 2>/dev/null || true
        wait "$step_pid" 2>/dev/null || true
    fi
    # Whatever a package started inside the root (a daemon's postinst) would keep it busy.
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -KILL "${p#/proc/}" 2>/dev/null
    done
    unmount_all
    if [ "$keep" = yes ]; then
        echo "The root is kept in $root"
    elif awk -v r="$root" '$2 == r || index($2, r "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then
        echo "Something is still mounted below $root; it is not removed." >&2
    else
        rm -rf --one-file-system "$root"
    fi
    if [ "$keep_logs" = no ] && [ "$failed_steps" -eq 0 ]; then
        rm -rf "$log_dir"
    else
        echo "Logs: $log_dir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

duration() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
results=()
# step NAME LOG COMMAND...: runs COMMAND with its output in LOG and records PASS or FAIL.
step() {
    local name=$1 log=$2 start status
    shift 2
    echo "... $name (log: $log)"
    start=$(date +%s)
    # In the background, so that an interrupt reaches the EXIT trap at once (see cleanup).
    "$@" >"$log" 2>&1 &
    step_pid=$!
    if wait "$step_pid"; then status=PASS; else status=FAIL; fi
    step_pid=""
    local took
    took=$(duration $(($(date +%s) - start)))
    printf '%s  %-16s %s\n' "$status" "$name" "$took"
    results+=("$(printf '%s  %-16s %s' "$status" "$name" "$took")")
    if [ "$status" = FAIL ]; then
        failed_steps=$((failed_steps + 1))
        echo "--- last 40 lines of $log:"
        tail -n 40 "$log"
        echo "---"
        return 1
    fi
}
summary() {
    echo
    echo "Summary (commit ${commit:0:12}, fresh Debian 12 minbase root):"
    printf '  %s\n' "${results[@]}"
    if [ "$failed_steps" -eq 0 ]; then
        echo "check-fresh: PASS"
    else
        echo "check-fresh: FAIL ($failed_steps failed)"
    fi
}

# --- The root ------------------------------------------------------------------------------------
make_root() {
    if command -v mmdebstrap >/dev/null; then
        mmdebstrap --mode=root --variant=minbase "${include[@]}" "$suite" "$root" "${sources[@]}"
    else
        # debootstrap takes one mirror; the other suites go into sources.list afterwards.
        local first=${sources[0]}
        local uri components
        uri=$(echo "$first" | awk '{ print $2 }')
        components=$(echo "$first" | cut -d' ' -f4- | tr ' ' ',')
        debootstrap --variant=minbase --components="$components" "${include[@]}" "$suite" "$root" "$uri" || return 1
        printf '%s\n' "${sources[@]}" >"$root/etc/apt/sources.list"
    fi
}
if ! command -v mmdebstrap >/dev/null && ! command -v debootstrap >/dev/null; then
    echo "Installing mmdebstrap on the host to make the root"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
fi
echo "Checking commit ${commit:0:12} on a fresh Debian 12 root in $root"
printf '  apt source: %s\n' "${sources[@]}"
if ! step "make the root" "$log_dir/bootstrap.log" make_root; then
    summary
    exit 1
fi

# A clean clone of the committed HEAD: no build directories, no uncommitted changes. A worktree
# shares its repository, whose own HEAD may be another branch, so the commit is checked out by id.
git clone --quiet --no-checkout "$repo" "$root/root/commdesk"
git -C "$root/root/commdesk" -c advice.detachedHead=false checkout --quiet "$commit"

cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys" 2>/dev/null || mount --rbind /sys "$root/sys"
mount --make-rslave "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mkdir -p "$root/dev/shm"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
environment=(HOME=/root TERM=dumb LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
if [ -n "$ccache_dir" ]; then
    mkdir -p "$root/var/cache/commdesk-ccache"
    mount --bind "$ccache_dir" "$root/var/cache/commdesk-ccache"
    environment+=(CCACHE_DIR=/var/cache/commdesk-ccache)
fi

# Each command runs exactly as the README writes it, from the clone, with a clean environment
# (env -i: no DISPLAY or WAYLAND_DISPLAY, so run.sh shows the CLI demo and ends). The time limit
# turns a hang into a failure.
in_root() {
    timeout --kill-after=60 "$1" chroot "$root" /usr/bin/env -i "${environment[@]}" \
        /bin/bash -c "cd /root/commdesk && $2"
}
step "scripts/run.sh" "$log_dir/run.log" in_root 150m scripts/run.sh || true
step "scripts/test.sh" "$log_dir/test.log" in_root 150m scripts/test.sh || true
summary
[ "$failed_steps" -eq 0 ]
}
main "$@"
