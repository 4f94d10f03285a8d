package org.oxidation.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oxidation.count.Grouping;
import org.oxidation.chart.ViewState;
import org.oxidation.testing.ManySections;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The hint above the Timeline names what the diamonds mark in the grouping's own word (issue 21). */
class MarkerHintTest extends FxRobot {

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    private static String hintShown(ViewState state) throws Exception {
        TimelineView view = ShownTimeline.show(state);
        return ((Label) view.node().lookup("#rust-start-hint")).getText();
    }

    @Test
    void underMaintainersGroupingTheHintSaysSection() throws Exception {
        // Forty sections start Rust at v2: their diamonds are the only markers (no vendored code).
        assertEquals("\u25c6 first Rust in a MAINTAINERS section (hover for details)", hintShown(ManySections.state()));
    }

    @Test
    void underKernelAndDirectoryGroupingsTheHintSaysSubsystemAndDirectory() throws Exception {
        ViewState state = ManySections.state();
        assertEquals("\u25c6 first Rust in a subsystem (hover for details)", hintShown(state.withGrouping(Grouping.KERNEL)));
        assertEquals("\u25c6 first Rust in a directory (hover for details)", hintShown(state.withGrouping(Grouping.depth(2))));
    }
}
