package org.oxidation.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxidation.chart.Metric;
import org.oxidation.testing.ManySections;
import org.oxidation.testing.FxStages;
import org.testfx.api.FxRobot;

/**
 * At 960 and 1000 px wide, under MAINTAINERS grouping, the timeline's title is drawn whole, its controls are on
 * screen, and the marker hint reads across the view under them (it once wrapped letter by letter beside them).
 */
class NarrowWindowTest extends FxRobot {

    private TimelineView view;

    private void showAt(double width) throws Exception {
        FxStages.show(width, 700, () -> {
            view = new TimelineView();
            view.show(ManySections.state().withMetric(Metric.CODE));
            return view.node();
        });
    }

    @AfterEach
    void hide() throws Exception {
        FxStages.hide();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(doubles = {960, 1000})
    void theTitleIsDrawnWholeTheControlsAreOnScreenAndTheHintReadsAcrossTheView(double width) throws Exception {
        showAt(width);
        Label title = lookup("#timeline-title").queryAs(Label.class);
        assertEquals("linux — Rust code lines by MAINTAINERS section", title.getText());
        Text drawn = (Text) title.lookup(".text");
        assertEquals(title.getText(), drawn.getText(), "not cut with …");
        for (String id : List.of("#timeline-placement", "#timeline-growth", "#timeline-mode")) {
            Node control = lookup(id).query();
            Bounds bounds = control.localToScene(control.getBoundsInLocal());
            assertTrue(bounds.getMaxX() <= width, id + " lies inside the view: " + bounds);
        }
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<org.oxidation.chart.timeline.TimelineMode> modes =
                lookup("#timeline-mode").queryAs(javafx.scene.control.ChoiceBox.class);
        assertEquals("Rust by MAINTAINERS section", ((javafx.scene.control.Label) modes.lookup(".label")).getText(),
                "the chooser names the grouping as the title does");
        Label hint = lookup("#rust-start-hint").queryAs(Label.class);
        Text hintDrawn = (Text) hint.lookup(".text");
        assertTrue(hint.isVisible());
        assertEquals(hint.getText(), hintDrawn.getText(), "wrapped, not cut with …");
        Bounds hintBounds = hint.localToScene(hint.getBoundsInLocal());
        Node mode = lookup("#timeline-mode").query();
        assertTrue(hintBounds.getMinY() >= mode.localToScene(mode.getBoundsInLocal()).getMaxY(), "under the controls");
        // 12 px text: a line is ~15 px; squeezed beside the controls it ran down the view a letter a line.
        assertTrue(hintBounds.getHeight() < 2 * 20, "one line, at most two: " + hintBounds);
    }
}
