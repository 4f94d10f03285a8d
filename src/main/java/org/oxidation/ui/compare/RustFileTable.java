package org.oxidation.ui.compare;

import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.oxidation.model.LineCounts;
import org.oxidation.model.TagComparison;
import org.oxidation.model.TagComparison.Change;
import org.oxidation.model.TagComparison.RustFileChange;

/**
 * The Rust files added, removed and renamed between the tags, with their lines; renames read
 * "old → new". Sorted by change kind, then path. Used on the FX thread.
 */
final class RustFileTable extends TableView<RustFileChange> {

    private ToLongFunction<LineCounts> measure = LineCounts::lines;

    RustFileTable() {
        getStyleClass().add("rust-file-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RustFileChange, String> change = new TableColumn<>("Rust file");
        change.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(word(cell.getValue().change())));
        change.setPrefWidth(70);
        change.setMaxWidth(90);
        TableColumn<RustFileChange, Long> lines = new TableColumn<>("lines");
        lines.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(shownLines(cell.getValue())));
        lines.setPrefWidth(60);
        lines.setMaxWidth(80);
        lines.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<RustFileChange, String> path = new TableColumn<>("path");
        path.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(describePath(cell.getValue())));
        path.setCellFactory(column -> pathCell());
        getColumns().add(change);
        getColumns().add(lines);
        getColumns().add(path);
    }

    /**
     * A path that does not fit loses its beginning, not its file name ("…binder/allocation.rs"): the
     * directories are alike down a long list, the names tell the files apart. The tooltip has it whole.
     */
    static javafx.scene.control.TableCell<RustFileChange, String> pathCell() {
        javafx.scene.control.TableCell<RustFileChange, String> cell = new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        };
        cell.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        return cell;
    }

    void show(TagComparison comparison, ToLongFunction<LineCounts> measure) {
        this.measure = measure;
        setPlaceholder(new Label(comparison.filesKnown()
                ? "no Rust file added, removed or renamed"
                : "Rust file lists need the repository (CSV data has subsystem rows only)"));
        setItems(FXCollections.observableArrayList(comparison.rustFiles().stream()
                .sorted(java.util.Comparator.comparing(RustFileChange::change).thenComparing(RustFileChange::path))
                .toList()));
    }

    /** A removed file's lines at A; an added or renamed one's at B. */
    private long shownLines(RustFileChange file) {
        return measure.applyAsLong(file.change() == Change.REMOVED ? file.linesA() : file.linesB());
    }

    static String describePath(RustFileChange file) {
        return file.change() == Change.RENAMED ? file.oldPath() + " → " + file.newPath() : file.path();
    }

    private static String word(Change change) {
        return switch (change) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case RENAMED -> "renamed";
            case UPGRADED -> "upgraded";
        };
    }

    /** The crate changes in one line, "" when there are none. */
    static String crates(TagComparison comparison) {
        StringBuilder text = new StringBuilder();
        for (TagComparison.CrateChange crate : comparison.crates()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(switch (crate.change()) {
                case ADDED -> ("+ " + crate.name() + " " + crate.versionB()).strip();
                case REMOVED -> ("− " + crate.name() + " " + crate.versionA()).strip();
                default -> crate.name() + " " + crate.versionA() + " → " + crate.versionB();
            });
        }
        return text.isEmpty() ? "" : "Vendored code: " + text;
    }
}
