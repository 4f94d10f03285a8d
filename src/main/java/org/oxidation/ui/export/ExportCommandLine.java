package org.oxidation.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.oxidation.chart.Metric;
import org.oxidation.chart.Placement;
import org.oxidation.chart.Sampling;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.compare.Colouring;
import org.oxidation.chart.share.ShareChoices;
import org.oxidation.chart.timeline.TimelineChoices;
import org.oxidation.count.Grouping;
import org.oxidation.git.TagSelector;

/**
 * The {@code oxidation export ...} command line that draws a view exactly as a state has it: where the
 * data comes from, how it is counted and grouped, what is measured, and each of the view's own choices.
 * View → Copy as command puts it on the clipboard and every exported PNG carries it in its metadata, so
 * a published chart can be drawn again from its file. Options at their default are left out. Immutable
 * and thread-safe.
 *
 * @param input       the input options: {@code --repo PATH}, {@code --from-csv FILE} or {@code --sample}
 * @param tagPattern  the tags counted (repositories only), or null
 * @param originRules the user's {@code GLOB=label} origin rules (repositories only)
 * @param originSwitches {@code --profile none} and {@code --no-markers} when the window has them off
 *                    (repositories only)
 */
public record ExportCommandLine(List<String> input, String tagPattern, List<String> originRules,
                                List<String> originSwitches) {

    /** The program name the line starts with (the jar run as {@code java -jar oxidation.jar}). */
    public static final String PROGRAM = "oxidation";

    /** Characters a POSIX shell takes as they are; anything else is single-quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%^-]+");

    public ExportCommandLine {
        input = List.copyOf(input);
        originRules = List.copyOf(originRules);
        originSwitches = List.copyOf(originSwitches);
    }

    public ExportCommandLine(List<String> input, String tagPattern, List<String> originRules) {
        this(input, tagPattern, originRules, List.of());
    }

    /** The arguments after the program name, for the view {@code viewId} of {@code state}. */
    public List<String> arguments(ViewState state, String viewId, String png, int width, int height, double scale) {
        ChartViews.check(viewId);
        List<String> args = new ArrayList<>(List.of("export"));
        args.addAll(input);
        boolean repository = input.contains("--repo");
        List<String> refs = viewId.equals("compare") ? comparedRefs(state) : List.of();
        if (repository && !refs.isEmpty()) {
            refs.forEach(ref -> args.addAll(List.of("--ref", ref)));
        } else if (repository) {
            args.addAll(samplingOptions(state));
        }
        if (!state.grouping().id().equals(Grouping.KERNEL.id())) {
            args.addAll(List.of("--group", state.grouping().id()));
        }
        if (!state.excluded().isEmpty()) {
            args.addAll(List.of("--exclude", String.join(",", state.excluded().stream().sorted()
                    .map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList())));
        }
        if (repository) {
            originRules.forEach(rule -> args.addAll(List.of("--origin", rule)));
            args.addAll(originSwitches);
        }
        if (state.metric() != Metric.LINES) {
            args.addAll(List.of("--measure", measureId(state.metric())));
        }
        args.addAll(List.of("--chart", viewId));
        args.addAll(viewOptions(state, viewId));
        args.addAll(List.of("--png", png));
        if (width != PngExporter.DEFAULT_WIDTH) {
            args.addAll(List.of("--width", Integer.toString(width)));
        }
        if (height != PngExporter.DEFAULT_HEIGHT) {
            args.addAll(List.of("--height", Integer.toString(height)));
        }
        if (scale != 1) {
            args.addAll(List.of("--scale", scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale)));
        }
        return args;
    }

    /** The whole line as a shell would take it: {@code oxidation export --sample --chart timeline ...}. */
    public String line(ViewState state, String viewId, String png, int width, int height, double scale) {
        List<String> words = new ArrayList<>();
        words.add(PROGRAM);
        arguments(state, viewId, png, width, height, scale).forEach(arg -> words.add(quote(arg)));
        return String.join(" ", words);
    }

    /** The export command's word for a metric: {@code lines} or {@code code-lines}. */
    public static String measureId(Metric metric) {
        return metric.toString().replace(' ', '-');
    }

    /**
     * How the samples are chosen: {@code --tags} and {@code --order} for tags; {@code --every}, {@code --ref},
     * {@code --since}, {@code --until} (and {@code --mark-tags} with its {@code --tags}) along a branch.
     */
    private List<String> samplingOptions(ViewState state) {
        List<String> args = new ArrayList<>();
        Sampling sampling = state.sampling();
        boolean customTags = tagPattern != null && !tagPattern.equals(TagSelector.DEFAULT_PATTERN);
        if (sampling.byInterval()) {
            args.addAll(List.of("--every", sampling.every()));
            if (!sampling.ref().equals(Sampling.DEFAULT_REF)) {
                args.addAll(List.of("--ref", sampling.ref()));
            }
            optional(args, "--since", sampling.since());
            optional(args, "--until", sampling.until());
            if (sampling.markTags()) {
                args.add("--mark-tags");
                if (customTags) {
                    args.addAll(List.of("--tags", tagPattern));
                }
            }
            return args;
        }
        if (customTags) {
            args.addAll(List.of("--tags", tagPattern));
        }
        if (!state.order().equals(ViewState.VERSION_ORDER)) {
            args.addAll(List.of("--order", state.order()));
        }
        return args;
    }

    private static void optional(List<String> args, String option, String value) {
        if (value != null) {
            args.addAll(List.of(option, value));
        }
    }

    /**
     * The two refs compared when either is not one of the samples (a branch or commit typed into Compare):
     * the export counts just those two, by {@code --ref}; a sample among them is named by its commit id when
     * its name is an interval's date, which git does not know. Empty when both are samples.
     */
    static List<String> comparedRefs(ViewState state) {
        String a = state.compareTagA();
        String b = state.compareTagB();
        List<String> samples = state.timeline().tags();
        if (a == null || b == null || samples.contains(a) && samples.contains(b)) {
            return List.of();
        }
        return List.of(refName(state, a), refName(state, b));
    }

    private static String refName(ViewState state, String name) {
        boolean intervalSample = state.sampling().byInterval() && state.timeline().tags().contains(name);
        return intervalSample ? state.comparable(name).orElseThrow().commitId() : name;
    }

    private static List<String> viewOptions(ViewState state, String viewId) {
        List<String> args = new ArrayList<>();
        if (viewId.equals("timeline") || viewId.equals("share")) {
            if (state.choices().placement() != Placement.AUTO) {
                args.addAll(List.of("--x-axis", state.choices().placement().id()));
            }
            if (state.choices().growth()) {
                args.add("--growth");
            }
        }
        switch (viewId) {
            case "timeline" -> {
                TimelineChoices choices = state.choices().timeline();
                if (choices.mode() != TimelineChoices.DEFAULT.mode()) {
                    args.addAll(List.of("--mode", choices.mode().id()));
                }
                hidden(choices.hidden(), args);
            }
            case "share" -> {
                ShareChoices choices = state.choices().share();
                if (!choices.logScale()) {
                    args.addAll(List.of("--share-scale", "linear"));
                }
                if (choices.ticked() != null && choices.ticked().isEmpty()) {
                    args.add("--no-subsystems");
                } else if (choices.ticked() != null) {
                    choices.ticked().forEach(subsystem -> args.addAll(List.of("--subsystem", subsystem)));
                }
                hidden(choices.hidden(), args);
            }
            case "treemap" -> {
                if (state.tag() != null) {
                    args.addAll(List.of("--tag", state.singleTag()));
                }
                state.choices().treemapPath().forEach(key -> args.addAll(List.of("--open", key)));
            }
            default -> {
                if ((state.tagA() != null || state.tagB() != null) && comparedRefs(state).isEmpty()) {
                    args.addAll(List.of("--tag", state.compareTagA(), "--tag", state.compareTagB()));
                }
                if (state.choices().colouring() != Colouring.RUST_CHANGE) {
                    args.addAll(List.of("--colour", state.choices().colouring().id()));
                }
            }
        }
        return args;
    }

    private static void hidden(java.util.Set<String> names, List<String> args) {
        names.stream().sorted().forEach(name -> args.addAll(List.of("--hide", name)));
    }

    /** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
