#!/usr/bin/env bash
# Scale benchmark on a synthetic 100-tag history, all in one run on the same machine:
#   floor      git cat-file --batch streaming the union of the C/Rust blobs of all tags
#   cold       oxidation count of all tags with an empty cache       (target <= 1.0x the floor)
#   warm       the same again, with the cache of the cold run        (target <= 0.1x cold)
#   new tag    one more tag appended, counted with the warm cache    (target <= 2x jvm start + the floor of its new blobs)
#   refresh    the same new tag counted in a session that has the others (File > Refresh in the window)
#   jvm start  java -jar oxidation.jar --version: what every fresh command pays before it reads anything;
#              the new tag's `count` is a fresh process, so its ratio is taken to jvm start + the floor
# each with -Xmx1g (target: completes) and its peak RSS.
# BENCH_COMMAND=PATH (e.g. target/app/oxidation/lib/app/oxidation-command, after -Papp package): the new
# tag and the jvm start are also timed through the installed command, on another copy of the warm cache.
# Usage: src/bench/scale-bench.sh KERNEL_REPO [BASE_TAG] [WORK_DIR] [JAR]
#   KERNEL_REPO  the shared fixture (shared/fixtures/kernel-history.sh); BASE_TAG default v6.12.117
#   WORK_DIR     where the synthetic history is written (default /tmp/oxidation-scale); reused if present
set -euo pipefail
kernel=$(cd "${1:?usage: scale-bench.sh KERNEL_REPO [BASE_TAG] [WORK_DIR] [JAR]}" && pwd)
base=${2:-v6.12.117}
work=${3:-/tmp/oxidation-scale}
jar=${4:-target/oxidation.jar}
tags=${BENCH_TAGS:-100}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work"
repo=$work/synthetic.git
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

if [[ ! -d $repo ]]; then
  echo "writing $tags synthetic tags from $base ..." >&2
  /usr/bin/time -f "generated in %e s" python3 "$here/synthetic-history.py" "$kernel" "$base" "$repo" --tags "$tags" 2>&1 | tail -n 1 >&2
fi
git -C "$repo" tag -d "v100.0.$((tags + 1))" >/dev/null 2>&1 || true   # a previous run's extra tag

source "$(dirname "$0")/lib.sh"

all_tags=$(git -C "$repo" tag | sort -V)
# shellcheck disable=SC2086
blobs $all_tags >"$tmp/union.ids"
echo "repository: $repo ($(echo $all_tags | wc -w) tags, $(du -sh "$repo" | cut -f1))"
echo "union of C/Rust blobs: $(wc -l <"$tmp/union.ids")"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo
git -C "$repo" cat-file --batch <"$tmp/union.ids" >/dev/null   # warm the page cache for both sides
timed floor-union git -C "$repo" cat-file --batch <"$tmp/union.ids"
timed cold java -Xmx1g -jar "$jar" count --repo "$repo" --cache-dir "$tmp/cache" --csv "$tmp/cold.csv"
timed warm java -Xmx1g -jar "$jar" count --repo "$repo" --cache-dir "$tmp/cache" --csv "$tmp/warm.csv"
cmp -s "$tmp/cold.csv" "$tmp/warm.csv" || { echo "warm CSV differs from cold" >&2; exit 1; }

python3 "$here/synthetic-history.py" "$kernel" "$base" "$repo" --start "$tags" --tags 1 2>/dev/null
new_tag=v100.0.$((tags + 1))
blobs "$new_tag" | comm -23 - "$tmp/union.ids" >"$tmp/new.ids"
echo "new tag $new_tag: $(wc -l <"$tmp/new.ids") new C/Rust blobs"
git -C "$repo" cat-file --batch <"$tmp/new.ids" >/dev/null
timed floor-new-tag git -C "$repo" cat-file --batch <"$tmp/new.ids"
cp -r "$tmp/cache" "$tmp/cache-refresh"
cp -r "$tmp/cache" "$tmp/cache-command"
timed new-tag java -Xmx1g -jar "$jar" count --repo "$repo" --cache-dir "$tmp/cache" --csv "$tmp/new.csv"
java -Xmx1g -jar "$jar" bench refresh --repo "$repo" --cache-dir "$tmp/cache-refresh" 2>/dev/null >"$tmp/refresh.out"
cat "$tmp/refresh.out"
sed -n 's/^refresh: .* in \([0-9.]*\) s .*/\1/p' "$tmp/refresh.out" >"$tmp/refresh"   # not the warm-up's line
timed jvm-start java -Xmx1g -jar "$jar" --version
awk -v a="$(cat "$tmp/jvm-start")" -v b="$(cat "$tmp/floor-new-tag")" 'BEGIN { print a + b }' >"$tmp/jvm-start+floor"
printf '%-28s %8.2f s\n' "jvm start + floor-new-tag" "$(cat "$tmp/jvm-start+floor")"
if [[ -n ${BENCH_COMMAND:-} ]]; then
  timed new-tag-command "$BENCH_COMMAND" count --repo "$repo" --cache-dir "$tmp/cache-command" --csv "$tmp/new-command.csv"
  cmp -s "$tmp/new.csv" "$tmp/new-command.csv" || { echo "the command's CSV differs from java -jar's" >&2; exit 1; }
  timed start-command "$BENCH_COMMAND" --version
  awk -v a="$(cat "$tmp/start-command")" -v b="$(cat "$tmp/floor-new-tag")" 'BEGIN { print a + b }' >"$tmp/start-command+floor"
fi
git -C "$repo" tag -d "$new_tag" >/dev/null
echo
echo "cold / floor(union)           = $(ratio cold floor-union)x   (target <= 1.0)"
echo "warm / cold                   = $(ratio warm cold)x   (target <= 0.1)"
echo "new tag / floor(its new blobs) = $(ratio new-tag floor-new-tag)x"
echo "new tag / (jvm start + floor(its new blobs)) = $(ratio new-tag jvm-start+floor)x   (target <= 2)"
echo "refresh / floor(its new blobs) = $(ratio refresh floor-new-tag)x   (in the window's open session)"
echo "jvm start / floor(its new blobs) = $(ratio jvm-start floor-new-tag)x"
if [[ -n ${BENCH_COMMAND:-} ]]; then
  echo "the installed command: new tag / (its start + floor(its new blobs)) = $(ratio new-tag-command start-command+floor)x;" \
    "new tag / (jvm start + floor) = $(ratio new-tag-command jvm-start+floor)x   (target <= 2)"
fi
