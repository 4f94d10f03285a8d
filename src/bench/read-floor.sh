#!/usr/bin/env bash
# What part of the cold-count floor ratio is reading alone: alternating rounds, in one run, of
#   floor      git cat-file --batch over a tag's C/Rust blobs (what count-bench.sh calls the floor)
#   read-only  a fresh JVM that reads the same blobs as a cold count does (pack cache tuning, pack order,
#              one queue, a reader per thread) and counts their newlines, nothing else (ReadFloorBenchmark)
#   count      java -jar oxidation.jar count --no-cache of that tag (the JAR given, or BENCH_COMMAND)
# Usage: src/bench/read-floor.sh REPO TAG [ROUNDS] [JAR]   (after mvn -B package: needs target/test-classes)
set -euo pipefail
repo=$(cd "${1:?usage: read-floor.sh REPO TAG [ROUNDS] [JAR]}" && pwd)
tag=${2:?tag}
rounds=${3:-3}
jar=${4:-target/oxidation.jar}
heap=${BENCH_XMX:-768m}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/lib.sh"
cpu() { # cpu NAME CMD... -> like timed, and prints the user + system CPU seconds as well
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$tmp/cpu" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; return 1; }
  read -r secs user sys <"$tmp/cpu"
  printf '%-10s %6.2f s wall  %6.2f s CPU\n' "$name" "$secs" "$(echo "$user + $sys" | bc)"
  echo "$secs" >"$tmp/$name"
}
blobs "$tag" >"$tmp/ids"
echo "$tag: $(wc -l <"$tmp/ids") C/Rust blobs; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
git -C "$repo" cat-file --batch <"$tmp/ids" >/dev/null # the page cache, once
for r in $(seq 1 "$rounds"); do
  cpu "floor-$r" git -C "$repo" cat-file --batch <"$tmp/ids"
  cpu "read-$r" java -Xmx$heap -cp "$jar:target/test-classes" org.oxidation.git.ReadFloorBenchmark "$repo" "$tmp/ids"
  cpu "count-$r" java -Xmx$heap -jar "$jar" count --repo "$repo" --no-cache --tags "^${tag//./\\.}\$" \
      --csv "$tmp/one.csv"
  echo "round $r: read-only / floor = $(ratio "read-$r" "floor-$r")x, count / floor = $(ratio "count-$r" "floor-$r")x"
done
