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
     * The counts of one subsystem in one language, how many of its lines and code lines lie in vendored
     * and in generated code, and the vendored projects those lines come from.
     *
     * @param vendoredFrom  vendored project name → version ("" when not stated), sorted by name
     * @param vendoredCode  the code lines among {@code vendoredLines}, or {@link #UNKNOWN} (a CSV written
     *                      before the column existed)
     * @param generatedCode the code lines among {@code generatedLines}, or {@link #UNKNOWN}
     */
    public record Row(LineCounts counts, long vendoredLines, long generatedLines, Map<String, String> vendoredFrom,
                      long vendoredCode, long generatedCode) {
        public static final Row ZERO = new Row(LineCounts.ZERO, 0, 0, Map.of(), 0, 0);

        /** A code-line count that is not known. */
        public static final long UNKNOWN = -1;

        public Row {
            vendoredFrom = vendoredFrom.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(vendoredFrom));
        }

        /** A row whose vendored and generated code lines are not known. */
        public Row(LineCounts counts, long vendoredLines, long generatedLines) {
            this(counts, vendoredLines, generatedLines, Map.of());
        }

        /** A row whose vendored and generated code lines are not known. */
        public Row(LineCounts counts, long vendoredLines, long generatedLines, Map<String, String> vendoredFrom) {
            this(counts, vendoredLines, generatedLines, vendoredFrom, vendoredLines == 0 ? 0 : UNKNOWN,
                    generatedLines == 0 ? 0 : UNKNOWN);
        }

        /**
         * The vendored code lines: exact when known, else the row's code lines scaled by its vendored
         * share of lines (an estimate, for CSVs written before the column existed).
         */
        public long vendoredCodeOrEstimate() {
            return vendoredCode != UNKNOWN ? vendoredCode : scaledCode(vendoredLines);
        }

        /** The generated code lines, exact when known, else estimated as {@link #vendoredCodeOrEstimate()} is. */
        public long generatedCodeOrEstimate() {
            return generatedCode != UNKNOWN ? generatedCode : scaledCode(generatedLines);
        }

        /** Whether the vendored and generated code lines are counted, not estimated. */
        public boolean originCodeKnown() {
            return vendoredCode != UNKNOWN && generatedCode != UNKNOWN;
        }

        private long scaledCode(long someLines) {
            return counts.lines() == 0 ? 0 : Math.round((double) counts.code() * someLines / counts.lines());
        }

        /** The vendored projects as one text, "syn@2.0.106;zstd" (the CSV's and caches' form), "" when none. */
        public String vendoredFromText() {
            StringBuilder text = new StringBuilder();
            vendoredFrom.forEach((name, version) -> text.append(text.length() == 0 ? "" : ";").append(name)
                    .append(version.isEmpty() ? "" : "@" + version));
            return text.toString();
        }

        /** Reads {@link #vendoredFromText()}'s form back. */
        public static Map<String, String> parseVendoredFrom(String text) {
            Map<String, String> from = new TreeMap<>();
            for (String item : text.split(";")) {
                String trimmed = item.strip();
                int at = trimmed.lastIndexOf('@');
                if (at > 0) {
                    from.put(trimmed.substring(0, at), trimmed.substring(at + 1));
                } else if (!trimmed.isEmpty()) {
                    from.put(trimmed, "");
                }
            }
            return from;
        }

        public Row plus(Row other) {
            Map<String, String> from = vendoredFrom;
            if (!other.vendoredFrom.isEmpty()) {
                from = new TreeMap<>(vendoredFrom);
                other.vendoredFrom.forEach(from::putIfAbsent);
            }
            return new Row(counts.plus(other.counts), vendoredLines + other.vendoredLines,
                    generatedLines + other.generatedLines, from, sumOrUnknown(vendoredCode, other.vendoredCode),
                    sumOrUnknown(generatedCode, other.generatedCode));
        }

        private static long sumOrUnknown(long a, long b) {
            return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : a + b;
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

    /** The vendored projects of every row, name → version (the first version met when rows disagree). */
    public Map<String, String> vendoredFrom() {
        TreeMap<String, String> all = new TreeMap<>();
        rows.values().forEach(byLanguage -> byLanguage.values().forEach(row -> row.vendoredFrom().forEach(all::putIfAbsent)));
        return all;
    }

    /** The row of one language summed over all subsystems. */
    public Row totalRow(String language) {
        return rows.values().stream()
                .map(byLanguage -> byLanguage.getOrDefault(language, Row.ZERO))
                .reduce(Row.ZERO, Row::plus);
    }
}
