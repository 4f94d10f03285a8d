package org.oxidation.ui.compare;

import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.collections.FXCollections;
import org.oxidation.layout.Units;
import org.oxidation.model.LineCounts;
import org.oxidation.model.TagComparison.SubsystemRow;
import org.oxidation.ui.common.Describe;

/**
 * The sortable table of subsystems: C and Rust at both tags, the change in Rust, and Rust's share at both
 * tags; biggest Rust growth first until the user sorts otherwise. Used on the FX thread.
 */
final class SubsystemTable extends TableView<SubsystemRow> {

    private final TableColumn<SubsystemRow, Long> rustChange;

    SubsystemTable() {
        getStyleClass().add("subsystem-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SubsystemRow, String> name = new TableColumn<>("subsystem");
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().subsystem()));
        name.setPrefWidth(130);
        rustChange = countColumn("Δ Rust", null, true);
        getColumns().add(name);
        getColumns().add(countColumn("C A", SubsystemRow::cA, false));
        getColumns().add(countColumn("C B", SubsystemRow::cB, false));
        getColumns().add(countColumn("Rust A", SubsystemRow::rustA, false));
        getColumns().add(countColumn("Rust B", SubsystemRow::rustB, false));
        getColumns().add(rustChange);
        getColumns().add(shareColumn("share A", true));
        getColumns().add(shareColumn("share B", false));
    }

    /** Shows the rows in the measure given, sorted by growth in Rust, largest first. */
    void show(java.util.List<SubsystemRow> rows, ToLongFunction<LineCounts> measure, String tagA, String tagB) {
        this.measure = measure;
        getColumns().get(1).setText("C " + tagA);
        getColumns().get(2).setText("C " + tagB);
        getColumns().get(3).setText("Rust " + tagA);
        getColumns().get(4).setText("Rust " + tagB);
        getColumns().get(6).setText("share " + tagA);
        getColumns().get(7).setText("share " + tagB);
        setItems(FXCollections.observableArrayList(rows));
        if (getSortOrder().isEmpty()) {
            rustChange.setSortType(TableColumn.SortType.DESCENDING);
            getSortOrder().add(rustChange);
        }
        sort();
    }

    private ToLongFunction<LineCounts> measure = LineCounts::lines;

    private TableColumn<SubsystemRow, Long> countColumn(String title, java.util.function.Function<SubsystemRow, LineCounts> counts,
                                                       boolean signed) {
        TableColumn<SubsystemRow, Long> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(counts == null
                ? cell.getValue().rustChange(measure)
                : measure.applyAsLong(counts.apply(cell.getValue()))));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : (signed && value > 0 ? "+" : "") + Describe.exact(value));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        column.setPrefWidth(title.startsWith("Δ") ? 80 : 100);
        return column;
    }

    private TableColumn<SubsystemRow, Double> shareColumn(String title, boolean atA) {
        ToDoubleFunction<SubsystemRow> share = atA ? row -> row.shareA(measure) : row -> row.shareB(measure);
        TableColumn<SubsystemRow, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(share.applyAsDouble(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Units.percent(value));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        column.setPrefWidth(108);
        return column;
    }
}
