package org.oxidation.ui.compare;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.collections.FXCollections;
import org.oxidation.layout.Units;
import org.oxidation.model.LineCounts;
import org.oxidation.model.TagComparison.SubsystemRow;
import org.oxidation.chart.Describe;

/**
 * The sortable table of subsystems: C and Rust at both tags, the change in Rust, Rust's unsafe lines at
 * both tags, and Rust's share at both tags; biggest Rust growth first until the user sorts otherwise.
 * Used on the FX thread.
 */
final class SubsystemTable extends TableView<SubsystemRow> {

    /** All lines or code lines; read by the cell value factories, so declared before the columns. */
    private ToLongFunction<LineCounts> measure = LineCounts::lines;
    private final TableColumn<SubsystemRow, Long> cA = countColumn(row -> measure.applyAsLong(row.cA()), false);
    private final TableColumn<SubsystemRow, Long> cB = countColumn(row -> measure.applyAsLong(row.cB()), false);
    private final TableColumn<SubsystemRow, Long> rustA = countColumn(row -> measure.applyAsLong(row.rustA()), false);
    private final TableColumn<SubsystemRow, Long> rustB = countColumn(row -> measure.applyAsLong(row.rustB()), false);
    private final TableColumn<SubsystemRow, Long> rustChange = countColumn(row -> row.rustChange(measure), true);
    // unsafe is counted in code lines whatever the measure: a blank or comment line holds no keyword.
    private final TableColumn<SubsystemRow, Long> unsafeA = countColumn(row -> row.rustA().unsafeLines(), false);
    private final TableColumn<SubsystemRow, Long> unsafeB = countColumn(row -> row.rustB().unsafeLines(), false);
    private final TableColumn<SubsystemRow, Double> shareA = shareColumn(row -> row.shareA(measure));
    private final TableColumn<SubsystemRow, Double> shareB = shareColumn(row -> row.shareB(measure));

    /** Narrowest a column gets, whatever the window's width: its numbers are never cut to "2,447,…". */
    static final double COUNT_MIN_WIDTH = 84;
    static final double SHARE_MIN_WIDTH = 64;
    static final double NAME_MIN_WIDTH = 120;
    /** The vertical scroll bar's width and the table's borders. */
    private static final double SCROLL_BAR_ROOM = 20;

    SubsystemTable() {
        getStyleClass().add("subsystem-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SubsystemRow, String> name = new TableColumn<>("subsystem");
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().subsystem()));
        name.setPrefWidth(130);
        name.setMinWidth(NAME_MIN_WIDTH);
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String subsystem, boolean empty) {
                super.updateItem(subsystem, empty);
                setText(empty ? null : subsystem);
                // A name cut to fit is whole in its tooltip.
                setTooltip(empty || subsystem == null ? null : new javafx.scene.control.Tooltip(subsystem));
            }
        });
        rustChange.setText("Δ Rust");
        rustChange.setPrefWidth(96);
        unsafeA.setPrefWidth(90);
        unsafeB.setPrefWidth(90);
        getColumns().add(name);
        getColumns().addAll(List.of(cA, cB, rustA, rustB, rustChange, unsafeA, unsafeB));
        getColumns().addAll(List.of(shareA, shareB));
        nameColumns("A", "B");
        widthProperty().addListener((observable, before, after) -> fitColumns(after.doubleValue()));
    }

    /**
     * Columns fill the table while their numbers fit; in a narrower table they keep their least widths and
     * the table scrolls sideways (a constrained policy would leave the last columns out of reach).
     */
    private void fitColumns(double width) {
        double least = getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + SCROLL_BAR_ROOM;
        setColumnResizePolicy(width < least ? TableView.UNCONSTRAINED_RESIZE_POLICY
                : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /**
     * Shows the rows in the measure given, sorted by growth in Rust, largest first, or for a comparison
     * back in time ({@code shrinkageFirst}) by shrinkage, largest first, until the user sorts otherwise.
     */
    void show(List<SubsystemRow> rows, ToLongFunction<LineCounts> measure, String tagA, String tagB,
              boolean shrinkageFirst) {
        this.measure = measure;
        nameColumns(tagA, tagB);
        setPlaceholder(new Label("no C or Rust lines in either tag"));
        setItems(FXCollections.observableArrayList(rows));
        if (getSortOrder().isEmpty() || getSortOrder().equals(List.of(rustChange))) {
            rustChange.setSortType(shrinkageFirst ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            getSortOrder().setAll(List.of(rustChange));
        }
        sort();
    }

    /** Titles on two lines, measure over tag: tag names are long and there are nine numeric columns. */
    private void nameColumns(String tagA, String tagB) {
        cA.setText(title("C", tagA));
        cB.setText(title("C", tagB));
        rustA.setText(title("Rust", tagA));
        rustB.setText(title("Rust", tagB));
        unsafeA.setText(title("unsafe", tagA));
        unsafeB.setText(title("unsafe", tagB));
        shareA.setText(title("share", tagA));
        shareB.setText(title("share", tagB));
    }

    static String title(String what, String tag) {
        return what + "\n" + tag;
    }

    private static TableColumn<SubsystemRow, Long> countColumn(ToLongFunction<SubsystemRow> value, boolean signed) {
        TableColumn<SubsystemRow, Long> column = new TableColumn<>();
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsLong(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long count, boolean empty) {
                super.updateItem(count, empty);
                setText(empty || count == null ? null : (signed && count > 0 ? "+" : "") + Describe.exact(count));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        column.setPrefWidth(100);
        // Room for a kernel's "−8,453,759": in a narrow window the table scrolls sideways rather than cut digits.
        column.setMinWidth(COUNT_MIN_WIDTH);
        return column;
    }

    private static TableColumn<SubsystemRow, Double> shareColumn(ToDoubleFunction<SubsystemRow> share) {
        TableColumn<SubsystemRow, Double> column = new TableColumn<>();
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(share.applyAsDouble(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Units.percent(value));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        column.setPrefWidth(84);
        column.setMinWidth(SHARE_MIN_WIDTH);
        return column;
    }
}
