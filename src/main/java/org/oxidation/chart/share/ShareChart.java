package org.oxidation.chart.share;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oxidation.chart.Breakdowns;
import org.oxidation.chart.Hue;
import org.oxidation.chart.RustGrowth;
import org.oxidation.chart.SampleAxis;
import org.oxidation.chart.Trend;
import org.oxidation.layout.GrowthRate;
import org.oxidation.chart.SeriesColours;
import org.oxidation.chart.ViewState;
import org.oxidation.model.Breakdown;

/**
 * What the Rust share view draws for a state: the title, the subsystems with Rust (the check list) and
 * which are ticked, one line per drawn part (all code, then the ticked subsystems) with its colour,
 * which lines the legend hides, and the y axis. Computed off the FX thread; immutable and thread-safe.
 */
public record ShareChart(String title, List<String> tags, List<String> axisTags, List<String> withRust,
                         Set<String> ticked, List<Line> lines, Set<String> hidden, ShareAxis axis, String unit,
                         SampleAxis x, Trend trend) {

    /** Subsystems ticked before the user ticks any. */
    public static final int DEFAULT_SUBSYSTEMS = 3;

    /** One line of the chart. */
    public record Line(ShareLine share, Hue hue) {
        public String name() {
            return share.name();
        }
    }

    public ShareChart {
        tags = List.copyOf(tags);
        axisTags = List.copyOf(axisTags);
        withRust = List.copyOf(withRust);
        ticked = Set.copyOf(ticked);
        lines = List.copyOf(lines);
        hidden = Set.copyOf(hidden);
    }

    /** The lines drawn. */
    public List<Line> shown() {
        return lines.stream().filter(line -> !hidden.contains(line.name())).toList();
    }

    public static ShareChart of(ViewState state) {
        ShareChoices choices = state.choices().share();
        List<Breakdown> breakdowns = Breakdowns.of(state);
        List<String> withRust = ShareLine.subsystemsWithRust(breakdowns);
        Set<String> ticked = choices.ticked() == null
                ? new HashSet<>(ShareLine.defaultSelection(breakdowns, state.metric(), DEFAULT_SUBSYSTEMS))
                : new HashSet<>(choices.ticked());
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(ShareLine.overall(breakdowns, state.metric()), Hue.RUST));
        // A subsystem takes the colour of its name among those drawn (SeriesColours), as in the timeline,
        // so both views agree and a setting that changes the ranking does not recolour it.
        java.util.Map<String, Hue> hues = SeriesColours.among(ticked, SeriesColours.universe(state));
        for (String subsystem : withRust) {
            if (ticked.contains(subsystem)) {
                lines.add(new Line(ShareLine.of(subsystem, breakdowns, state.metric()), hues.get(subsystem)));
            }
        }
        List<ShareLine> shown = lines.stream().filter(line -> !choices.hidden().contains(line.name()))
                .map(Line::share).toList();
        String title = state.timeline().isEmpty() && state.treesLoading() ? state.source() + " — loading…"
                : state.source() + " — Rust share of " + state.metric() + ", Rust / (C + Rust)" + state.leftOutNote();
        ShareAxis axis = ShareAxis.fit(shown, choices.logScale());
        Trend trend = state.choices().growth() ? shareTrend(state, lines.get(0).share(), axis) : null;
        return new ShareChart(title, state.timeline().tags(), state.axisTags(), withRust, ticked, lines,
                choices.hidden(), axis, state.metric().toString(), SampleAxis.of(state), trend);
    }

    /**
     * The fitted growth of the overall share, at each sample in the axis' units, labelled with its
     * doubling time and that of Rust lines: "Rust share doubles every 9.1 months · Rust lines every 7.5
     * months"; null when either does not grow.
     */
    static Trend shareTrend(ViewState state, ShareLine overall, ShareAxis axis) {
        List<java.time.OffsetDateTime> dates = state.timeline().snapshots().stream().map(s -> s.date()).toList();
        double[] shares = new double[overall.tags()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = overall.share(i);
        }
        var shareFit = GrowthRate.of(dates, shares);
        var linesFit = RustGrowth.of(state);
        if (shareFit.isEmpty() || linesFit.isEmpty()) {
            return null;
        }
        double[] ys = dates.stream().mapToDouble(date -> Trend.from(shareFit.get(), date,
                axis.position(Math.min(1, shareFit.get().valueAt(date))))).toArray();
        return new Trend(ys, "Rust share " + shareFit.get().describe() + " \u00b7 Rust " + state.metric() + " "
                + linesFit.get().describe().replace("doubles ", ""));
    }
}
