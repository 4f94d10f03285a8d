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
import org.oxidation.chart.SeriesColours;

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
        Hue colour(String series, java.util.Collection<String> subsystemsDrawn, java.util.Collection<String> universe) {
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

    RUST_ORIGIN("Rust: written vs vendored", "Rust %s written for the project vs vendored code") {
        @Override
        Map<String, long[]> series(List<Breakdown> tags, Metric metric) {
            return byOrigin(tags, RUST, metric);
        }

        @Override
        Hue colour(String series, java.util.Collection<String> subsystemsDrawn, java.util.Collection<String> universe) {
            return originColour(series, Hue.RUST);
        }
    },

    C_ORIGIN("C: written vs generated and vendored", "C %s written for the project vs generated and vendored code") {
        @Override
        Map<String, long[]> series(List<Breakdown> tags, Metric metric) {
            return byOrigin(tags, C, metric);
        }

        @Override
        Hue colour(String series, java.util.Collection<String> subsystemsDrawn, java.util.Collection<String> universe) {
            return originColour(series, Hue.C);
        }
    };

    /**
     * One language's lines or code lines split by origin: written, vendored and generated (the latter two
     * only when some tag has them). Code lines of vendored and generated code are counted, or estimated
     * from their share of lines for CSVs written before the columns existed.
     */
    private static Map<String, long[]> byOrigin(List<Breakdown> tags, String language, Metric metric) {
        Map<String, long[]> series = new LinkedHashMap<>();
        long[] vendored = perTag(tags, breakdown -> vendoredOf(breakdown.totalRow(language), metric));
        long[] generated = perTag(tags, breakdown -> generatedOf(breakdown.totalRow(language), metric));
        long[] written = perTag(tags, breakdown -> metric.of(breakdown.totalRow(language).counts()));
        for (int x = 0; x < written.length; x++) {
            written[x] -= vendored[x] + generated[x];
        }
        series.put(WRITTEN, written);
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
    /** The name of a subsystem's vendored band: "rust · vendored". */
    static final String VENDORED_SUFFIX = " \u00b7 vendored";
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

    /** The languages the mode draws: its vendoring markers speak of these only. */
    java.util.Set<String> languages() {
        return switch (this) {
            case C_VS_RUST -> java.util.Set.of(C, RUST);
            case C_BY_SUBSYSTEM, C_ORIGIN -> java.util.Set.of(C);
            default -> java.util.Set.of(RUST);
        };
    }

    /** The series to stack, bottom first, each with one value per tag. */
    abstract Map<String, long[]> series(List<Breakdown> tags, Metric metric);

    /**
     * The colour of a series among the subsystems drawn beside it: by the name, not by the place, so a
     * subsystem keeps its colour when a setting changes the ranking ({@link SeriesColours}).
     */
    Hue colour(String series, java.util.Collection<String> subsystemsDrawn, java.util.Collection<String> universe) {
        return series.equals(TopN.OTHER) ? Hue.OTHER : SeriesColours.among(subsystemsDrawn, universe).get(series);
    }

    /** The mode's name in a chooser under a grouping: "Rust by subsystem", "Rust by MAINTAINERS section". */
    public String label(String groupNoun) {
        return label.replace("by subsystem", "by " + groupNoun);
    }

    /** "linux — Rust lines by subsystem", "linux — Rust lines by MAINTAINERS section". */
    String title(String source, Metric metric, String groupNoun) {
        return source + " — " + String.format(titlePattern, metric).replace("by subsystem", "by " + groupNoun);
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

    /**
     * One language per subsystem, the largest {@link #TOP_SUBSYSTEMS} and the rest summed; a subsystem
     * with vendored code is drawn as two bands of its colour, its own code and, above it, the vendored
     * part ({@link #VENDORED_SUFFIX}, hatched), so the default chart never passes vendored code off as
     * the project's own.
     */
    private static Map<String, long[]> bySubsystem(List<Breakdown> tags, String language, Metric metric) {
        Map<String, long[]> all = new TreeMap<>();
        Map<String, long[]> vendored = new TreeMap<>();
        for (int x = 0; x < tags.size(); x++) {
            Breakdown breakdown = tags.get(x);
            for (String subsystem : breakdown.subsystems()) {
                Breakdown.Row row = breakdown.row(subsystem, language);
                long value = metric.of(row.counts());
                if (value > 0) {
                    String name = subsystem.equals(TopN.OTHER) ? OTHER_DIRECTORY : subsystem;
                    all.computeIfAbsent(name, n -> new long[tags.size()])[x] = value;
                    vendored.computeIfAbsent(name, n -> new long[tags.size()])[x] = Math.min(value, vendoredOf(row, metric));
                }
            }
        }
        // A subsystem literally named "other" is renamed above: it would clash with TopN's remainder.
        Map<String, long[]> selected = TopN.select(all, TOP_SUBSYSTEMS);
        Map<String, long[]> split = new LinkedHashMap<>();
        selected.forEach((name, values) -> {
            long[] vendoredValues = name.equals(TopN.OTHER) ? remainder(vendored, selected.keySet(), tags.size())
                    : vendored.get(name);
            if (java.util.Arrays.stream(vendoredValues).allMatch(v -> v == 0)) {
                split.put(name, values);
                return;
            }
            long[] own = values.clone();
            for (int x = 0; x < own.length; x++) {
                own[x] -= vendoredValues[x];
            }
            split.put(name, own);
            split.put(name + VENDORED_SUFFIX, vendoredValues);
        });
        return split;
    }

    private static long vendoredOf(Breakdown.Row row, Metric metric) {
        return metric == Metric.LINES ? row.vendoredLines() : row.vendoredCodeOrEstimate();
    }

    private static long generatedOf(Breakdown.Row row, Metric metric) {
        return metric == Metric.LINES ? row.generatedLines() : row.generatedCodeOrEstimate();
    }

    private static long[] remainder(Map<String, long[]> bySubsystem, java.util.Set<String> selected, int size) {
        long[] sum = new long[size];
        bySubsystem.forEach((name, values) -> {
            if (!selected.contains(name)) {
                for (int x = 0; x < size; x++) {
                    sum[x] += values[x];
                }
            }
        });
        return sum;
    }

    /** Whether a series is the vendored part of a subsystem's band. */
    public static boolean isVendoredPart(String series) {
        return series.endsWith(VENDORED_SUFFIX);
    }

    /**
     * The colour of a series among {@code names}: a subsystem's vendored part takes its subsystem's
     * colour (it is drawn hatched), and colours are shared out among the subsystems without the
     * vendored parts and the remainder, after the {@code universe} of {@link SeriesColours#universe}.
     */
    Hue colourAmong(String series, List<String> names, java.util.Collection<String> universe) {
        String base = isVendoredPart(series) ? series.substring(0, series.length() - VENDORED_SUFFIX.length()) : series;
        List<String> bases = names.stream().filter(name -> !isVendoredPart(name) && !name.equals(TopN.OTHER)).toList();
        return colour(base, bases, universe);
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
