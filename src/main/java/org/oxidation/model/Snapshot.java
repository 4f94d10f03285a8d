package org.oxidation.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The counts of one sampled tag. A snapshot counted from a repository has the full directory tree
 * ({@link #root()}); one read back from a CSV file only has its per-subsystem {@link #loaded()} breakdown.
 * Immutable and thread-safe.
 *
 * @param tag       the tag name without {@code refs/tags/}
 * @param commitId  the peeled commit id (40 hex digits)
 * @param date      the commit's committer time with its offset
 * @param root      the counted tree, or null for a snapshot read from CSV
 * @param loaded    the breakdown read from CSV, or null for a snapshot counted from a repository
 * @param maintainers the text of the tag's top-level MAINTAINERS file, or null when it has none
 */
public record Snapshot(String tag, String commitId, OffsetDateTime date, DirStats root, Breakdown loaded,
                       String maintainers) {

    public Snapshot(String tag, String commitId, OffsetDateTime date, DirStats root, Breakdown loaded) {
        this(tag, commitId, date, root, loaded, null);
    }

    public Snapshot {
        Objects.requireNonNull(tag);
        Objects.requireNonNull(commitId);
        Objects.requireNonNull(date);
        if ((root == null) == (loaded == null)) {
            throw new IllegalArgumentException("a snapshot has either a tree or a loaded breakdown");
        }
    }

    public static Snapshot counted(String tag, String commitId, OffsetDateTime date, DirStats root) {
        return new Snapshot(tag, commitId, date, root, null);
    }

    public static Snapshot fromBreakdown(String tag, String commitId, OffsetDateTime date, Breakdown loaded) {
        return new Snapshot(tag, commitId, date, null, loaded);
    }

    public Snapshot withRoot(DirStats newRoot) {
        return new Snapshot(tag, commitId, date, newRoot, loaded, maintainers);
    }

    public Snapshot withMaintainers(String text) {
        return new Snapshot(tag, commitId, date, root, loaded, text);
    }

    public Optional<DirStats> tree() {
        return Optional.ofNullable(root);
    }

    public boolean hasFiles() {
        return root != null;
    }
}
