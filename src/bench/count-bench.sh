#!/usr/bin/env bash
# Counting benchmark, all in one run on the same machine so the ratios hold on a shared, noisy box:
#   floor   = git cat-file --batch streaming the C/Rust blobs (of one tag, of the union of all tags)
#   cloc    = cloc --git TAG (what people use today), if cloc is installed
#   ours    = java -Xmx768m -jar target/oxidation.jar count (one tag; all tags; all tags again from the
#             count cache), a fresh JVM each time; BENCH_JAVA_OPTS adds JVM options, e.g.
#             BENCH_JAVA_OPTS=-XX:TieredStopAtLevel=1 for the compiler the installed app uses (C1 alone)
# Usage: src/bench/count-bench.sh REPO [ONE_TAG] [JAR]      (build the jar first: mvn -B -DskipTests package)
set -euo pipefail
repo=$(cd "${1:?usage: count-bench.sh REPO [ONE_TAG] [JAR]}" && pwd)
jar=${3:-target/oxidation.jar}
pattern='^v?[0-9]+(\.[0-9]+)+$'
tags=$(git -C "$repo" tag | grep -E "$pattern" | sort -V)
one=${2:-$(echo "$tags" | tail -n 1)}
heap=${BENCH_XMX:-768m}
read -r -a jvm <<<"${BENCH_JAVA_OPTS:-}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

source "$(dirname "$0")/lib.sh"

blobs "$one" >"$tmp/one.ids"
# shellcheck disable=SC2086
blobs $tags >"$tmp/all.ids"
echo "repository: $repo"
echo "tags: $(echo $tags | wc -w) ($(echo $tags | tr '\n' ' '))"
echo "blobs: one tag ($one) $(wc -l <"$tmp/one.ids"), union of all tags $(wc -l <"$tmp/all.ids")"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1)${BENCH_JAVA_OPTS:+, JVM options $BENCH_JAVA_OPTS}"
echo
# Warm the page cache once so that neither side pays for the first disk read.
git -C "$repo" cat-file --batch <"$tmp/all.ids" >/dev/null
timed floor-one git -C "$repo" cat-file --batch <"$tmp/one.ids"
timed floor-all git -C "$repo" cat-file --batch <"$tmp/all.ids"
timed oxidation-one java -Xmx$heap "${jvm[@]}" -jar "$jar" count --repo "$repo" --no-cache --tags "^${one//./\\.}\$" --csv "$tmp/one.csv"
timed oxidation-all java -Xmx$heap "${jvm[@]}" -jar "$jar" count --repo "$repo" --no-cache --csv "$tmp/all.csv"
java -Xmx$heap "${jvm[@]}" -jar "$jar" count --repo "$repo" --cache-dir "$tmp/cache" --csv "$tmp/fill.csv" 2>/dev/null
timed oxidation-warm java -Xmx$heap "${jvm[@]}" -jar "$jar" count --repo "$repo" --cache-dir "$tmp/cache" --csv "$tmp/warm.csv"
if command -v cloc >/dev/null && [[ -z ${BENCH_SKIP_CLOC:-} ]]; then
  (cd "$repo" && timed cloc-one cloc --git "$one" --include-lang='C,C/C++ Header,Rust' --quiet)
fi
echo
echo "one tag:   oxidation / floor = $(ratio oxidation-one floor-one)x   (target <= 1.0)"
echo "all tags:  oxidation / floor = $(ratio oxidation-all floor-all)x   (target <= 1.0)"
echo "warm re-run (count cache) / cold = $(ratio oxidation-warm oxidation-all)x   (target <= 0.1)"
[[ -f $tmp/cloc-one ]] && echo "cloc / oxidation (one tag) = $(ratio cloc-one oxidation-one)x faster   (target >= 20)"
true
