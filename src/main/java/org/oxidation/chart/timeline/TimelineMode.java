package org.oxidation.chart.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.oxidation.chart.Metric;
import org.oxidation.layout.TopN;
import org.oxidation.model.Breakdown;
import org.oxidation.chart.Hue;

/**
 * What the timeline stacks: each mode turns the per-tag breakdowns into named series (bottom first, one
 * value per tag) and names their colours. Stateless and thread-safe.
 */
public enum TimelineMode {

    C_VS_RUST("C vs Rust", "C and Rust %s") {
        @Override
        Map<String, long[]> series(List<Breakdown> tags, Metric metric) {
            Map<String, long[]> series = new LinkedHashMap<>();
            series.put(C, perTag(tags, breakdown -> metric.of(breakdown.total(C))));
            series.put(RUST, perTag(tags, breakdown -> metric.of(breakdown.total(RUST))));
            return series;
        }

        @Override
        Hue colour(String series, int index) {
            return series.equals(RUST) ? Hue.RUST : Hue.C;
        }
    },

    RUST_BY_SUBSYSTEM("Rust by subsystem", "Rust %s by subsystem") {
        @Override
        Map<String, long[]> series(List<Breakdown> tags, Metric metric) {
            return bySubsystem(tags, RUST, metric);
        }
    },

    C_BY_SUBSYSTEM("C by subsystem", "C %s by subsystem") {
        @Override
        Map<String, long[]> series(List<Breakdown> tags, Metric metric) {
            return bySubsystem(tags, C, metric);
        }
    },

    RUST_PLACEMENT("Rust placement", "Where the Rust %s are") {
        @Override
        Map<String, long[]> series(List<Breakdown> tags, Metric metric) {
            Map<String, long[]> series = new LinkedHashMap<>();
            for (String place : PLACES) {
                series.put(place, perTag(tags, breakdown -> breakdown.subsystems().stream()
                        .filter(subsystem -> placeOf(subsystem).equals(place))
                        .mapToLong(subsystem -> metric.of(breakdown.row(subsystem, RUST).counts()))
                        .sum()));
            }
            return series;
        }
    },

    RUST_ORIGIN("Rust: written vs vendored", "Rust lines written for the project vs vendored crates") {
        @Override
        Map<String, long[]> series(List<Breakdown> tags, Metric metric) {
            return byOrigin(tags, RUST);
        }

        @Override
        Hue colour(String series, int index) {
            return originColour(series, Hue.RUST);
        }
    },

    C_ORIGIN("C: written vs generated and vendored", "C lines written for the project vs generated and vendored code") {
        @Override
        Map<String, long[]> series(List<Breakdown> tags, Metric metric) {
            return byOrigin(tags, C);
        }

        @Override
        Hue colour(String series, int index) {
            return originColour(series, Hue.C);
        }
    };

    /**
     * One language's lines split by origin: written, vendored and generated (the latter two only when
     * some tag has them). Origins are measured in lines, so these modes always count lines.
     */
    private static Map<String, long[]> byOrigin(List<Breakdown> tags, String language) {
        Map<String, long[]> series = new LinkedHashMap<>();
        series.put(WRITTEN, perTag(tags, breakdown -> {
            Breakdown.Row row = breakdown.totalRow(language);
            return row.counts().lines() - row.vendoredLines() - row.generatedLines();
        }));
        long[] vendored = perTag(tags, breakdown -> breakdown.totalRow(language).vendoredLines());
        long[] generated = perTag(tags, breakdown -> breakdown.totalRow(language).generatedLines());
        if (language.equals(RUST) || java.util.Arrays.stream(vendored).anyMatch(value -> value != 0)) {
            series.put(VENDORED, vendored); // always shown for Rust: "no vendored crates yet" is news too
        }
        if (java.util.Arrays.stream(generated).anyMatch(value -> value != 0)) {
            series.put(GENERATED, generated);
        }
        return series;
    }

    private static Hue originColour(String series, Hue written) {
        return switch (series) {
            case WRITTEN -> written;
            case VENDORED -> Hue.VENDORED;
            default -> Hue.GENERATED;
        };
    }

    static final String C = "C";
    static final String RUST = "Rust";
    static final String WRITTEN = "written";
    static final String VENDORED = "vendored";
    static final String GENERATED = "generated";
    /** Rust placement classes, bottom of the stack first. */
    static final List<String> PLACES = List.of("rust/", "drivers/", "samples/", "other");
    /** Subsystems drawn one by one before the rest is summed into "other". */
    static final int TOP_SUBSYSTEMS = 8;
    /** The display name of a subsystem directory literally called "other". */
    static final String OTHER_DIRECTORY = TopN.OTHER + " (directory)";

    private final String label;
    final String titlePattern;

    TimelineMode(String label, String titlePattern) {
        this.label = label;
        this.titlePattern = titlePattern;
    }

    /** The series to stack, bottom first, each with one value per tag. */
    abstract Map<String, long[]> series(List<Breakdown> tags, Metric metric);

    /** The colour of a series; {@code index} is its position in {@link #series}. */
    Hue colour(String series, int index) {
        return series.equals(TopN.OTHER) ? Hue.OTHER : Hue.series(index);
    }

    /** "linux — Rust lines by subsystem". */
    String title(String source, Metric metric) {
        return source + " — " + String.format(titlePattern, metric);
    }

    /** Where a subsystem (a path prefix under any grouping) puts its Rust: rust/, drivers/, samples/ or other. */
    static String placeOf(String subsystem) {
        for (String place : PLACES.subList(0, 3)) {
            String directory = place.substring(0, place.length() - 1);
            if (subsystem.equals(directory) || subsystem.startsWith(place)) {
                return place;
            }
        }
        return "other";
    }

    private static Map<String, long[]> bySubsystem(List<Breakdown> tags, String language, Metric metric) {
        Map<String, long[]> all = new TreeMap<>();
        for (int x = 0; x < tags.size(); x++) {
            Breakdown breakdown = tags.get(x);
            for (String subsystem : breakdown.subsystems()) {
                long value = metric.of(breakdown.row(subsystem, language).counts());
                if (value > 0) {
                    all.computeIfAbsent(subsystem, name -> new long[tags.size()])[x] = value;
                }
            }
        }
        // A subsystem literally named "other" would clash with TopN's remainder; rename it for display.
        long[] named = all.remove(TopN.OTHER);
        if (named != null) {
            all.put(OTHER_DIRECTORY, named);
        }
        return TopN.select(all, TOP_SUBSYSTEMS);
    }

    /**
     * The series of a by-subsystem mode that draws a subsystem: its own, or the remainder it was summed
     * into; null when neither is among {@code seriesNames}.
     */
    static String seriesHolding(String subsystem, java.util.Collection<String> seriesNames) {
        String own = subsystem.equals(TopN.OTHER) ? OTHER_DIRECTORY : subsystem;
        if (seriesNames.contains(own)) {
            return own;
        }
        return seriesNames.contains(TopN.OTHER) ? TopN.OTHER : null;
    }

    private static long[] perTag(List<Breakdown> tags, ToLongFunction<Breakdown> value) {
        return tags.stream().mapToLong(value).toArray();
    }

    /** The command line's word: {@code rust-by-subsystem}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Reads {@link #id()} (any case, '_' for '-'); anything else is bad input in one sentence. */
    public static TimelineMode parse(String word) {
        for (TimelineMode mode : values()) {
            if (mode.id().equals(word.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))) {
                return mode;
            }
        }
        throw new org.oxidation.model.InputException("unknown --mode '" + word + "': use c-vs-rust, rust-by-subsystem, "
                + "c-by-subsystem, rust-placement, rust-origin or c-origin");
    }

    @Override
    public String toString() {
        return label;
    }
}
