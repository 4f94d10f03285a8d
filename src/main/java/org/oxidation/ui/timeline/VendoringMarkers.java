package org.oxidation.ui.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.oxidation.count.origin.VendoringEvents;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.SeriesStyle;

/**
 * Markers on the timeline's x axis where vendored code arrives, is upgraded or leaves: one per tag, its
 * label naming what changed (shortened when many did), its tooltip listing every change with versions.
 * FX thread only.
 */
final class VendoringMarkers {

    /** The marker's shape in the hint above the chart. */
    static final String SYMBOL = "\u25b2";
    static final String MARKER_CLASS = "vendoring-marker";
    static final String LABEL_CLASS = "vendoring-label";
    private static final double SIZE = 12;
    /** Names listed in a label before the rest is counted. */
    private static final int NAMES_IN_LABEL = 2;

    private VendoringMarkers() {
    }

    /** One marker per tag with events, at (tag index, 0). */
    static List<MarkedAreaChart.Marker> markers(List<VendoringEvents.Event> events, List<String> tags) {
        Map<String, List<VendoringEvents.Event>> byTag = new LinkedHashMap<>();
        events.forEach(event -> byTag.computeIfAbsent(event.tag(), t -> new ArrayList<>()).add(event));
        List<MarkedAreaChart.Marker> markers = new ArrayList<>();
        byTag.forEach((tag, atTag) -> {
            int x = tags.indexOf(tag);
            if (x >= 0) {
                markers.add(marker(tag, x, atTag, x == 0));
            }
        });
        return markers;
    }

    private static MarkedAreaChart.Marker marker(String tag, int x, List<VendoringEvents.Event> events, boolean firstTag) {
        Region triangle = new Region();
        triangle.getStyleClass().add(MARKER_CLASS);
        triangle.setStyle("-fx-shape: \"M 0 -1 L 1 1 L -1 1 Z\"; -fx-background-color: #1b1f24, "
                + Palette.css(Palette.VENDORED) + "; -fx-background-insets: 0, 1.6;");
        triangle.setPrefSize(SIZE, SIZE);
        String tooltip = tooltipText(tag, events, firstTag);
        SeriesStyle.tooltip(triangle, tooltip);
        Label label = new Label(labelText(events));
        label.getStyleClass().add(LABEL_CLASS);
        label.setStyle("-fx-font-size: 11px; -fx-padding: 0 4 0 4; -fx-background-color: rgba(255,255,255,0.85);"
                + " -fx-background-radius: 3; -fx-border-color: " + Palette.css(Palette.VENDORED.darker())
                + "; -fx-border-radius: 3;");
        SeriesStyle.tooltip(label, tooltip);
        return new MarkedAreaChart.Marker("vendoring " + tag, x, 0, triangle, label);
    }

    /** "+syn +quote +3 more", "−alloc", "syn ↑": what changed, in a few words. */
    static String labelText(List<VendoringEvents.Event> events) {
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
    static String tooltipText(String tag, List<VendoringEvents.Event> events, boolean firstTag) {
        StringBuilder text = new StringBuilder("Vendored code at ").append(tag)
                .append(firstTag ? " (the first tag shown):" : ":");
        for (VendoringEvents.Event event : events) {
            text.append('\n').append(firstTag && event.change() == VendoringEvents.Change.ARRIVED
                    ? (event.name() + " " + event.after()).trim() + " is there" : event.describe());
        }
        return text.toString();
    }
}
