package org.oxidation.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;

/**
 * The counted tree of the last tag a session sampled (see {@link RecentTreeKeeper}), in a small file of its own
 * beside the tree cache ({@code recent-rulesN.bin}), so that a run after a fetch can reuse the unchanged
 * subtrees and files of the tag before the new one without reading the tree cache, whose size grows with
 * the whole history, and a window can draw that tag's Treemap before the tree cache is loaded.
 *
 * <p>The file is a {@link SegmentFile} (magic {@code OXRT}): the tag (its root tree id, commit time in
 * epoch seconds, name), then its tree in {@link TreeStore}'s encoding, every directory that is a git tree
 * keyed by its tree id and every file with its blob id; then, one segment per later save, a newer tag and
 * the part of its tree the file lacks (the same encoding, numbered on from the segments before it). So a
 * run after a fetch, whose sampler shares the unchanged nodes it read from this file, appends its tag's
 * changes instead of encoding the whole tree again (100,000 files: a few tenths of a second of a
 * processor); the last segment's tag is the file's. The file is rewritten whole, as two segments, when
 * the appended parts would reach a quarter of the whole tree's bytes (the tags they replaced are decoded
 * on every load), when none of the tree is what this object read (a session that sampled from the tree
 * cache), or when another process changed the file. A file that cannot be used (missing, damaged, of
 * another format or counting rules) is ignored, with one warning unless it is missing, and rewritten by
 * the next save.
 *
 * <p>Thread-safe: loads and saves are synchronized.
 */
final class RecentTree {

    private static final int MAGIC = 0x4F585254; // "OXRT"
    /** The tree segment is {@link TreeStore}'s encoding: its format is part of this one. */
    private static final int FORMAT = 1 << 8 | TreeStore.FORMAT;

    /** Which tag the file holds. */
    record Tag(ObjectId tree, long epochSecond, String name) {
        static Tag of(ReleaseTag tag) {
            return new Tag(tag.tree(), tag.date().toEpochSecond(), tag.name());
        }
    }

    /** The tag and its counted trees (its root among them, by {@link Tag#tree()}). */
    record Loaded(Tag tag, TreeStore.Contents contents) {
    }

    /** The appended parts may reach this share of the whole tree's bytes before the file is rewritten. */
    private static final int APPENDED_SHARE = 4;

    private final SegmentFile segments;
    /** Numbers the nodes and files read from the file or written to it, so that a save appends only new ones. */
    private final TreeStore parts = new TreeStore(Path.of(""), 0);
    /** Where the file stood when read or last written by this object: appending is only safe onto that. */
    private SegmentFile.State state = SegmentFile.State.REWRITE;
    private long wholeBytes;
    private long appendedBytes;

    RecentTree(Path file, int rulesVersion) {
        this.segments = new SegmentFile(file, MAGIC, FORMAT, rulesVersion);
    }

    Path file() {
        return segments.file();
    }

    /** The tag and its tree, or empty when there is no usable file (one warning when there is an unusable one). */
    synchronized Optional<Loaded> load(Consumer<String> warn) {
        SegmentFile.Contents contents = read(warn);
        if (contents == null) {
            return Optional.empty();
        }
        List<ByteBuffer> read = contents.segments();
        try {
            Tag tag = CacheFile.decodeSegment(read.get(0), RecentTree::decodeTag);
            wholeBytes = read.get(1).remaining();
            CacheFile.decodeSegment(read.get(1), in -> {
                parts.decodePart(in);
                return null;
            });
            appendedBytes = 0;
            for (ByteBuffer appended : read.subList(2, read.size())) {
                appendedBytes += appended.remaining();
                tag = CacheFile.decodeSegment(appended, in -> {
                    Tag newer = decodeTag(in);
                    parts.decodePart(in);
                    return newer;
                });
            }
            TreeStore.Contents trees = parts.decodedParts();
            state = contents.state();
            return Optional.of(new Loaded(tag, trees));
        } catch (CacheFile.Invalid e) {
            parts.forgetParts();
            warn.accept(ignoring(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Only which tag the file holds (for deciding whether to rewrite it), or empty as {@link #load}. */
    synchronized Optional<Tag> loadTag(Consumer<String> warn) {
        SegmentFile.Contents contents = read(warn);
        try {
            if (contents == null) {
                return Optional.empty();
            }
            List<ByteBuffer> read = contents.segments();
            // The last appended segment's tag, before its part of the tree (not decoded here).
            return Optional.of(read.size() == 2 ? CacheFile.decodeSegment(read.get(0), RecentTree::decodeTag)
                    : decodeTagOnly(read.get(read.size() - 1)));
        } catch (CacheFile.Invalid e) {
            warn.accept(ignoring(e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Replaces the file with this tag and its trees: {@code trees} maps the tree id of every directory of
     * the tag that has one (the root's is the tag's) to its counted node; {@code blobOf} gives a file's blob.
     */
    synchronized void save(Tag tag, Map<ObjectId, DirStats> trees, Function<FileStats, ObjectId> blobOf) throws IOException {
        if (!trees.containsKey(tag.tree())) {
            throw new IllegalArgumentException("the trees of " + tag.name() + " lack its root");
        }
        try {
            if (state.appendable() && parts.heldOf(trees) > 0) {
                byte[] part = part(tag, trees, blobOf);
                if ((appendedBytes + part.length) * APPENDED_SHARE <= wholeBytes) {
                    SegmentFile.State appended = segments.append(state, out -> out.write(part));
                    if (appended != null) {
                        appendedBytes += part.length;
                        state = appended;
                        return;
                    }
                }
            }
            parts.forgetParts();
            long[] treeBytes = new long[1];
            state = segments.rewrite(List.of(out -> writeTag(tag, out), out -> {
                int start = out.size();
                parts.encodePart(trees, blobOf, out);
                treeBytes[0] = out.size() - start;
            }));
            wholeBytes = treeBytes[0];
            appendedBytes = 0;
        } catch (IOException | RuntimeException e) {
            parts.forgetParts(); // the numbering may not match the file: the next save rewrites it
            state = SegmentFile.State.REWRITE;
            throw e;
        }
    }

    /** The tag and the part of its trees that the file lacks, as an appended segment holds them. */
    private byte[] part(Tag tag, Map<ObjectId, DirStats> trees, Function<FileStats, ObjectId> blobOf) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            writeTag(tag, out);
            parts.encodePart(trees, blobOf, out);
        }
        return bytes.toByteArray();
    }

    private static void writeTag(Tag tag, java.io.DataOutputStream out) throws IOException {
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        tag.tree().copyRawTo(raw, 0);
        out.write(raw);
        out.writeLong(tag.epochSecond());
        CacheFile.writeString(out, tag.name());
    }

    /**
     * The file's segments (at least the first tag and its tree), or null (with one warning for a file that
     * is there but cannot be used).
     */
    private SegmentFile.Contents read(Consumer<String> warn) {
        SegmentFile.Contents contents;
        try {
            contents = segments.read();
        } catch (IOException e) {
            warn.accept("ignoring the recent tree " + file() + ": " + e.getMessage());
            return null;
        } catch (CacheFile.Invalid e) {
            warn.accept(ignoring(e.getMessage()));
            return null;
        }
        if (contents.damage() != null) {
            warn.accept(ignoring(contents.damage()));
            return null;
        }
        if (contents.segments().isEmpty()) {
            return null; // no file yet
        }
        if (contents.segments().size() < 2) {
            warn.accept(ignoring("it has " + contents.segments().size() + " part, not 2 or more"));
            return null;
        }
        return contents;
    }

    private String ignoring(String why) {
        return "ignoring the recent tree " + file() + ": " + why + "; it will be rewritten";
    }

    /** The tag an appended segment starts with, the rest of it left unread. */
    private static Tag decodeTagOnly(ByteBuffer segment) {
        try {
            return decodeTag(segment.duplicate());
        } catch (RuntimeException e) {
            throw new CacheFile.Invalid("it is corrupt (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Tag decodeTag(ByteBuffer in) {
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        in.get(raw);
        long epochSecond = in.getLong();
        return new Tag(ObjectId.fromRaw(raw), epochSecond, CacheFile.readString(in));
    }
}
