package org.oxidation.cli;

import java.util.List;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.share.ShareChart;
import org.oxidation.chart.timeline.TimelineChart;
import org.oxidation.chart.treemap.TreemapChart;
import org.oxidation.model.InputException;

/**
 * The export options that can only be checked against the data: a series to hide, a subsystem to draw,
 * a directory to open must exist, or the command says so in one sentence rather than drawing something
 * else. Stateless.
 */
final class ExportChecks {

    private ExportChecks() {
    }

    static void check(ViewState state, String chart, List<String> hidden, List<String> subsystems, List<String> open) {
        switch (chart) {
            case "timeline" -> known("--hide", hidden,
                    TimelineChart.of(state).series().stream().map(TimelineChart.Series::name).toList());
            case "share" -> {
                ShareChart share = ShareChart.of(state);
                known("--subsystem", subsystems, share.withRust());
                known("--hide", hidden, share.lines().stream().map(ShareChart.Line::name).toList());
            }
            case "treemap" -> {
                List<String> opened = TreemapChart.of(state).path();
                if (!opened.equals(open)) {
                    throw new InputException("--open " + open.get(opened.size()) + ": no such subsystem or directory "
                            + "to open " + (opened.isEmpty() ? "at the top of the treemap"
                            : "in " + opened.get(opened.size() - 1)));
                }
            }
            default -> { }
        }
    }

    private static void known(String option, List<String> given, List<String> names) {
        for (String name : given) {
            if (!names.contains(name)) {
                throw new InputException(option + " '" + name + "': the chart has " + (names.isEmpty() ? "none"
                        : String.join(", ", names)));
            }
        }
    }
}
