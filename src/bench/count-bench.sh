#!/usr/bin/env bash
# Counting benchmark, all in one run on the same machine so the ratios hold on a shared, noisy box:
#   floor   = git cat-file --batch streaming the C/Rust blobs (of one tag, of the union of all tags)
#   cloc    = cloc --git TAG (what people use today), if cloc is installed
#   ours    = java -Xmx768m -jar target/oxidation.jar count (one tag; all tags; all tags again from the
#             count cache), a fresh JVM each time
# Usage: src/bench/count-bench.sh REPO [ONE_TAG] [JAR]      (build the jar first: mvn -B -DskipTests package)
set -euo pipefail
repo=$(cd "${1:?usage: count-bench.sh REPO [ONE_TAG] [JAR]}" && pwd)
jar=${3:-target/oxidation.jar}
pattern='^v?[0-9]+(\.[0-9]+)+$'
tags=$(git -C "$repo" tag | grep -E "$pattern" | sort -V)
one=${2:-$(echo "$tags" | tail -n 1)}
heap=${BENCH_XMX:-768m}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

blobs() { # blobs TAG... -> unique ids of regular .c/.h/.rs files
  for t in "$@"; do
    git -C "$repo" ls-tree -r --format='%(objectmode) %(objectname)	%(path)' "$t" |
      awk -F'\t' '$2 ~ /\.(c|h|rs)$/ { split($1, a, " "); if (a[1] == "100644" || a[1] == "100755") print a[2] }'
  done | sort -u
}
timed() { # timed NAME CMD... -> prints "NAME seconds rss_kb"
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
  read -r secs rss <"$work/time"
  printf '%-28s %8.2f s  %8d MB peak RSS\n' "$name" "$secs" $((rss / 1024))
  echo "$secs" >"$work/$name"
}
ratio() { awk -v a="$(cat "$work/$1")" -v b="$(cat "$work/$2")" 'BEGIN { printf "%.2f", a / b }'; }

blobs "$one" >"$work/one.ids"
# shellcheck disable=SC2086
blobs $tags >"$work/all.ids"
echo "repository: $repo"
echo "tags: $(echo $tags | wc -w) ($(echo $tags | tr '\n' ' '))"
echo "blobs: one tag ($one) $(wc -l <"$work/one.ids"), union of all tags $(wc -l <"$work/all.ids")"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo
# Warm the page cache once so that neither side pays for the first disk read.
git -C "$repo" cat-file --batch <"$work/all.ids" >/dev/null
timed floor-one git -C "$repo" cat-file --batch <"$work/one.ids"
timed floor-all git -C "$repo" cat-file --batch <"$work/all.ids"
timed oxidation-one java -Xmx$heap -jar "$jar" count --repo "$repo" --no-cache --tags "^${one//./\\.}\$" --csv "$work/one.csv"
timed oxidation-all java -Xmx$heap -jar "$jar" count --repo "$repo" --no-cache --csv "$work/all.csv"
java -Xmx$heap -jar "$jar" count --repo "$repo" --cache-dir "$work/cache" --csv "$work/fill.csv" 2>/dev/null
timed oxidation-warm java -Xmx$heap -jar "$jar" count --repo "$repo" --cache-dir "$work/cache" --csv "$work/warm.csv"
if command -v cloc >/dev/null && [[ -z ${BENCH_SKIP_CLOC:-} ]]; then
  (cd "$repo" && timed cloc-one cloc --git "$one" --include-lang='C,C/C++ Header,Rust' --quiet)
fi
echo
echo "one tag:   oxidation / floor = $(ratio oxidation-one floor-one)x   (target <= 1.0)"
echo "all tags:  oxidation / floor = $(ratio oxidation-all floor-all)x   (target <= 1.0)"
echo "warm re-run (count cache) / cold = $(ratio oxidation-warm oxidation-all)x   (target <= 0.1)"
[[ -f $work/cloc-one ]] && echo "cloc / oxidation (one tag) = $(ratio cloc-one oxidation-one)x faster   (target >= 20)"
true
