package org.oxidation.ui.app;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.oxidation.ui.export.PngExporter;

/** Asks for the picture's size and scale before the file chooser. FX thread only. */
final class ExportPngDialog {

    /** What the user chose: layout size in pixels and a scale factor for high-DPI screens. */
    record Settings(int width, int height, double scale) {
    }

    private final Dialog<Settings> dialog = new Dialog<>();

    ExportPngDialog(Window owner) {
        Spinner<Integer> width = new Spinner<>(400, 8000, PngExporter.DEFAULT_WIDTH, 100);
        Spinner<Integer> height = new Spinner<>(300, 8000, PngExporter.DEFAULT_HEIGHT, 100);
        width.setEditable(true);
        height.setEditable(true);
        ChoiceBox<Double> scale = new ChoiceBox<>();
        scale.getItems().addAll(1.0, 1.5, 2.0, 3.0);
        scale.setValue(1.0);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Width"), width, new Label("px"));
        grid.addRow(1, new Label("Height"), height, new Label("px"));
        grid.addRow(2, new Label("Scale"), scale, new Label("× (2 for high-DPI screens)"));
        dialog.setTitle("Export as PNG");
        dialog.setHeaderText("Size of the picture");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Settings(width.getValue(), height.getValue(), scale.getValue()) : null);
    }

    Optional<Settings> ask() {
        return dialog.showAndWait();
    }
}
