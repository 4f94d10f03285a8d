package org.oxidation.model;

/** One counted file: its name (not its path), language and counts. Immutable and thread-safe. */
public record FileStats(String name, String language, LineCounts counts) {
}
