package org.oxidation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.oxidation.count.Grouping;
import org.oxidation.export.CsvReader;
import org.oxidation.export.CsvWriter;
import org.oxidation.git.CacheSettings;
import org.oxidation.git.CountSession;
import org.oxidation.model.InputException;
import org.oxidation.model.Timeline;
import java.util.Set;
import org.oxidation.chart.Metric;
import org.oxidation.chart.Placement;
import org.oxidation.chart.Sampling;
import org.oxidation.chart.TagMark;
import org.oxidation.chart.ViewChoices;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.compare.Colouring;
import org.oxidation.chart.share.ShareChoices;
import org.oxidation.chart.timeline.TimelineChoices;
import org.oxidation.chart.timeline.TimelineMode;
import org.oxidation.ui.app.SampleData;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.export.ChartViews;
import org.oxidation.ui.export.ComparisonSources;
import org.oxidation.ui.export.ExportCommandLine;
import org.oxidation.ui.export.HeadlessFx;
import org.oxidation.ui.export.PngExporter;
import org.oxidation.ui.export.Samplings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export (--repo PATH | --from-csv FILE | --sample) --chart timeline|share|treemap|compare [--tag A]
 * [--tag B] --png OUT.png [--width W] [--height H]} and the views' own choices ({@code --mode}, {@code --hide},
 * {@code --share-scale}, {@code --subsystem}, {@code --open}, {@code --colour}, {@code --measure}): draws a
 * chart without a window, exactly as the window draws the same state, and writes it as a PNG. View → Copy
 * as command gives the line for what the window shows. Every argument is checked before anything is drawn
 * (those that need the data, once it is read). The command line is a contract.
 *
 * <p>A little over 300 lines: one option field per choice of the window, each with its description.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Draw a chart headless and write it as a PNG.")
final class ExportCommand implements Callable<Integer> {

    /** Where the data comes from: exactly one of the two. */
    static final class Input {
        @Option(names = "--repo", required = true, paramLabel = "PATH",
                description = "A repository to count (counts are cached between runs).")
        Path repo;

        @Option(names = "--from-csv", required = true, paramLabel = "FILE", description = "A counts CSV.")
        Path csv;

        @Option(names = "--sample", required = true,
                description = "The bundled sample: the Linux kernel at eight release tags (what the window opens on).")
        boolean sample;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--chart", required = true, paramLabel = "NAME",
            description = "timeline, share, treemap or compare.")
    String chart;

    @Option(names = "--tag", paramLabel = "TAG",
            description = "The treemap's tag, or the compare chart's two tags (default: last; first and last).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--png", required = true, paramLabel = "OUT.png", description = "Where to write the picture.")
    Path png;

    @Option(names = "--width", defaultValue = "" + PngExporter.DEFAULT_WIDTH, paramLabel = "W",
            description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "" + PngExporter.DEFAULT_HEIGHT, paramLabel = "H",
            description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "F",
            description = "Pixels per layout pixel, e.g. 2 for a sharper picture (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "The timeline's mode: c-vs-rust, rust-by-subsystem (default), c-by-subsystem, rust-placement, rust-origin, c-origin.")
    String mode;

    @Option(names = "--measure", paramLabel = "lines|code-lines", defaultValue = "lines",
            description = "What the charts measure: all lines or code lines (default: ${DEFAULT-VALUE}).")
    String measure;

    @Option(names = "--hide", paramLabel = "SERIES",
            description = "A series the legend hides (timeline and share), e.g. 'drivers/gpu' or 'all code'. Repeatable.")
    List<String> hidden = new ArrayList<>();

    @Option(names = "--share-scale", paramLabel = "log|linear", defaultValue = "log",
            description = "The share chart's percent axis (default: ${DEFAULT-VALUE}).")
    String shareScale;

    @Option(names = "--subsystem", paramLabel = "NAME",
            description = "A subsystem the share chart draws beside all code (default: the three with most Rust). Repeatable.")
    List<String> subsystems = new ArrayList<>();

    @Option(names = "--no-subsystems", description = "The share chart draws all code only.")
    boolean noSubsystems;

    @Option(names = "--open", paramLabel = "KEY",
            description = "Drills the treemap into a subsystem or directory, outermost first, e.g. --open drivers/gpu "
                    + "--open drivers/gpu/drm. Repeatable.")
    List<String> open = new ArrayList<>();

    @Option(names = "--colour", paramLabel = "rust|c", defaultValue = "rust",
            description = "What colours the compare chart's tiles: the change in Rust or in C (default: ${DEFAULT-VALUE}).")
    String colour;

    @Option(names = "--x-axis", paramLabel = "date|tag",
            description = "How the timeline and share place samples: at their commit dates or evenly by tag "
                    + "(default: by date for --every samples, by tag for tags).")
    String xAxis;

    @Option(names = "--growth",
            description = "The timeline (Rust modes) and share draw the doubling time of Rust lines, a least-squares fit, dashed.")
    boolean growth;

    @Option(names = "--mark-tags",
            description = "With --every: mark the tags matching --tags in the sampled ref's history on the time axis.")
    boolean markTags;

    @Mixin
    CountingOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        checkArguments();
        if (input.sample) {
            Timeline timeline = SampleData.load().orElseThrow(() -> new InputException("this build has no bundled sample"));
            render(timeline, ChartViews.Context.withoutRepository(), SampleData.SOURCE);
            return 0;
        }
        if (input.csv != null) {
            Timeline timeline = CsvReader.read(input.csv);
            render(timeline, ChartViews.Context.withoutRepository(), input.csv.toString());
            return 0;
        }
        StderrProgress progress = new StderrProgress();
        try (Interruption interruption = Interruption.onSigint(progress);
             CountSession session = CountSession.open(input.repo, options.cacheSettings(), options.threads, progress)) {
            session.setOrigins(options.originSettings());
            session.setMissingBlobsViaGit(options.missingBlobsViaGit);
            Timeline timeline = session.sampleAll(options.select(session), progress, snapshot -> { });
            marks = Samplings.marks(session, sampling(), options.tags);
            render(timeline, new ChartViews.Context(ComparisonSources.ofSession(session)), input.repo.toString());
        }
        return 0;
    }

    /** The tags marked on the time axis (--mark-tags). */
    private List<TagMark> marks = List.of();

    /** How the repository is sampled, as the window's state holds it. */
    private Sampling sampling() {
        if (options.every == null) {
            return Sampling.TAGS;
        }
        return Sampling.every(options.every, options.refs.isEmpty() ? null : options.refs.get(0), options.since,
                options.until, markTags);
    }

    private Placement placement() {
        return xAxis == null ? Placement.AUTO : Placement.parse(xAxis);
    }

    /** The --mode option as a timeline mode, the default when it is not given. */
    private TimelineMode timelineMode() {
        if (mode == null) {
            return TimelineChoices.DEFAULT.mode();
        }
        return TimelineMode.parse(mode);
    }

    private Metric metric() {
        for (Metric metric : Metric.values()) {
            if (ExportCommandLine.measureId(metric).equals(measure.strip().toLowerCase(java.util.Locale.ROOT))) {
                return metric;
            }
        }
        throw new InputException("unknown --measure '" + measure + "': use lines or code-lines");
    }

    private boolean logScale() {
        return switch (shareScale.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "log" -> true;
            case "linear" -> false;
            default -> throw new InputException("unknown --share-scale '" + shareScale + "': use log or linear");
        };
    }

    /** Options that belong to other charts are an error, so a typo in --chart does not pass unnoticed. */
    private void checkChartOptions() {
        onlyFor(mode != null, "--mode", "timeline");
        onlyFor(!hidden.isEmpty(), "--hide", "timeline", "share");
        onlyFor(!shareScale.equals("log"), "--share-scale", "share");
        onlyFor(!subsystems.isEmpty() || noSubsystems, "--subsystem and --no-subsystems", "share");
        onlyFor(!open.isEmpty(), "--open", "treemap");
        onlyFor(!colour.equals("rust"), "--colour", "compare");
        onlyFor(xAxis != null, "--x-axis", "timeline", "share");
        onlyFor(growth, "--growth", "timeline", "share");
        if (markTags && options.every == null) {
            throw new InputException("--mark-tags goes with --every");
        }
        if (noSubsystems && !subsystems.isEmpty()) {
            throw new InputException("--no-subsystems and --subsystem exclude each other");
        }
    }

    private void onlyFor(boolean given, String option, String... charts) {
        if (given && !List.of(charts).contains(chart)) {
            throw new InputException(option + " is for the " + String.join(" and ", charts) + " chart"
                    + (charts.length > 1 ? "s" : "") + " only");
        }
    }

    /** The checks that need no data, so that a typo fails at once. */
    private void checkArguments() {
        ChartViews.check(chart);
        checkChartOptions();
        timelineMode();
        metric();
        logScale();
        placement();
        Colouring.parse(colour);
        options.grouping();
        options.excluded();
        if (width <= 0 || height <= 0 || width * scale > 16384 || height * scale > 16384 || !(scale > 0)) {
            throw new InputException("--width, --height and --scale must give a picture of 1 to 16384 pixels a side");
        }
        int allowed = chart.equals("compare") ? 2 : chart.equals("treemap") ? 1 : 0;
        if (tags.size() > allowed) {
            throw new InputException("the " + chart + " chart takes " + (allowed == 0 ? "no --tag"
                    : allowed == 1 ? "one --tag" : "two --tag options at most") + ", not " + tags.size());
        }
        CsvWriter.checkWritable(png);
    }

    private void render(Timeline timeline, ChartViews.Context context, String source) throws IOException {
        if (timeline.isEmpty()) {
            throw new InputException("no tag to draw in " + source);
        }
        for (String tag : tags) {
            if (timeline.snapshot(tag).isEmpty()) {
                throw new InputException("unknown tag '" + tag + "': " + source + " has " + String.join(", ", timeline.tags()));
            }
        }
        ViewState state = state(timeline);
        // Through picocli's error writer, where the command's other one-line messages go.
        ExportChecks.warnings(state, chart, hidden, subsystems, open)
                .forEach(warning -> spec.commandLine().getErr().println("warning: " + warning));
        HeadlessFx.start();
        ChartView view = HeadlessFx.onFxThread(() -> ChartViews.create(chart, context));
        PngExporter.export(view, state, source, commandLine(state), png, width, height, scale);
        System.err.println("wrote " + png);
    }

    /** This command as Copy as command would give it, for the PNG's metadata. */
    private String commandLine(ViewState state) {
        List<String> inputOptions = input.sample ? List.of("--sample")
                : input.csv != null ? List.of("--from-csv", input.csv.toString()) : repoAndRefs();
        List<String> rules = input.repo == null ? List.of() : options.originRules().describe().lines().toList();
        return new ExportCommandLine(inputOptions, options.tags, rules)
                .line(state, chart, png.toString(), width, height, scale);
    }

    /** {@code --repo PATH}, and the refs sampled instead of tags ({@code --ref A --ref B} without --every). */
    private List<String> repoAndRefs() {
        List<String> words = new ArrayList<>(List.of("--repo", input.repo.toString()));
        if (options.every == null) {
            options.refs.forEach(ref -> words.addAll(List.of("--ref", ref)));
        }
        return words;
    }

    /** The state the options describe, as the window would hold it after the same choices. */
    private ViewState state(Timeline timeline) {
        ShareChoices share = new ShareChoices(logScale(),
                noSubsystems ? List.of() : subsystems.isEmpty() ? null : subsystems,
                chart.equals("share") ? Set.copyOf(hidden) : Set.of());
        TimelineChoices timelineChoices = new TimelineChoices(timelineMode(),
                chart.equals("timeline") ? Set.copyOf(hidden) : Set.of());
        ViewChoices choices = ViewChoices.DEFAULT.withTimeline(timelineChoices).withShare(share)
                .withTreemapPath(open).withColouring(Colouring.parse(colour)).withPlacement(placement()).withGrowth(growth);
        return ViewState.of(timeline).withGrouping(options.grouping()).withExcluded(options.excluded())
                .withMetric(metric()).withOrder(options.order.strip().toLowerCase(java.util.Locale.ROOT))
                .withTags(tags.isEmpty() ? null : tags.get(0), tags.size() < 2 ? null : tags.get(1))
                .withTag(tags.isEmpty() ? null : tags.get(0))
                .withChoices(choices).withSampling(input.repo == null ? Sampling.TAGS : sampling(), marks);
    }
}
