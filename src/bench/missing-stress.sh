#!/usr/bin/env bash
# Stress benchmark (not a unit test): can cancellation, a tight heap or a failed read make Oxidation call
# a present object missing? Many cold runs of `count` on a large history (the 100-tag synthetic history
# of scale-bench.sh / synthetic-history.py), each with an empty cache, a tight heap and, in most runs, a
# Ctrl-C at a random moment. Every object a run reports missing ("blob ID is missing", "object ID of its
# tree is missing", "its object ID is missing") is checked with `git cat-file -e`: one that git finds is a
# false report. The result must be 0 false reports.
# Usage: src/bench/missing-stress.sh REPO [RUNS] [HEAP] [JAR]
#   RUNS  default 20; HEAP default 384m (the cold 100-tag run needs about 512m to finish: a tight heap);
#   MAX_CANCEL_SECONDS (env, default 40): cancels land uniformly in 1 .. MAX_CANCEL_SECONDS s; one run in
#   five is not cancelled. Every run after the first of a pair reuses the cache the cancelled run left,
#   so both cold starts and resumed runs are stressed.
set -euo pipefail
repo=$(cd "${1:?usage: missing-stress.sh REPO [RUNS] [HEAP] [JAR]}" && pwd)
runs=${2:-20}
heap=${3:-384m}
jar=${4:-target/oxidation.jar}
max_cancel=${MAX_CANCEL_SECONDS:-40}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

cancelled=0 finished=0 failed=0 oom=0 reported=0 false_missing=0 unreadable=0
printf '%-4s %-8s %-9s %-6s %s\n' run cancel exit tags outcome
for ((i = 1; i <= runs; i++)); do
  if ((i % 2 == 1)); then rm -rf "$tmp/cache"; fi          # odd runs start cold, even ones resume
  tenths=0
  if ((i % 5 != 0)); then tenths=$((10 + RANDOM % (max_cancel * 10))); fi
  delay=$( ((tenths > 0)) && echo "$((tenths / 10)).$((tenths % 10))" || true)
  # perl restores SIGINT's default action: a script in the background (or bash's own background jobs)
  # passes it on ignored, and a JVM started with SIGINT ignored never sees the Ctrl-C.
  perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV or die $!' java "-Xmx$heap" -jar "$jar" count --repo "$repo" --cache-dir "$tmp/cache" --csv "$tmp/out.csv" 2>"$tmp/err" &
  pid=$!
  if ((tenths > 0)); then
    for ((t = 0; t < tenths && $(kill -0 "$pid" 2>/dev/null && echo 1 || echo 0); t++)); do sleep 0.1; done
    kill -INT "$pid" 2>/dev/null || true
  fi
  set +e; wait "$pid"; code=$?; set -e
  tags=$(grep -c '^\[' "$tmp/err" || true)
  outcome=ok
  case $code in
    0) finished=$((finished + 1)) ;;
    130) cancelled=$((cancelled + 1)); outcome=cancelled ;;
    *) failed=$((failed + 1)); outcome="exit $code: $(grep -v '^\[' "$tmp/err" | tail -n 1)" ;;
  esac
  if grep -q 'OutOfMemoryError\|heap space' "$tmp/err"; then oom=$((oom + 1)); fi
  if grep -q 'cannot be read (blob' "$tmp/err"; then unreadable=$((unreadable + 1)); fi
  for id in $(grep -oE '(blob|object) [0-9a-f]{40}( of its tree)? is missing' "$tmp/err" | grep -oE '[0-9a-f]{40}' | sort -u); do
    reported=$((reported + 1))
    if git -C "$repo" cat-file -e "$id" 2>/dev/null; then
      false_missing=$((false_missing + 1))
      outcome="$outcome; FALSE MISSING $id"
    fi
  done
  printf '%-4s %-8s %-9s %-6s %s\n' "$i" "${delay:-none}" "$code" "$tags" "$outcome"
done
echo
echo "runs $runs (heap $heap): finished $finished, cancelled $cancelled, failed $failed (out of memory in $oom)"
echo "objects reported missing: $reported, of which git finds: $false_missing (must be 0)"
echo "runs with a blob reported unreadable: $unreadable"
((false_missing == 0))
