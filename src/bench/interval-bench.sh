#!/usr/bin/env bash
# Interval sampling benchmark, in one run on the same machine: N monthly samples of a branch
# (count --every 1m) against the floor of reading the union of their C/Rust blobs with git cat-file --batch.
#   floor  = git cat-file --batch streaming the union of the samples' .c/.h/.rs blobs
#   ours   = java -jar target/oxidation.jar count --every 1m --since SINCE --ref REF --no-cache (fresh JVM)
#   warm   = the same with a filled cache
# Usage: src/bench/interval-bench.sh REPO REF SINCE [JAR]   e.g. librsvg main 2018-01-01 (about 100 months)
set -euo pipefail
repo=$(cd "${1:?usage: interval-bench.sh REPO REF SINCE [JAR]}" && pwd)
ref=${2:?REF}
since=${3:?SINCE}
jar=${4:-target/oxidation.jar}
heap=${BENCH_XMX:-768m}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
source "$(dirname "$0")/lib.sh"

java -jar "$jar" count --repo "$repo" --no-cache --every 1m --since "$since" --ref "$ref" --csv "$tmp/list.csv" 2>/dev/null
commits=$(tail -n +2 "$tmp/list.csv" | cut -d, -f2 | sort -u)
samples=$(tail -n +2 "$tmp/list.csv" | cut -d, -f1 | sort -u | wc -l)
# shellcheck disable=SC2086
blobs $commits >"$tmp/all.ids"
echo "repository: $repo, $ref, every month since $since"
echo "samples: $samples ($(echo "$commits" | wc -l) distinct commits), union of their blobs: $(wc -l <"$tmp/all.ids")"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo
git -C "$repo" cat-file --batch <"$tmp/all.ids" >/dev/null # warm the page cache for both sides
timed floor git -C "$repo" cat-file --batch <"$tmp/all.ids"
timed oxidation-monthly java -Xmx$heap -jar "$jar" count --repo "$repo" --no-cache --every 1m --since "$since" --ref "$ref" --csv "$tmp/cold.csv"
java -Xmx$heap -jar "$jar" count --repo "$repo" --cache-dir "$tmp/cache" --every 1m --since "$since" --ref "$ref" --csv "$tmp/fill.csv" 2>/dev/null
timed oxidation-warm java -Xmx$heap -jar "$jar" count --repo "$repo" --cache-dir "$tmp/cache" --every 1m --since "$since" --ref "$ref" --csv "$tmp/warm.csv"
timed jvm-start java -jar "$jar" --version
cmp -s "$tmp/cold.csv" "$tmp/warm.csv" && echo "warm CSV equals the cold one" || echo "warm CSV DIFFERS"
echo
echo "monthly samples / floor = $(ratio oxidation-monthly floor)x"
echo "warm re-run / cold = $(ratio oxidation-warm oxidation-monthly)x"
