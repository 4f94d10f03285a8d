#!/usr/bin/env python3
"""Independent check of Oxidation's counts: files and lines per tag x top-level directory x language.

Reads every tag's tree with plain git (ls-tree -r + cat-file --batch), counts lines with the rule
"number of \\n bytes, plus 1 if the file is non-empty and does not end in \\n", and compares with the CSV
that `oxidation count --group depth:1` wrote. Only regular files (100644, 100755) with .c/.h (C) or .rs
(Rust) names count, case-sensitively. Optionally also checks vendored_lines (the directories whose
README.md starts with the kernel's "These source files come from the Rust `NAME` crate" sentence).

With --origins PROFILE.json LANGUAGES.json it checks vendored_lines and generated_lines of a plain
`count --group depth:1` (no options) against its own reading of the four sources of origin, written
again here from their definitions: .gitattributes as `git check-attr --cached` answers for the tag's
tree (read into a temporary index, never the repository's), the profile's globs when the tag has every
file the profile is recognised by, README.md files with the crate or the standard-library sentence, and
the generated-file marker phrases of LANGUAGES.json in a file's first lines. Precedence: attributes,
profile, README, marker; a source marks code unless a higher one said it is not.

With --ref REF the CSV holds samples of `count --every ... --ref REF` (its tag column is each sample's
date): each sample's commit is found again with `git rev-list --first-parent --before=DATET00:00:00Z -1
REF` and must equal the CSV's commit column before its tree is counted.

usage: verify-counts.py REPO OXIDATION_DEPTH1.csv [--vendored | --origins PROFILE.json LANGUAGES.json] [--ref REF]
"""
import json
import os
import tempfile
import csv
import re
import subprocess
import sys
from collections import defaultdict

LANG = {".c": "C", ".h": "C", ".rs": "Rust"}
CONVENTION = re.compile(rb"\s*These source files come from the Rust `[^`]+` crate,\s+version")
STANDARD_LIBRARY = re.compile(rb"\s*These source files come from the Rust standard library\b")


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
                sentence = b" ".join(lines[i:i + 3])
                if CONVENTION.match(sentence) or (ORIGINS and STANDARD_LIBRARY.match(sentence)):
                    dirs.append(path[: -len("README.md")])
                    break
    return dirs


ORIGINS = "--origins" in sys.argv


def glob_regex(glob):
    """The profile's glob syntax: ** any number of components, * and ? within one; a trailing /** dropped."""
    if glob.endswith("/**"):
        glob = glob[:-3]
    out, i = "", 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif glob.startswith("**", i):
            out += ".*"
            i += 2
        elif glob[i] == "*":
            out += "[^/]*"
            i += 1
        elif glob[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(glob[i])
            i += 1
    return re.compile(out + r"\Z")


def ancestors_and_self(path):
    parts = path.split("/")
    return ["/".join(parts[:k]) for k in range(len(parts), 0, -1)]  # deepest first


def check_attr(repo, tag, paths):
    """path -> (vendored, generated), each True, False or None, as git check-attr reads the tag's tree."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, GIT_INDEX_FILE=os.path.join(tmp, "index"))
        subprocess.run(["git", "-C", repo, "read-tree", tag], check=True, env=env)
        out = subprocess.run(["git", "-C", repo, "check-attr", "--cached", "--stdin", "-z", "linguist-vendored",
                              "linguist-generated"], input="\0".join(paths).encode() + b"\0", check=True, env=env,
                             capture_output=True).stdout.split(b"\0")
    states = {}
    for k in range(0, len(out) - 2, 3):
        path, attr, value = out[k].decode("utf-8", "surrogateescape"), out[k + 1].decode(), out[k + 2].decode()
        verdict = None if value == "unspecified" else value not in ("unset", "false")
        v, g = states.get(path, (None, None))
        states[path] = (verdict, g) if attr == "linguist-vendored" else (v, verdict)
    return states


def origin_kind(path, attrs, profile_entries, readme_dirs, marked):
    """'vendored', 'generated' or 'written' for one file, by the stated precedence."""
    vendored, generated = attrs.get(path, (None, None))
    if vendored:
        return "vendored"
    if generated:
        return "generated"
    for kind, regexes in profile_entries:
        if any(r.match(p) for r in regexes for p in ancestors_and_self(path)):
            wanted = vendored if kind == "vendored" else generated
            return kind if wanted is None else "written"
    if vendored is None and any(path.startswith(d) for d in readme_dirs):
        return "vendored"
    if generated is None and marked:
        return "generated"
    return "written"


def main():
    repo, csv_path = sys.argv[1], sys.argv[2]
    check_vendored = "--vendored" in sys.argv or ORIGINS
    profile = markers = None
    if ORIGINS:
        at = sys.argv.index("--origins")
        profile = json.load(open(sys.argv[at + 1]))
        rules = json.load(open(sys.argv[at + 2]))["generatedMarkers"]
        markers = (rules["lines"], [p.lower().encode() for p in rules["phrases"]])
    ours = defaultdict(dict)
    for row in csv.DictReader(open(csv_path, newline="")):
        ours[row["tag"]][(row["subsystem"], row["language"])] = row
    blobs = Blobs(repo)
    memo = {}
    failures = 0
    ref = sys.argv[sys.argv.index("--ref") + 1] if "--ref" in sys.argv else None
    if not ours:
        # An empty or headless CSV (a count that failed) would otherwise pass with nothing compared.
        sys.exit(f"verify-counts: {sys.argv[2] if len(sys.argv) > 2 else 'the CSV'} has no rows to check")
    for tag in ours:
        treeish = tag
        if ref:
            treeish = subprocess.run(["git", "-C", repo, "rev-list", "--first-parent", f"--before={tag}T00:00:00Z",
                                      "-1", ref], check=True, capture_output=True, text=True).stdout.strip()
            csv_commit = next(iter(ours[tag].values()))["commit"]
            if treeish != csv_commit:
                print(f"MISMATCH {tag}: oxidation sampled {csv_commit}, git rev-list gives {treeish or 'nothing'}")
                failures += 1
                continue
        all_entries = list(entries(repo, treeish))
        vendored = vendored_dirs(repo, tag, blobs, all_entries) if check_vendored else []
        theirs = defaultdict(lambda: [0, 0, 0, 0])  # files, lines, vendored lines, generated lines
        counted = [(mode, oid, path) for mode, oid, path in all_entries
                   if language(path) is not None and mode in ("100644", "100755")]
        entries_of_profile, attrs = [], {}
        if ORIGINS:
            present = {path for _, _, path in all_entries}
            if all(p in present for p in profile["recognisedBy"]):
                entries_of_profile = [(e["kind"], [glob_regex(g) for g in e["paths"]]) for e in profile["entries"]]
            attrs = check_attr(repo, treeish, [path for _, _, path in counted])
        per_kind = defaultdict(int)
        for mode, oid, path in counted:
            lang = language(path)
            if oid not in memo:
                data = blobs.read(oid)
                head = b"\n".join(data[:4096].split(b"\n")[:markers[0]]).lower() if markers else b""
                memo[oid] = (line_count(data), bool(markers) and any(p in head for p in markers[1]))
            lines, marked = memo[oid]
            top = path.split("/", 1)[0] if "/" in path else "(root)"
            t = theirs[(top, lang)]
            t[0] += 1
            t[1] += lines
            if ORIGINS:
                kind = origin_kind(path, attrs, entries_of_profile, vendored, marked)
                t[2] += lines if kind == "vendored" else 0
                t[3] += lines if kind == "generated" else 0
                per_kind[(kind, lang)] += lines
            elif any(path.startswith(d) for d in vendored):
                t[2] += lines
        keys = set(theirs) | set(ours[tag])
        bad = 0
        for key in sorted(keys):
            mine = ours[tag].get(key)
            got = (int(mine["files"]), int(mine["lines"]), int(mine.get("vendored_lines") or 0),
                   int(mine.get("generated_lines") or 0)) if mine else (0, 0, 0, 0)
            want = tuple(theirs.get(key, [0, 0, 0, 0]))
            width = 4 if ORIGINS else 3 if check_vendored else 2
            got, want = got[:width], want[:width]
            if got != want:
                bad += 1
                print(f"MISMATCH {tag} {key}: oxidation {got} git {want}")
        total = [sum(v[i] for v in theirs.values()) for i in range(4)]
        print(f"{tag}: {len(keys)} directory x language rows, {total[0]} files, {total[1]} lines"
              + (f", {total[2]} vendored Rust/C lines" if check_vendored and not ORIGINS else "")
              + ("".join(f", {kind} {lang} {per_kind[(kind, lang)]}" for kind in ("vendored", "generated")
                         for lang in ("Rust", "C")) if ORIGINS else "")
              + (" - all equal" if bad == 0 else f" - {bad} rows differ"))
        failures += bad
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
