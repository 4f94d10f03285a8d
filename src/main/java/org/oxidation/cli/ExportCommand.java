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
import org.oxidation.git.TagOrder;
import org.oxidation.git.TagSelector;
import org.oxidation.model.InputException;
import org.oxidation.model.Timeline;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.common.ViewState;
import org.oxidation.ui.compare.ComparisonSources;
import org.oxidation.ui.export.ChartViews;
import org.oxidation.ui.export.HeadlessFx;
import org.oxidation.ui.export.PngExporter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import org.oxidation.ui.timeline.TimelineMode;
import org.oxidation.ui.timeline.TimelineView;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export (--repo PATH | --from-csv FILE) --chart timeline|share|treemap|compare [--tag A] [--tag B]
 * --png OUT.png [--width W] [--height H]}: draws a chart without a window and writes it as a PNG. Every
 * argument is checked before anything is drawn. The command line is a contract.
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

    @Mixin
    CountingOptions options;

    @Override
    public Integer call() throws IOException {
        checkArguments();
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
            Timeline timeline = session.sampleAll(session.tags(TagSelector.compile(options.tags), options.tagOrder()),
                    progress, snapshot -> { });
            render(timeline, new ChartViews.Context(ComparisonSources.ofRepository(session.repository())),
                    input.repo.toString());
        }
        return 0;
    }

    /** The --mode option as a timeline mode, or null when it is not given. */
    private TimelineMode timelineMode() {
        if (mode == null) {
            return null;
        }
        if (!chart.equals("timeline")) {
            throw new InputException("--mode is for the timeline chart only");
        }
        try {
            return TimelineMode.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InputException("unknown --mode '" + mode + "': use c-vs-rust, rust-by-subsystem, c-by-subsystem, "
                    + "rust-placement, rust-origin or c-origin");
        }
    }

    /** The checks that need no data, so that a typo fails at once. */
    private void checkArguments() {
        ChartViews.check(chart);
        timelineMode();
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
        ViewState state = ViewState.of(timeline).withGrouping(options.grouping()).withExcluded(options.excluded())
                .withTags(tags.isEmpty() ? null : tags.get(0), tags.size() < 2 ? null : tags.get(1))
                .withTag(tags.isEmpty() ? null : tags.get(0));
        HeadlessFx.start();
        TimelineMode timelineMode = timelineMode();
        ChartView view = HeadlessFx.onFxThread(() -> {
            ChartView created = ChartViews.create(chart, context);
            if (timelineMode != null && created instanceof TimelineView timelineView) {
                timelineView.setMode(timelineMode);
            }
            return created;
        });
        PngExporter.export(view, state, source, png, width, height, scale);
        System.err.println("wrote " + png);
    }
}
