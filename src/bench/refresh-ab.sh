#!/bin/bash
# File → Refresh after one new tag against its floor, with and without the session readied first.
# usage: refresh-ab.sh REPO CACHE_DIR JAR [PAIRS]
#   REPO       a repository whose newest tag (by version) is the new one
#   CACHE_DIR  a count cache of REPO holding the other tags (copied afresh for every run, never written)
# Alternates: floor (git cat-file --batch over the new tag's C/Rust blobs that no other tag has),
# bench refresh --no-warm-up, floor, bench refresh --no-jit-wait (readied as a reopened window does, the
# Refresh at once: a jar before session 8 prints nothing for it), floor, bench refresh (readied, and the
# JIT's compilations of the warm-up done, as by the time a user chooses Refresh).
set -euo pipefail
repo=$1 cache=$2 jar=$3 pairs=${4:-3}
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/lib.sh"
tags=$(git -C "$repo" tag --sort=version:refname | grep -E '^v?[0-9]+(\.[0-9]+)+$')
newest=$(echo "$tags" | tail -1)
blobs $(echo "$tags" | sed '$d') >"$tmp/old.ids"
blobs "$newest" | comm -23 - "$tmp/old.ids" >"$tmp/new.ids"
echo "new tag $newest: $(wc -l <"$tmp/new.ids") new C/Rust blobs"
for i in $(seq 1 "$pairs"); do
  for mode in --no-warm-up --no-jit-wait ""; do
    rm -rf "$tmp/cache" && cp -r "$cache" "$tmp/cache"
    floor=$(/usr/bin/time -f '%e s (user %U s)' git -C "$repo" cat-file --batch <"$tmp/new.ids" 2>&1 >/dev/null)
    out=$(java -Xmx1g -jar "$jar" bench refresh --repo "$repo" --cache-dir "$tmp/cache" $mode 2>/dev/null | grep '^refresh:')
    echo "load $(cut -d' ' -f1 /proc/loadavg)  floor $floor  ${mode:-readied}  $out"
  done
done
