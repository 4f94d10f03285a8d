package org.oxidation.model;

import java.util.Objects;

/**
 * One counted file: its name (not its path), language, counts and its own {@link Origin}
 * ({@link Origin#INHERITED} unless the file itself says where it comes from, such as a generated-file
 * marker in its first lines). Immutable and thread-safe.
 */
public record FileStats(String name, String language, LineCounts counts, Origin origin) {

    public FileStats {
        Objects.requireNonNull(origin);
    }

    public FileStats(String name, String language, LineCounts counts) {
        this(name, language, counts, Origin.INHERITED);
    }

    /** The same file with another origin of its own. */
    public FileStats withOrigin(Origin newOrigin) {
        return newOrigin.equals(origin) ? this : new FileStats(name, language, counts, newOrigin);
    }
}
