#!/usr/bin/env bash
# Checks that the translation catalogues in git match the sources: runs lupdate, with the options
# translations/CMakeLists.txt gives it (-no-obsolete -locations none, over every *.cpp and *.h
# under app/ and ui/), on temporary copies of translations/commdesk_el.ts, _es.ts, _de.ts and of the plural-only
# translations/commdesk_en.ts (-pluralonly), and fails when
#   - the sources have a text the committed catalogue lacks (new, not yet translated), or
#   - the committed catalogue has a text the sources no longer have (vanished), or
#   - a message of a committed catalogue is still type="unfinished".
# A text is its context, source, disambiguation and whether it has plural forms. The committed
# files are never changed; `cmake --build <dir> --target update_translations` refreshes them.
#
#   scripts/check-translations.sh [SOURCE_DIR [LUPDATE]]    (CTest runs it as check_translations)
#
# SOURCE_DIR defaults to this repository. LUPDATE is the lupdate to run (CMake passes the one of
# Qt6 LinguistTools); without it, /usr/lib/qt6/bin/lupdate or else lupdate on PATH.
# Exits 0 when the catalogues match, 1 when they do not, 77 (a skip for CTest) when there is no
# lupdate (Debian: qt6-l10n-tools, which scripts/deps.sh installs).
set -euo pipefail

if [ $# -gt 2 ]; then
    echo "Usage: $0 [SOURCE_DIR [LUPDATE]]" >&2
    exit 2
fi
scripts=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "${1:-$scripts/..}" && pwd)

lupdate=""
for candidate in "${2:-}" /usr/lib/qt6/bin/lupdate "$(command -v lupdate || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && [ -f "$candidate" ]; then
        lupdate=$candidate
        break
    fi
done
if [ -z "$lupdate" ]; then
    echo "Skipped: no lupdate (not given, not /usr/lib/qt6/bin/lupdate, not on PATH; Debian: qt6-l10n-tools, which scripts/deps.sh installs)."
    exit 77
fi

cd "$source_dir"
# The sources translations/CMakeLists.txt hands lupdate (its file(GLOB_RECURSE ...)).
mapfile -d '' sources < <(find app ui -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
if [ ${#sources[@]} -eq 0 ]; then
    echo "FAIL: no *.cpp or *.h files found under app/ or ui/ in $source_dir." >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One line per message of a .ts file as lupdate writes it: "text<TAB>context<TAB>source<TAB>
# disambiguation<TAB>plural" and, for a message whose translation is unfinished, the same with
# "unfinished" first. Line breaks inside a text become "\n"; the XML entities are decoded.
messages() {
    awk '
        function decode(s) {
            gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s)
            gsub(/&amp;/, "\\&", s)
            return s
        }
        # The text of <tag>...</tag> that starts on this line, perhaps ending on a later one.
        function element(tag,    opening, closing, text, line) {
            opening = "<" tag ">"; closing = "</" tag ">"
            text = substr($0, index($0, opening) + length(opening))
            while (index(text, closing) == 0) {
                if ((getline line) <= 0) break
                text = text "\\n" line
            }
            return decode(substr(text, 1, index(text, closing) - 1))
        }
        /<context>/ { in_context = 1 }
        in_context && !in_message && /<name>/ { context = element("name") }
        /<message[ >]/ {
            in_message = 1; source = ""; comment = ""; unfinished = 0
            plural = ($0 ~ /numerus="yes"/) ? "plural" : ""
        }
        in_message && /<source>/ { source = element("source") }
        in_message && /<comment>/ { comment = element("comment") }
        in_message && /<translation[ >]/ && /type="unfinished"/ { unfinished = 1 }
        /<\/message>/ {
            key = context "\t" source "\t" comment "\t" plural
            print "text\t" key
            if (unfinished) print "unfinished\t" key
            in_message = 0
        }
        /<\/context>/ { in_context = 0 }
    ' "$1"
}

# "Context: “source”", with the disambiguation and "plural" when there are.
describe() {
    awk -F'\t' '{
        extra = ""
        if ($3 != "") extra = " (disambiguation: " $3 ")"
        if ($4 != "") extra = extra " (plural)"
        print "    " $1 ": \"" $2 "\"" extra
    }'
}

failed=no
check() {
    local ts=$1
    shift
    local name
    name=$(basename "$ts")
    if [ ! -f "$ts" ]; then
        echo "FAIL: $ts is missing."
        failed=yes
        return
    fi
    cp "$ts" "$work/$name"
    if ! "$lupdate" "$@" -no-obsolete -locations none "${sources[@]}" -ts "$work/$name" >"$work/$name.log" 2>&1; then
        cat "$work/$name.log" >&2
        echo "FAIL: $lupdate failed on $ts (above)."
        failed=yes
        return
    fi
    messages "$ts" >"$work/committed"
    messages "$work/$name" >"$work/updated"
    LC_ALL=C awk -F'\t' '$1 == "text"' "$work/committed" | cut -f2- | LC_ALL=C sort -u >"$work/committed.texts"
    LC_ALL=C awk -F'\t' '$1 == "text"' "$work/updated" | cut -f2- | LC_ALL=C sort -u >"$work/updated.texts"
    LC_ALL=C comm -13 "$work/committed.texts" "$work/updated.texts" >"$work/new"
    LC_ALL=C comm -23 "$work/committed.texts" "$work/updated.texts" >"$work/vanished"
    LC_ALL=C awk -F'\t' '$1 == "unfinished"' "$work/committed" | cut -f2- >"$work/unfinished"
    local total
    total=$(wc -l <"$work/committed.texts")
    if [ ! -s "$work/new" ] && [ ! -s "$work/vanished" ] && [ ! -s "$work/unfinished" ]; then
        echo "PASS: $ts: its $total texts are the sources' texts, every one translated."
        return
    fi
    failed=yes
    echo "FAIL: $ts does not match the sources:"
    if [ -s "$work/new" ]; then
        echo "  $(wc -l <"$work/new") text(s) in the sources but not in the catalogue (new):"
        describe <"$work/new"
    fi
    if [ -s "$work/vanished" ]; then
        echo "  $(wc -l <"$work/vanished") text(s) in the catalogue but no longer in the sources (vanished):"
        describe <"$work/vanished"
    fi
    if [ -s "$work/unfinished" ]; then
        echo "  $(wc -l <"$work/unfinished") message(s) of the catalogue marked type=\"unfinished\":"
        describe <"$work/unfinished"
    fi
}

for language in el es de; do
    check "translations/commdesk_$language.ts"
done
check translations/commdesk_en.ts -pluralonly

if [ "$failed" = yes ]; then
    echo
    echo "Refresh the catalogues with \`cmake --build <build dir> --target update_translations\`, translate what is new" \
         "(Qt Linguist, or the .ts files by hand) and commit them."
    exit 1
fi
exit 0
