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
 * The counted tree of the newest tag (by commit time) that a session sampled, in a small file of its own
 * beside the tree cache ({@code recent-rulesN.bin}), so that a run after a fetch can reuse the unchanged
 * subtrees and files of the tag before the new one without reading the tree cache, whose size grows with
 * the whole history, and a window can draw that tag's Treemap before the tree cache is loaded.
 *
 * <p>The file is a {@link SegmentFile} (magic {@code OXRT}) of two segments, rewritten whole on each save:
 * the tag (its root tree id, commit time in epoch seconds, name), then its tree in {@link TreeStore}'s
 * encoding, every directory that is a git tree keyed by its tree id and every file with its blob id. A
 * file that cannot be used (missing, damaged, of another format or counting rules) is ignored, with one
 * warning unless it is missing, and rewritten by the next save.
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

        /** Whether this tag is at least as recent as {@code other} (by commit time). */
        boolean notOlderThan(Tag other) {
            return epochSecond >= other.epochSecond;
        }
    }

    /** The tag and its counted trees (its root among them, by {@link Tag#tree()}). */
    record Loaded(Tag tag, TreeStore.Contents contents) {
    }

    private final SegmentFile segments;

    RecentTree(Path file, int rulesVersion) {
        this.segments = new SegmentFile(file, MAGIC, FORMAT, rulesVersion);
    }

    Path file() {
        return segments.file();
    }

    /** The tag and its tree, or empty when there is no usable file (one warning when there is an unusable one). */
    synchronized Optional<Loaded> load(Consumer<String> warn) {
        List<ByteBuffer> parts = read(warn);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        try {
            Tag tag = CacheFile.decodeSegment(parts.get(0), RecentTree::decodeTag);
            return Optional.of(new Loaded(tag, TreeStore.decodeWhole(parts.get(1))));
        } catch (CacheFile.Invalid e) {
            warn.accept(ignoring(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Only which tag the file holds (for deciding whether to rewrite it), or empty as {@link #load}. */
    synchronized Optional<Tag> loadTag(Consumer<String> warn) {
        List<ByteBuffer> parts = read(warn);
        try {
            return parts.isEmpty() ? Optional.empty() : Optional.of(CacheFile.decodeSegment(parts.get(0), RecentTree::decodeTag));
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
        segments.rewrite(List.of(out -> {
            byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
            tag.tree().copyRawTo(raw, 0);
            out.write(raw);
            out.writeLong(tag.epochSecond());
            CacheFile.writeString(out, tag.name());
        }, TreeStore.whole(trees, blobOf)));
    }

    /** The file's two segments, or none (with one warning for a file that is there but cannot be used). */
    private List<ByteBuffer> read(Consumer<String> warn) {
        SegmentFile.Contents contents;
        try {
            contents = segments.read();
        } catch (IOException e) {
            warn.accept("ignoring the recent tree " + file() + ": " + e.getMessage());
            return List.of();
        } catch (CacheFile.Invalid e) {
            warn.accept(ignoring(e.getMessage()));
            return List.of();
        }
        if (contents.damage() != null) {
            warn.accept(ignoring(contents.damage()));
            return List.of();
        }
        if (contents.segments().isEmpty()) {
            return List.of(); // no file yet
        }
        if (contents.segments().size() != 2) {
            warn.accept(ignoring("it has " + contents.segments().size() + " parts, not 2"));
            return List.of();
        }
        return contents.segments();
    }

    private String ignoring(String why) {
        return "ignoring the recent tree " + file() + ": " + why + "; it will be rewritten";
    }

    private static Tag decodeTag(ByteBuffer in) {
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        in.get(raw);
        long epochSecond = in.getLong();
        return new Tag(ObjectId.fromRaw(raw), epochSecond, CacheFile.readString(in));
    }
}
