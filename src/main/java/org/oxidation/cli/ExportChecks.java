package org.oxidation.cli;

import java.util.ArrayList;
import java.util.List;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.share.ShareChart;
import org.oxidation.chart.timeline.TimelineChart;
import org.oxidation.chart.treemap.TreemapChart;

/**
 * The export options that can only be checked against the data: a series to hide, a subsystem to draw,
 * a directory to open that the data does not have. The chart treats them as the window does (a path is
 * followed as far as the tag has it, names it does not have are left out), so a line copied from the
 * window always draws; each such option is named in a one-line warning. Stateless.
 */
final class ExportChecks {

    private ExportChecks() {
    }

    /** One sentence per option the data does not have; empty when all fit. */
    static List<String> warnings(ViewState state, String chart, List<String> hidden, List<String> subsystems,
                                 List<String> open) {
        List<String> warnings = new ArrayList<>();
        switch (chart) {
            case "timeline" -> unknown("--hide", hidden,
                    TimelineChart.of(state).series().stream().map(TimelineChart.Series::name).toList(), warnings);
            case "share" -> {
                ShareChart share = ShareChart.of(state);
                unknown("--subsystem", subsystems, share.withRust(), warnings);
                unknown("--hide", hidden, share.lines().stream().map(ShareChart.Line::name).toList(), warnings);
            }
            case "treemap" -> {
                List<String> opened = TreemapChart.of(state).path();
                if (!opened.equals(open)) {
                    warnings.add("--open " + open.get(opened.size()) + ": no such subsystem or directory to open "
                            + (opened.isEmpty() ? "at the top of the treemap" : "in " + opened.get(opened.size() - 1))
                            + "; drawn from there");
                }
            }
            default -> { }
        }
        return warnings;
    }

    private static void unknown(String option, List<String> given, List<String> names, List<String> warnings) {
        for (String name : given) {
            if (!names.contains(name)) {
                warnings.add(option + " '" + name + "': the chart has no such series, left out (it has "
                        + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
            }
        }
    }
}
