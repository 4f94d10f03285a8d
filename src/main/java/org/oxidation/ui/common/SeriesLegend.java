package org.oxidation.ui.common;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A chart legend that hides and shows series: clicking an entry toggles its series, hovering it asks
 * the chart to highlight that series. Used instead of the charts' own legend, which can neither hide a
 * series nor take more than 8 colours. Entries carry the style class {@code series-legend-item} and
 * {@code hidden-series} when hidden; their text is the series name. FX thread only.
 */
public final class SeriesLegend extends FlowPane {

    private final Set<String> hidden = new HashSet<>();
    private Map<String, Color> shown = Map.of();
    private java.util.function.Predicate<String> hatched = name -> false;
    private final Consumer<Set<String>> onHiddenChanged;
    private final Consumer<String> onHover;

    /**
     * @param onHiddenChanged receives the hidden series names after each click
     * @param onHover         receives a series name when the pointer enters its entry, null when it leaves
     */
    public SeriesLegend(Consumer<Set<String>> onHiddenChanged, Consumer<String> onHover) {
        super(14, 4);
        this.onHiddenChanged = onHiddenChanged;
        this.onHover = onHover;
        setAlignment(Pos.CENTER);
        setPadding(new Insets(4, 8, 4, 8));
        getStyleClass().add("series-legend");
    }

    /**
     * Shows one entry per series, in order; hidden names stay hidden across updates. The entries are
     * kept when nothing changed, so a redraw caused by a click does not pull the entry from under the
     * pointer.
     */
    public void setSeries(List<String> names, Function<String, Color> colourOf) {
        setSeries(names, colourOf, name -> false);
    }

    /** As {@link #setSeries(List, Function)}, with the swatches of {@code isHatched} series hatched. */
    public void setSeries(List<String> names, Function<String, Color> colourOf,
                          java.util.function.Predicate<String> isHatched) {
        hatched = isHatched;
        Map<String, Color> wanted = new LinkedHashMap<>();
        names.forEach(name -> wanted.put(name, colourOf.apply(name)));
        if (wanted.equals(shown) && List.copyOf(wanted.keySet()).equals(List.copyOf(shown.keySet()))) {
            return;
        }
        shown = wanted;
        getChildren().setAll(names.stream().map(name -> entry(name, wanted.get(name))).toList());
    }

    /** Marks exactly these series as hidden, as a state says (no callback: the caller knows). */
    public void setHidden(java.util.Set<String> names) {
        if (hidden.equals(names)) {
            return;
        }
        hidden.clear();
        hidden.addAll(names);
        Map<String, Color> entries = shown;
        shown = Map.of();
        setSeries(List.copyOf(entries.keySet()), entries::get);
    }

    /** The names of the hidden series. */
    public Set<String> hidden() {
        return Set.copyOf(hidden);
    }

    private Label entry(String name, Color colour) {
        Region swatch = new Region();
        swatch.setMinSize(12, 12);
        swatch.setMaxSize(12, 12);
        Label entry = new Label(name, swatch);
        entry.getStyleClass().add("series-legend-item");
        entry.setCursor(Cursor.HAND);
        entry.setTooltip(new Tooltip("Click to hide or show " + name));
        boolean lined = hatched.test(name);
        paint(entry, swatch, colour, hidden.contains(name), lined);
        entry.setOnMouseClicked(event -> {
            if (!hidden.remove(name)) {
                hidden.add(name);
            }
            paint(entry, swatch, colour, hidden.contains(name), lined);
            onHiddenChanged.accept(hidden());
        });
        entry.setOnMouseEntered(event -> onHover.accept(hidden.contains(name) ? null : name));
        entry.setOnMouseExited(event -> onHover.accept(null));
        return entry;
    }

    private static void paint(Label entry, Region swatch, Color colour, boolean isHidden, boolean lined) {
        String css = Palette.css(colour);
        // Diagonal stripes, as the band's hatching: code not written for the project.
        String fill = lined ? "linear-gradient(from 0px 0px to 4px 4px, repeat, " + css + " 55%, "
                + Palette.css(colour.darker().darker()) + " 55%)" : css;
        // A hidden series keeps an outlined swatch so the reader still sees which colour it had.
        swatch.setStyle(isHidden
                ? "-fx-background-color: white; -fx-border-color: " + css + "; -fx-border-width: 2;"
                : "-fx-background-color: " + fill + "; -fx-background-radius: 2;");
        entry.setOpacity(isHidden ? 0.45 : 1);
        if (isHidden) {
            entry.getStyleClass().add("hidden-series");
        } else {
            entry.getStyleClass().remove("hidden-series");
        }
    }
}
