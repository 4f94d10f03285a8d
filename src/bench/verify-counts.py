#!/usr/bin/env python3
"""Independent check of Oxidation's counts: files and lines per tag x top-level directory x language.

Reads every tag's tree with plain git (ls-tree -r + cat-file --batch), counts lines with the rule
"number of \\n bytes, plus 1 if the file is non-empty and does not end in \\n", and compares with the CSV
that `oxidation count --group depth:1` wrote. Only regular files (100644, 100755) with .c/.h (C) or .rs
(Rust) names count, case-sensitively. Optionally also checks vendored_lines (the directories whose
README.md starts with the kernel's "These source files come from the Rust `NAME` crate" sentence).

usage: verify-counts.py REPO OXIDATION_DEPTH1.csv [--vendored]
"""
import csv
import re
import subprocess
import sys
from collections import defaultdict

LANG = {".c": "C", ".h": "C", ".rs": "Rust"}
CONVENTION = re.compile(rb"\s*These source files come from the Rust `[^`]+` crate,\s+version")


def language(path):
    for ext, lang in LANG.items():
        if path.endswith(ext):
            return lang
    return None


def entries(repo, tag):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "-z", tag], check=True, capture_output=True).stdout
    for record in out.split(b"\0"):
        if not record:
            continue
        meta, path = record.split(b"\t", 1)
        mode, kind, oid = meta.split(b" ")
        yield mode.decode(), oid.decode(), path.decode("utf-8", "surrogateescape")


class Blobs:
    def __init__(self, repo):
        self.proc = subprocess.Popen(["git", "-C", repo, "cat-file", "--batch"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE)

    def read(self, oid):
        self.proc.stdin.write(oid.encode() + b"\n")
        self.proc.stdin.flush()
        header = self.proc.stdout.readline().split()
        size = int(header[2])
        data = self.proc.stdout.read(size)
        self.proc.stdout.read(1)
        return data


def line_count(data):
    n = data.count(b"\n")
    return n + 1 if data and not data.endswith(b"\n") else n


def vendored_dirs(repo, tag, blobs, all_entries):
    dirs = []
    for mode, oid, path in all_entries:
        if path.endswith("/README.md") and mode in ("100644", "100755"):
            lines = blobs.read(oid)[:1024].split(b"\n")[:5]
            for i in range(len(lines)):
                if CONVENTION.match(b" ".join(lines[i:i + 3])):
                    dirs.append(path[: -len("README.md")])
                    break
    return dirs


def main():
    repo, csv_path = sys.argv[1], sys.argv[2]
    check_vendored = "--vendored" in sys.argv
    ours = defaultdict(dict)
    for row in csv.DictReader(open(csv_path, newline="")):
        ours[row["tag"]][(row["subsystem"], row["language"])] = row
    blobs = Blobs(repo)
    memo = {}
    failures = 0
    for tag in ours:
        all_entries = list(entries(repo, tag))
        vendored = vendored_dirs(repo, tag, blobs, all_entries) if check_vendored else []
        theirs = defaultdict(lambda: [0, 0, 0])  # files, lines, vendored lines
        for mode, oid, path in all_entries:
            lang = language(path)
            if lang is None or mode not in ("100644", "100755"):
                continue
            if oid not in memo:
                memo[oid] = line_count(blobs.read(oid))
            top = path.split("/", 1)[0] if "/" in path else "(root)"
            t = theirs[(top, lang)]
            t[0] += 1
            t[1] += memo[oid]
            if any(path.startswith(d) for d in vendored):
                t[2] += memo[oid]
        keys = set(theirs) | set(ours[tag])
        bad = 0
        for key in sorted(keys):
            mine = ours[tag].get(key)
            got = (int(mine["files"]), int(mine["lines"]), int(mine.get("vendored_lines") or 0)) if mine else (0, 0, 0)
            want = tuple(theirs.get(key, [0, 0, 0]))
            if not check_vendored:
                got, want = got[:2], want[:2]
            if got != want:
                bad += 1
                print(f"MISMATCH {tag} {key}: oxidation {got} git {want}")
        total = [sum(v[i] for v in theirs.values()) for i in range(3)]
        print(f"{tag}: {len(keys)} directory x language rows, {total[0]} files, {total[1]} lines"
              + (f", {total[2]} vendored Rust/C lines" if check_vendored else "")
              + (" - all equal" if bad == 0 else f" - {bad} rows differ"))
        failures += bad
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
