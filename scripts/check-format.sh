#!/usr/bin/env bash
# Checks that every C++ source under app/, ui/ and tests/ is formatted as the repository's
# .clang-format says: runs `clang-format --dry-run --Werror` over the *.cpp and *.h files git
# tracks there (every such file on disk when SOURCE_DIR is not a git checkout or git is missing)
# and lists the files that are not.
#
#   scripts/check-format.sh [SOURCE_DIR]    (default: this repository; CTest runs it as check_format)
#
# To fix what it reports: clang-format -i FILE...
# Exits 0 when every file is formatted, 1 when one is not, 77 (a skip for CTest) when clang-format
# is missing (scripts/deps.sh installs it).
set -euo pipefail

if [ $# -gt 1 ]; then
    echo "Usage: $0 [SOURCE_DIR]" >&2
    exit 2
fi
scripts=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "${1:-$scripts/..}" && pwd)

if ! command -v clang-format >/dev/null; then
    echo "Skipped: clang-format is not installed (scripts/deps.sh installs it)."
    exit 77
fi
if [ ! -f "$source_dir/.clang-format" ]; then
    echo "FAIL: $source_dir/.clang-format is missing; it is the style this check applies." >&2
    exit 1
fi

cd "$source_dir"
files=()
if command -v git >/dev/null && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # A file deleted from the work tree but not from the index is left out.
    while IFS= read -r -d '' f; do
        [ -f "$f" ] && files+=("$f")
    done < <(git ls-files -z -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h')
else
    while IFS= read -r -d '' f; do
        files+=("${f#./}")
    done < <(find app ui tests -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "FAIL: no *.cpp or *.h files found under app/, ui/ or tests/ in $source_dir." >&2
    exit 1
fi

# One report line per formatting difference, "FILE:LINE:COLUMN: error: code should be
# clang-formatted"; two processes share the files.
output=$(printf '%s\0' "${files[@]}" \
    | xargs -0 -n 64 -P 2 clang-format --dry-run --Werror --style=file 2>&1) && status=0 || status=$?
bad=$(printf '%s\n' "$output" | sed -n 's/^\(.*\):[0-9][0-9]*:[0-9][0-9]*: error: .*\[-Wclang-format-violations\]$/\1/p' \
    | sort -u)
version=$(clang-format --version | head -n 1)
if [ -z "$bad" ] && [ "$status" -eq 0 ]; then
    echo "PASS: all ${#files[@]} files under app/, ui/ and tests/ are formatted ($version)."
    exit 0
fi
if [ -z "$bad" ]; then
    # clang-format failed for another reason (a file it cannot read, a bad .clang-format).
    printf '%s\n' "$output" >&2
    echo "FAIL: clang-format failed (exit status $status, above)." >&2
    exit 1
fi
count=$(printf '%s\n' "$bad" | wc -l)
echo "FAIL: $count of ${#files[@]} files are not formatted as .clang-format says ($version):"
printf '%s\n' "$bad" | sed 's/^/    /'
echo "Fix them with: (cd $source_dir && clang-format -i$(printf ' %s' $bad))"
exit 1
