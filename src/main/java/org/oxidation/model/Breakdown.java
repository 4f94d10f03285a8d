package org.oxidation.model;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One snapshot's counts per subsystem and language, as a grouping sees them: the rows of the CSV.
 * Immutable and thread-safe.
 *
 * @param grouping the grouping that produced it ("kernel", "depth:2", "maintainers", ...)
 * @param rows     subsystem name → language → row counts
 */
public record Breakdown(String grouping, Map<String, Map<String, Row>> rows) {

    /**
     * The counts of one subsystem in one language, and how many of its lines lie in vendored and in
     * generated trees.
     */
    public record Row(LineCounts counts, long vendoredLines, long generatedLines) {
        public static final Row ZERO = new Row(LineCounts.ZERO, 0, 0);

        public Row plus(Row other) {
            return new Row(counts.plus(other.counts), vendoredLines + other.vendoredLines,
                    generatedLines + other.generatedLines);
        }
    }

    public Breakdown {
        TreeMap<String, Map<String, Row>> copy = new TreeMap<>();
        rows.forEach((subsystem, byLanguage) -> {
            TreeMap<String, Row> languages = new TreeMap<>(byLanguage);
            languages.values().removeIf(row -> row.counts().files() == 0);
            if (!languages.isEmpty()) {
                copy.put(subsystem, Collections.unmodifiableMap(languages));
            }
        });
        rows = Collections.unmodifiableMap(copy);
    }

    public Set<String> subsystems() {
        return rows.keySet();
    }

    public Row row(String subsystem, String language) {
        return rows.getOrDefault(subsystem, Map.of()).getOrDefault(language, Row.ZERO);
    }

    /** The counts of one language summed over all subsystems. */
    public LineCounts total(String language) {
        return rows.values().stream()
                .map(byLanguage -> byLanguage.getOrDefault(language, Row.ZERO).counts())
                .reduce(LineCounts.ZERO, LineCounts::plus);
    }

    /** The row of one language summed over all subsystems. */
    public Row totalRow(String language) {
        return rows.values().stream()
                .map(byLanguage -> byLanguage.getOrDefault(language, Row.ZERO))
                .reduce(Row.ZERO, Row::plus);
    }
}
