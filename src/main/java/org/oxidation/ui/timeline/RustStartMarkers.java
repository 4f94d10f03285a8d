package org.oxidation.ui.timeline;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.oxidation.count.FirstRust;
import org.oxidation.model.Breakdown;
import org.oxidation.ui.common.Metric;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.SeriesStyle;

/**
 * The nodes that mark where a subsystem's Rust started: a diamond in the colour of the series that draws
 * the subsystem and, for the few subsystems with most Rust at the last tag, a label naming it. Every
 * marker has a tooltip with the subsystem, the tag and the files. Stateless; the nodes it makes belong
 * to the FX thread.
 */
final class RustStartMarkers {

    /** Labels beyond this many crowd the chart: the remaining starts are dots with a tooltip. */
    static final int MAX_LABELS = 5;
    static final String MARKER_CLASS = "rust-start-marker";
    static final String LABEL_CLASS = "rust-start-label";
    private static final double DIAMOND_SIZE = 12;

    private RustStartMarkers() {
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

    /** A marker for one start at the data point (tag index, y). */
    static MarkedAreaChart.Marker marker(FirstRust.Start start, double y, Color colour, boolean labelled) {
        Region diamond = new Region();
        diamond.getStyleClass().add(MARKER_CLASS);
        diamond.setStyle("-fx-shape: \"M 0 -1 L 1 0 L 0 1 L -1 0 Z\"; -fx-background-color: #1b1f24, "
                + Palette.css(colour) + "; -fx-background-insets: 0, 1.6;");
        diamond.setPrefSize(DIAMOND_SIZE, DIAMOND_SIZE);
        String text = tooltipText(start);
        SeriesStyle.tooltip(diamond, text);
        Label label = null;
        if (labelled) {
            label = new Label(start.subsystem());
            label.getStyleClass().add(LABEL_CLASS);
            label.setStyle("-fx-font-size: 11px; -fx-padding: 0 4 0 4; -fx-background-color: rgba(255,255,255,0.85);"
                    + " -fx-background-radius: 3; -fx-border-color: " + Palette.css(colour.darker())
                    + "; -fx-border-radius: 3;");
            SeriesStyle.tooltip(label, text);
        }
        return new MarkedAreaChart.Marker(start.subsystem(), start.tagIndex(), y, diamond, label);
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
