package org.oxidation.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxidation.model.LineCounts;
import org.oxidation.model.TagComparison;
import org.oxidation.testing.FxStages;
import org.testfx.api.FxRobot;

/** The Compare view's list of Rust files in a narrow window. */
class RustFileTableTest extends FxRobot {

    private static final String PATH = "drivers/android/binder/allocation/range_alloc/tree_allocation.rs";

    @BeforeEach
    void show() throws Exception {
        FxStages.show(320, 200, () -> {
            RustFileTable table = new RustFileTable();
            table.show(new TagComparison("v1", "v2", List.of(), List.of(new TagComparison.RustFileChange(
                    TagComparison.Change.ADDED, null, PATH, LineCounts.ofFile(0, 0, 0, 0),
                    LineCounts.ofFile(437, 0, 0, 0))), List.of(), true), LineCounts::lines);
            return table;
        });
    }

    @AfterEach
    void hide() throws Exception {
        FxStages.hide();
    }

    @Test
    void aLongPathKeepsItsFileNameAndShowsWholeInItsTooltip() {
        TableCell<?, ?> cell = lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> PATH.equals(c.getItem())).findFirst().orElseThrow();
        Text drawn = (Text) cell.lookup(".text");
        assertTrue(drawn.getText().startsWith("...") && drawn.getText().endsWith("/tree_allocation.rs"),
                drawn.getText());
        assertEquals(PATH, cell.getTooltip().getText());
    }
}
