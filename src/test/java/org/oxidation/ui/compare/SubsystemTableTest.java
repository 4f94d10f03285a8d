package org.oxidation.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxidation.model.LineCounts;
import org.oxidation.model.TagComparison.SubsystemRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class SubsystemTableTest extends FxRobot {

    /** drivers/gpu: Rust 40 lines (30 code, 3 unsafe) at v1.0, 100 lines (80 code, 7 unsafe) at v1.1. */
    private static final SubsystemRow GPU = new SubsystemRow("drivers/gpu", LineCounts.ofFile(500, 0, 0, 0),
            LineCounts.ofFile(500, 0, 0, 0), LineCounts.ofFile(30, 5, 5, 3), LineCounts.ofFile(80, 10, 10, 7));

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Column title → the cell value of the only row. */
    private static Object cell(SubsystemTable table, String title) {
        TableColumn<SubsystemRow, ?> column = table.getColumns().stream()
                .filter(c -> c.getText().equals(title)).findFirst().orElseThrow(() -> new AssertionError(title));
        return column.getCellObservableValue(0).getValue();
    }

    @Test
    void unsafeColumnsShowRustUnsafeLinesAtBothTagsWhateverTheMeasure() throws Exception {
        SubsystemTable table = WaitForAsyncUtils.asyncFx(() -> {
            SubsystemTable shown = new SubsystemTable();
            shown.show(List.of(GPU), LineCounts::lines, "v1.0", "v1.1", false);
            return shown;
        }).get();

        assertEquals(3L, cell(table, SubsystemTable.title("unsafe", "v1.0")));
        assertEquals(7L, cell(table, SubsystemTable.title("unsafe", "v1.1")));
        assertEquals(40L, cell(table, SubsystemTable.title("Rust", "v1.0")), "the measure: all lines");
        assertEquals(60L, cell(table, "Δ Rust"));
    }

    @Test
    void theSummaryNamesTheUnsafeTotalsAtBothTags() {
        assertEquals("Rust code lines with unsafe 3 → 7", org.oxidation.chart.compare.CompareChart.unsafeSummary(GPU));
    }

    @Test
    void aComparisonBackInTimeListsTheLargestShrinkageFirst() throws Exception {
        // From v1.1 back to v1.0: drivers/gpu loses 60 lines of Rust, rust/ loses 10, samples gains 5.
        SubsystemRow gpu = new SubsystemRow("drivers/gpu", LineCounts.ofFile(500, 0, 0, 0), LineCounts.ofFile(500, 0, 0, 0),
                LineCounts.ofFile(100, 0, 0, 0), LineCounts.ofFile(40, 0, 0, 0));
        SubsystemRow rust = new SubsystemRow("rust", LineCounts.ofFile(0, 0, 0, 0), LineCounts.ofFile(0, 0, 0, 0),
                LineCounts.ofFile(30, 0, 0, 0), LineCounts.ofFile(20, 0, 0, 0));
        SubsystemRow samples = new SubsystemRow("samples", LineCounts.ofFile(0, 0, 0, 0), LineCounts.ofFile(0, 0, 0, 0),
                LineCounts.ofFile(0, 0, 0, 0), LineCounts.ofFile(5, 0, 0, 0));
        List<String> order = WaitForAsyncUtils.asyncFx(() -> {
            SubsystemTable shown = new SubsystemTable();
            shown.show(List.of(samples, rust, gpu), LineCounts::lines, "v1.1", "v1.0", true);
            return shown.getItems().stream().map(SubsystemRow::subsystem).toList();
        }).get();
        assertEquals(List.of("drivers/gpu", "rust", "samples"), order);
    }
}
