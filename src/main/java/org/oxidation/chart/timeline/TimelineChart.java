package org.oxidation.chart.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.oxidation.chart.Breakdowns;
import org.oxidation.chart.FirstRusts;
import org.oxidation.chart.Hue;
import org.oxidation.chart.Metric;
import org.oxidation.chart.RustGrowth;
import org.oxidation.chart.SampleAxis;
import org.oxidation.chart.Trend;
import org.oxidation.chart.SeriesColours;
import org.oxidation.chart.ViewState;
import org.oxidation.count.FirstRust;
import org.oxidation.count.origin.VendoringEvents;
import org.oxidation.layout.NiceScale;
import org.oxidation.layout.StackedSeries;
import org.oxidation.model.Breakdown;

/**
 * What the Timeline draws for a state: the title, every series of the chosen mode (bottom first, one
 * value per counted tag, with its colour), which of them the legend hides, the y axis, and the markers
 * over the plot. Markers are a general list; the first Rust of each subsystem is one kind of them.
 * Computed off the FX thread; immutable and thread-safe.
 *
 * @param title    "linux — Rust lines by subsystem"
 * @param tags     the counted tags, one per value
 * @param axisTags the tags along the x axis (the counted ones and, while counting, those to come)
 * @param series   every series of the mode, bottom first
 * @param hidden   names of the series not drawn
 * @param yUpper   the top of the y axis
 * @param yTick    the spacing of the y axis' ticks
 * @param unit     what the values count: "lines" or "code lines"
 * @param markers  the points marked over the plot
 * @param groupNoun what one group of the grouping is called: "subsystem", "MAINTAINERS section", "directory"
 * @param x        where each sample sits along x (by tag or by date) and the tags marked on a date axis
 * @param trend    the fitted growth of Rust drawn dashed, or null (not chosen, not a Rust mode, no growth)
 */
public record TimelineChart(String title, List<String> tags, List<String> axisTags, List<Series> series,
                            Set<String> hidden, double yUpper, double yTick, String unit, List<Marker> markers,
                            String groupNoun, SampleAxis x, Trend trend) {

    /** Labels beyond this many crowd the chart: the remaining markers are dots with a tooltip. */
    public static final int MAX_LABELS = 5;

    /** One stacked band; a hatched one is code not written for the project (a subsystem's vendored part). */
    public record Series(String name, long[] values, Hue hue, boolean hatched) {

        public Series(String name, long[] values, Hue hue) {
            this(name, values, hue, false);
        }

        /** Equal values, not the same array: a chart worked out again from the same rows equals the one before. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Series that && name.equals(that.name) && java.util.Arrays.equals(values, that.values)
                    && hue.equals(that.hue) && hatched == that.hatched;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(name, java.util.Arrays.hashCode(values), hue, hatched);
        }
    }

    /**
     * A point marked over the plot.
     *
     * @param kind     what it marks, e.g. {@link #FIRST_RUST}
     * @param name     what it is about (a subsystem)
     * @param tagIndex its x
     * @param y        its y: the top of the band drawing the subsystem, or 0 on the axis
     * @param labelled whether it gets a label naming it, or is a dot with a tooltip only
     * @param tooltip  the text shown on hover
     */
    public record Marker(String kind, String name, int tagIndex, double y, Hue hue, boolean labelled,
                         String tooltip) {
    }

    /** The kind of marker at the tag where a subsystem's first Rust arrived. */
    public static final String FIRST_RUST = "first-rust";

    /** The kind of marker at a tag where vendored code arrives, is upgraded or leaves; named by its label. */
    public static final String VENDORING = "vendoring";

    /** Names listed in a vendoring marker's label before the rest is counted. */
    static final int NAMES_IN_LABEL = 2;

    public TimelineChart {
        tags = List.copyOf(tags);
        axisTags = List.copyOf(axisTags);
        series = List.copyOf(series);
        hidden = Set.copyOf(hidden);
        markers = List.copyOf(markers);
    }

    /** The series drawn, bottom first. */
    public List<Series> shown() {
        return series.stream().filter(s -> !hidden.contains(s.name())).toList();
    }

    /** The chart of a state. */
    public static TimelineChart of(ViewState state) {
        TimelineChoices choices = state.choices().timeline();
        TimelineMode mode = choices.mode();
        List<Breakdown> breakdowns = Breakdowns.of(state);
        Map<String, long[]> all = mode.series(breakdowns, state.metric());
        List<String> names = new ArrayList<>(all.keySet());
        Set<String> universe = SeriesColours.universe(state);
        List<Series> series = new ArrayList<>();
        all.forEach((name, values) -> series.add(new Series(name, values, mode.colourAmong(name, names, universe),
                TimelineMode.isVendoredPart(name))));
        Map<String, long[]> shown = new LinkedHashMap<>(all);
        shown.keySet().removeAll(choices.hidden());
        StackedSeries stack = StackedSeries.of(state.timeline().tags(), shown);
        Trend trend = choices.mode().languages().equals(Set.of(TimelineMode.RUST)) && state.choices().growth()
                ? rustTrend(state) : null;
        double highest = Math.max(stack.maxTotal(), trend == null ? 0 : java.util.Arrays.stream(trend.ys()).filter(y -> !Double.isNaN(y)).max().orElse(0));
        NiceScale scale = NiceScale.forCountsUpTo(highest);
        String title = state.timeline().isEmpty() ? emptyTitle(state)
                : mode.title(state.source(), state.metric(), state.groupNoun()) + state.leftOutNote();
        List<Marker> markers = new ArrayList<>();
        if (!breakdowns.isEmpty()) {
            markers.addAll(firstRustMarkers(state, mode, breakdowns.get(breakdowns.size() - 1), series, stack));
            markers.addAll(vendoringMarkers(state.timeline().tags(), breakdowns, mode.languages()));
        }
        return new TimelineChart(title, state.timeline().tags(), state.axisTags(), series, choices.hidden(),
                scale.niceMax(), scale.tickSpacing(), state.metric().toString(), markers, state.groupNoun(),
                SampleAxis.of(state), trend);
    }

    /** All Rust's fitted growth at each sample, labelled "Rust lines double every 7.5 months"; null without growth. */
    static Trend rustTrend(ViewState state) {
        return RustGrowth.of(state).map(fit -> new Trend(state.timeline().snapshots().stream()
                .mapToDouble(s -> Trend.from(fit, s.date(), fit.valueAt(s.date()))).toArray(),
                "Rust " + state.metric() + " " + fit.describe().replace("doubles", "double"))).orElse(null);
    }

    /** Whether some marker is of this kind (the hint above the chart names the kinds shown). */
    public boolean hasMarkers(String kind) {
        return markers.stream().anyMatch(marker -> marker.kind().equals(kind));
    }

    /**
     * One marker on the x axis per tag where vendored code of the mode's languages arrives, is upgraded
     * or leaves, labelled with what changed and listing every change with versions in its tooltip.
     */
    static List<Marker> vendoringMarkers(List<String> tags, List<Breakdown> breakdowns, Set<String> languages) {
        Map<String, List<VendoringEvents.Event>> byTag = new LinkedHashMap<>();
        VendoringEvents.of(tags, breakdowns, languages)
                .forEach(event -> byTag.computeIfAbsent(event.tag(), t -> new ArrayList<>()).add(event));
        List<Marker> markers = new ArrayList<>();
        byTag.forEach((tag, events) -> {
            int x = tags.indexOf(tag);
            markers.add(new Marker(VENDORING, vendoringLabel(events), x, 0, Hue.VENDORED, true,
                    vendoringTooltip(tag, events, x == 0)));
        });
        return markers;
    }

    /** "+syn +quote +3 more", "−alloc", "syn ↑": what changed, in a few words. */
    static String vendoringLabel(List<VendoringEvents.Event> events) {
        List<String> words = new ArrayList<>();
        for (VendoringEvents.Event event : events) {
            words.add(switch (event.change()) {
                case ARRIVED -> "+" + event.name();
                case LEFT -> "\u2212" + event.name();
                case UPGRADED -> event.name() + " \u2191";
            });
        }
        if (words.size() <= NAMES_IN_LABEL + 1) {
            return String.join(" ", words);
        }
        return String.join(" ", words.subList(0, NAMES_IN_LABEL)) + " +" + (words.size() - NAMES_IN_LABEL) + " more";
    }

    /** The tag and every change at it, one a line, with versions. */
    static String vendoringTooltip(String tag, List<VendoringEvents.Event> events, boolean firstTag) {
        StringBuilder text = new StringBuilder("Vendored code at ").append(tag)
                .append(firstTag ? " (the first tag shown):" : ":");
        for (VendoringEvents.Event event : events) {
            text.append('\n').append(firstTag && event.change() == VendoringEvents.Change.ARRIVED
                    ? (event.name() + " " + event.after()).trim() + " is there" : event.describe());
        }
        return text.toString();
    }

    /**
     * Marks where each subsystem's Rust started, after the first tag only (Rust there already tells
     * nothing). By subsystem, a marker sits on top of the band that draws the subsystem at its first tag;
     * in the other modes there is no such band and the markers sit on the x axis. A band the user hid
     * takes its markers along. Subsystems whose markers would sit on one spot (the same tag and band:
     * those summed into "other", or all of a tag's on the axis) share one marker that lists them in its
     * tooltip, as the vendoring markers do per tag: MAINTAINERS grouping starts Rust in dozens of sections
     * at one tag, whose diamonds would otherwise stack past the top of the plot.
     */
    private static List<Marker> firstRustMarkers(ViewState state, TimelineMode mode, Breakdown lastTag,
                                                 List<Series> series, StackedSeries stack) {
        List<String> names = series.stream().map(Series::name).toList();
        boolean onBands = mode == TimelineMode.RUST_BY_SUBSYSTEM;
        List<String> shownNames = stack.seriesNames();
        Comparator<FirstRust.Start> mostRustFirst = Comparator.comparingLong((FirstRust.Start start) ->
                state.metric().of(lastTag.row(start.subsystem(), TimelineMode.RUST).counts())).reversed()
                .thenComparing(FirstRust.Start::subsystem);
        Map<Spot, List<FirstRust.Start>> bySpot = new LinkedHashMap<>();
        for (FirstRust.Start start : FirstRusts.of(state).afterFirstTag()) {
            Spot spot = new Spot(start.tagIndex(), 0, Hue.RUST);
            if (onBands) {
                String band = TimelineMode.seriesHolding(start.subsystem(), names);
                if (band == null || !shownNames.contains(band)) {
                    continue;
                }
                spot = new Spot(start.tagIndex(), stack.top(shownNames.indexOf(band), start.tagIndex()),
                        series.get(names.indexOf(band)).hue());
            }
            bySpot.computeIfAbsent(spot, s -> new ArrayList<>()).add(start);
        }
        Set<String> labelled = toLabel(bySpot.values().stream().map(group -> group.stream().min(mostRustFirst)
                .orElseThrow()).toList(), lastTag, state.metric());
        List<Marker> markers = new ArrayList<>();
        bySpot.forEach((spot, group) -> {
            group.sort(mostRustFirst);
            FirstRust.Start first = group.get(0);
            boolean label = labelled.contains(first.subsystem()) || group.size() > 1;
            String name = group.size() == 1 ? first.subsystem()
                    : first.subsystem() + " +" + (group.size() - 1) + " more";
            String tooltip = group.size() == 1 ? tooltipText(first) : groupTooltip(group, state.groupNoun());
            markers.add(new Marker(FIRST_RUST, name, spot.tagIndex(), spot.y(), spot.hue(), label, tooltip));
        });
        return markers;
    }

    /**
     * "linux — no tag counted yet", or "linux — loading…" while the trees load; before any repository is
     * known (the window's first state, drawn while the first count starts) no source and no dash.
     */
    static String emptyTitle(ViewState state) {
        String text = state.treesLoading() ? "loading…" : "no tag counted yet";
        return state.source().isEmpty() ? Character.toUpperCase(text.charAt(0)) + text.substring(1)
                : state.source() + " — " + text;
    }

    /** Where a first-Rust marker sits: markers at one spot are drawn as one. */
    private record Spot(int tagIndex, double y, Hue hue) {
    }

    /** Subsystems named in a shared marker's tooltip before the rest is counted. */
    static final int NAMES_IN_TOOLTIP = 30;

    /** "First Rust at v7.2.6 in 45 MAINTAINERS sections:" and their names, most Rust first. */
    static String groupTooltip(List<FirstRust.Start> group, String groupNoun) {
        StringBuilder text = new StringBuilder("First Rust at ").append(group.get(0).tag()).append(" in ")
                .append(group.size()).append(' ').append(groupNoun).append("s:");
        group.stream().limit(NAMES_IN_TOOLTIP).forEach(start -> text.append('\n').append(start.subsystem()));
        if (group.size() > NAMES_IN_TOOLTIP) {
            text.append("\n+").append(group.size() - NAMES_IN_TOOLTIP).append(" more");
        }
        return text.toString();
    }

    /** The subsystems among {@code starts} to label: the {@value #MAX_LABELS} with most Rust at the last tag. */
    static Set<String> toLabel(List<FirstRust.Start> starts, Breakdown lastTag, Metric metric) {
        return starts.stream()
                .sorted(Comparator.comparingLong((FirstRust.Start start) ->
                        metric.of(lastTag.row(start.subsystem(), TimelineMode.RUST).counts())).reversed()
                        .thenComparing(FirstRust.Start::subsystem))
                .limit(MAX_LABELS)
                .map(FirstRust.Start::subsystem)
                .collect(Collectors.toSet());
    }

    /**
     * "drivers/gpu: first Rust at v6.12" and the files that came then, one per line, with a count of
     * those beyond the cap; data read from CSV has no files to name.
     */
    static String tooltipText(FirstRust.Start start) {
        StringBuilder text = new StringBuilder(start.subsystem()).append(": first Rust at ").append(start.tag());
        if (!start.filesKnown()) {
            return text.append("\n(files not known: counts read from CSV)").toString();
        }
        start.paths().forEach(path -> text.append('\n').append(path));
        if (start.morePaths() > 0) {
            text.append("\n+").append(start.morePaths()).append(" more");
        }
        return text.toString();
    }
}
