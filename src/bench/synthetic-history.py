#!/usr/bin/env python3
"""Writes a synthetic kernel-like history for the scale benchmark (not used by the tests CI runs).

Starts from one real kernel tree (a tag of the shared fixture) and writes N more tags with git
fast-import. Each tag changes a realistic share of the files: --change (default 2%) of the C and Rust
files get a few lines appended, --new (0.3%) new C files appear as edited copies of others, --delete
(0.1%) disappear, and Rust grows: every tag adds --rust-new (3) new .rs files copied from the base
tree's Rust files into driver directories. Lightweight tags v100.0.1 ... v100.0.N, one commit each.

The new repository borrows the base repository's objects while it is written, then repacks them into
its own pack and drops the borrowing, so it is self-contained and packed like a real clone.

usage: synthetic-history.py BASE_REPO BASE_TAG DEST [--tags N] [--seed S] [--start K]
       --start K appends tags K+1 .. K+N to an existing DEST (for the "one new tag" measurement)
"""
import argparse
import os
import random
import subprocess
import sys


def ls_tree(repo, rev):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "-z", rev], check=True, capture_output=True).stdout
    files = {}
    for record in out.split(b"\0"):
        if record:
            meta, path = record.split(b"\t", 1)
            mode, _, oid = meta.split(b" ")
            files[path] = (mode, oid)
    return files


class Reader:
    def __init__(self, repo):
        self.proc = subprocess.Popen(["git", "-C", repo, "cat-file", "--batch"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE)

    def read(self, oid):
        self.proc.stdin.write(oid + b"\n")
        self.proc.stdin.flush()
        size = int(self.proc.stdout.readline().split()[2])
        data = self.proc.stdout.read(size)
        self.proc.stdout.read(1)
        return data


def main():
    p = argparse.ArgumentParser()
    p.add_argument("base_repo")
    p.add_argument("base_tag")
    p.add_argument("dest")
    p.add_argument("--tags", type=int, default=100)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--start", type=int, default=0)
    p.add_argument("--change", type=float, default=0.02)
    p.add_argument("--new", type=float, default=0.003)
    p.add_argument("--delete", type=float, default=0.001)
    p.add_argument("--rust-new", type=int, default=3)
    a = p.parse_args()
    base = os.path.abspath(a.base_repo)
    dest = os.path.abspath(a.dest)
    if a.start == 0:
        subprocess.run(["git", "init", "-q", "--bare", dest], check=True)
    os.makedirs(os.path.join(dest, "objects", "info"), exist_ok=True)
    alternates = os.path.join(dest, "objects", "info", "alternates")
    with open(alternates, "w") as f:
        f.write(os.path.join(base, ".git", "objects") if os.path.isdir(os.path.join(base, ".git")) else os.path.join(base, "objects"))
        f.write("\n")

    random.seed(a.seed)  # replaying tags 1..start with the same draws rebuilds their exact state
    base_files = ls_tree(base, a.base_tag)
    base_rust = [p for p in base_files if p.endswith(b".rs")]
    # Every file is (mode, base blob id, appended suffixes): its content is the base blob plus the
    # suffixes, so no tag ever needs to read back what an earlier tag wrote.
    files = {path: (mode, oid, b"") for path, (mode, oid) in base_files.items() if mode != b"160000"}
    reader = Reader(base)
    for n in range(1, a.start + 1):  # replay earlier tags' edits without writing them
        edit(files, base_rust, n, a, base_files, write=None)
    fi = subprocess.Popen(["git", "-C", dest, "fast-import", "--quiet", "--force"], stdin=subprocess.PIPE)
    out = fi.stdin
    for n in range(a.start + 1, a.start + a.tags + 1):
        out.write(b"commit refs/heads/main\n")
        out.write(b"committer synthetic <synthetic@localhost> %d +0000\n" % (1_700_000_000 + n * 7 * 86400))
        msg = b"synthetic tag %d" % n
        out.write(b"data %d\n%s\n" % (len(msg), msg))
        if n == a.start + 1 and a.start > 0:
            out.write(b"from refs/tags/v100.0.%d\n" % a.start)
        if n == 1:
            for path, (mode, oid, _) in files.items():
                out.write(b"M " + mode + b" " + oid + b" " + quote(path) + b"\n")

        def write(path, entry):
            if entry is None:
                out.write(b"D " + quote(path) + b"\n")
            else:
                data = reader.read(entry[1]) + entry[2]
                out.write(b"M 100644 inline " + quote(path) + b"\n")
                out.write(b"data %d\n" % len(data) + data + b"\n")

        written, deleted = edit(files, base_rust, n, a, base_files, write)
        out.write(b"reset refs/tags/v100.0.%d\nfrom refs/heads/main\n\n" % n)
        print(f"v100.0.{n}: {written} files written, {deleted} deleted", file=sys.stderr)
    out.close()
    fi.wait()
    if fi.returncode:
        sys.exit("fast-import failed")
    subprocess.run(["git", "-C", dest, "repack", "-a", "-d", "-q"], check=True)
    os.remove(alternates)
    subprocess.run(["git", "-C", dest, "fsck", "--connectivity-only", "--no-dangling"], check=True)


def edit(files, base_rust, n, a, base_files, write):
    """Applies tag n's changes to files; calls write(path, entry or None) for each change."""
    counted = sorted(p for p in files if p.endswith((b".c", b".h", b".rs")))
    changed = random.sample(counted, int(len(counted) * a.change))
    copied = random.sample(counted, int(len(counted) * a.new))
    deleted = set(random.sample(counted, int(len(counted) * a.delete))) - set(changed) - set(copied)
    updates = {}
    for path in changed:
        mode, oid, suffix = files[path]
        updates[path] = (b"100644", oid, suffix + b"/* synthetic change %d */\nint synthetic_%d;\n" % (n, n))
    for i, path in enumerate(copied):
        stem, ext = path.rsplit(b".", 1)
        mode, oid, suffix = files[path]
        updates[stem + b"_v%d_%d." % (n, i) + ext] = (b"100644", oid, suffix + b"/* copy %d */\n" % n)
    for i in range(a.rust_new):
        src = random.choice(base_rust)
        updates[b"drivers/synthetic/rust_v%d_%d.rs" % (n, i)] = (b"100644", base_files[src][1], b"// grown at tag %d\n" % n)
    for path in deleted:
        files.pop(path)
        if write:
            write(path, None)
    for path, entry in updates.items():
        files[path] = entry
        if write:
            write(path, entry)
    return len(updates), len(deleted)


def quote(path):
    if any(c in path for c in (b'"', b"\n", b"\\")) or path.startswith(b" "):
        return b'"' + path.replace(b"\\", b"\\\\").replace(b'"', b'\\"').replace(b"\n", b"\\n") + b'"'
    return path


if __name__ == "__main__":
    main()
