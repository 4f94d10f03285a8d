# Shared by the benchmark scripts: source it after setting $repo (the repository) and $tmp (a scratch dir).
blobs() { # blobs TAG... -> unique ids of regular .c/.h/.rs files
  for t in "$@"; do
    git -C "$repo" ls-tree -r --format='%(objectmode) %(objectname)	%(path)' "$t" |
      awk -F'\t' '$2 ~ /\.(c|h|rs)$/ { split($1, a, " "); if (a[1] == "100644" || a[1] == "100755") print a[2] }'
  done | sort -u
}
timed() { # timed NAME CMD... -> prints "NAME seconds peak-RSS" and keeps the seconds in $tmp/NAME
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; return 1; }
  read -r secs rss <"$tmp/time"
  printf '%-28s %8.2f s  %8d MB peak RSS\n' "$name" "$secs" $((rss / 1024))
  echo "$secs" >"$tmp/$name"
}
ratio() { awk -v a="$(cat "$tmp/$1")" -v b="$(cat "$tmp/$2")" 'BEGIN { printf "%.2f", a / b }'; }
