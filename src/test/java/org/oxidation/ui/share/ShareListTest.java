package org.oxidation.ui.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.ViewState;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.testing.FxStages;
import org.testfx.api.FxRobot;

/** The Rust share view: its list of subsystems shows long MAINTAINERS section names whole, and the same picture is drawn once. */
class ShareListTest extends FxRobot {

    private static final List<String> SECTIONS = List.of("ARM/ALLWINNER SUNXI SOC SUPPORT AND DRIVERS",
            "RUST [ALLOC] AND THE KERNEL CRATE", "QUALCOMM ETHERNET DRIVERS (EMAC, RMNET AND IPA)");

    private ShareView view;

    private static Timeline timeline() {
        Map<String, Map<String, Breakdown.Row>> rows = new LinkedHashMap<>();
        SECTIONS.forEach(section -> rows.put(section, Map.of("C", row(1000), "Rust", row(10))));
        return new Timeline("linux", List.of(Snapshot.fromBreakdown("v1", "0".repeat(40),
                OffsetDateTime.parse("2024-01-01T00:00:00Z"), new Breakdown("maintainers", rows))));
    }

    private static Breakdown.Row row(long lines) {
        return new Breakdown.Row(LineCounts.ofFile(lines, 0, 0, 0), 0, 0);
    }

    @BeforeEach
    void show() throws Exception {
        FxStages.show(1000, 700, () -> {
            view = new ShareView();
            view.show(ViewState.of(timeline()));
            return view.node();
        });
    }

    @AfterEach
    void hide() throws Exception {
        FxStages.hide();
    }

    @Test
    void aStateThatDrawsTheSamePictureLeavesTheChartAsItIs() {
        javafx.scene.chart.XYChart<?, ?> chart = lookup("#share-chart").queryAs(javafx.scene.chart.XYChart.class);
        Object lineBefore = chart.getData().get(0);
        interact(() -> view.show(ViewState.of(timeline()))); // a new state, the same rows
        org.junit.jupiter.api.Assertions.assertSame(lineBefore, chart.getData().get(0), "the same picture is not drawn again");
        interact(() -> view.show(ViewState.of(timeline()).withMetric(org.oxidation.chart.Metric.CODE)));
        org.junit.jupiter.api.Assertions.assertNotSame(lineBefore, chart.getData().get(0), "another picture is");
    }

    @Test
    void noSectionNameInTheListIsCutShortOrRunsPastItsEdge() {
        javafx.scene.Node list = lookup("#share-subsystems").query();
        double listRight = list.localToScene(list.getLayoutBounds()).getMaxX();
        List<ListCell<?>> cells = lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() != null).<ListCell<?>>map(cell -> cell).toList();
        assertEquals(SECTIONS.size(), cells.size());
        for (ListCell<?> cell : cells) {
            Text text = cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .findFirst().orElseThrow();
            assertEquals(cell.getItem(), text.getText(), "drawn whole, not with …");
            double textRight = text.localToScene(text.getLayoutBounds()).getMaxX();
            org.junit.jupiter.api.Assertions.assertTrue(textRight <= listRight,
                    cell.getItem() + " ends at " + textRight + ", past the list's edge at " + listRight);
        }
    }
}
