package org.oxidation.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.oxidation.chart.Placement;
import org.oxidation.chart.ViewChoices;
import org.oxidation.chart.ViewState;

/**
 * The Timeline's and the Rust share's controls of time: samples placed by tag or by date along x, and
 * whether the doubling time of Rust is drawn. They show a state's choices and hand the changed choices
 * to the view, which asks the window for a new state; both views share them through the state. Left out
 * of exports ({@link LiveControls}). FX thread only.
 */
public final class TimeControls {

    static final String BY_TAG = "by tag";
    static final String BY_DATE = "by date";
    static final String NOT_IN_DATE_ORDER = "By tag only: the samples' commit dates do not follow their order "
            + "(release tags of several stable branches), so they cannot be placed along time";

    private final Label label = new Label("Place");
    private final ChoiceBox<String> placement = new ChoiceBox<>();
    private final CheckBox growth = new CheckBox("Doubling time");
    private boolean showingState;

    /** @param changed receives the choices the user changed */
    public TimeControls(String idPrefix, Consumer<java.util.function.UnaryOperator<ViewChoices>> changed) {
        placement.getItems().setAll(BY_TAG, BY_DATE);
        placement.setId(idPrefix + "-placement");
        placement.setTooltip(new Tooltip("Samples evenly one after another (by tag), or at their commit dates, "
                + "distances proportional to time (by date)"));
        growth.setId(idPrefix + "-growth");
        growth.setTooltip(new Tooltip("Draw how fast Rust lines grow: a least-squares fit of log(lines) against "
                + "the commit dates, dashed, labelled with its doubling time"));
        placement.valueProperty().addListener((observable, before, after) -> {
            if (!showingState && after != null) {
                changed.accept(c -> c.withPlacement(after.equals(BY_DATE) ? Placement.BY_DATE : Placement.BY_TAG));
            }
        });
        growth.selectedProperty().addListener((observable, before, after) -> {
            if (!showingState) {
                changed.accept(c -> c.withGrowth(after));
            }
        });
        for (Region control : List.of(label, placement, growth)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        LiveControls.mark(label, placement, growth);
    }

    /** Shows the state's choices without taking them for the user's. */
    public void show(ViewState state) {
        showingState = true;
        try {
            placement.setValue(org.oxidation.chart.SampleAxis.byDate(state) ? BY_DATE : BY_TAG);
            // Tags of several stable branches in version order are not in date order: by date cannot
            // draw them, and a disabled control shows no tooltip, so the label next to it says why.
            boolean inOrder = org.oxidation.chart.SampleAxis.inDateOrder(state.timeline().snapshots());
            placement.setDisable(!inOrder);
            label.setTooltip(inOrder ? null : new Tooltip(NOT_IN_DATE_ORDER));
            growth.setSelected(state.choices().growth());
        } finally {
            showingState = false;
        }
    }

    /** The controls, for a view's header. */
    public List<Node> nodes() {
        return List.of(label, placement, growth);
    }
}
