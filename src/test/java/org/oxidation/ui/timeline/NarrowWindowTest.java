package org.oxidation.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.Metric;
import org.oxidation.testing.ManySections;
import org.oxidation.testing.FxStages;
import org.testfx.api.FxRobot;

/** At 1000 px wide, under MAINTAINERS grouping, the timeline's title is drawn whole and the hint gives way. */
class NarrowWindowTest extends FxRobot {

    private TimelineView view;

    @BeforeEach
    void show() throws Exception {
        FxStages.show(1000, 700, () -> {
            view = new TimelineView();
            view.show(ManySections.state().withMetric(Metric.CODE));
            return view.node();
        });
    }

    @AfterEach
    void hide() throws Exception {
        FxStages.hide();
    }

    @Test
    void theTitleIsDrawnWholeAndTheHintWrapsBesideIt() {
        Label title = lookup("#timeline-title").queryAs(Label.class);
        assertEquals("linux — Rust code lines by MAINTAINERS section", title.getText());
        Text drawn = (Text) title.lookup(".text");
        assertEquals(title.getText(), drawn.getText(), "not cut with …");
        Label hint = lookup("#rust-start-hint").queryAs(Label.class);
        Text hintDrawn = (Text) hint.lookup(".text");
        assertTrue(hint.isVisible());
        assertEquals(hint.getText(), hintDrawn.getText(), "wrapped, not cut with …");
    }
}
