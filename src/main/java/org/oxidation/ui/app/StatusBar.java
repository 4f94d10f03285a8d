package org.oxidation.ui.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The window's bottom line: the last outcome ("linux: 8 tags counted."), a "2 warnings…" link when the
 * count gave warnings (the line has room for the last one only), and while counting a progress bar,
 * "tag 3/8 v6.12.107 · 12,034 files · 410 MB/s" and a Cancel button; on its right how fast Rust grows
 * over the samples shown ("Rust lines double every 7.5 months"). FX thread only.
 */
final class StatusBar {

    private final HBox root = new HBox(10);

    /** @param showWarnings shows all of {@link MainWindowModel#countWarnings} */
    StatusBar(MainWindowModel model, Runnable showWarnings) {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(model.status);
        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progress);
        Label progressText = new Label();
        progressText.setId("progress-text");
        progressText.textProperty().bind(model.progressText);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE); // never "…": the texts give way
        bar.setMinWidth(80);
        cancel.setOnAction(event -> model.cancel());
        Hyperlink warnings = new Hyperlink();
        warnings.setId("warnings-link");
        warnings.setMinWidth(Region.USE_PREF_SIZE); // the status text gives way, not the link
        warnings.textProperty().bind(Bindings.createStringBinding(() -> model.countWarnings.size() == 1
                ? "1 warning…" : model.countWarnings.size() + " warnings…", model.countWarnings));
        warnings.visibleProperty().bind(Bindings.isNotEmpty(model.countWarnings));
        warnings.managedProperty().bind(warnings.visibleProperty());
        warnings.setOnAction(event -> showWarnings.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label growth = new Label();
        growth.setId("growth-text");
        growth.textProperty().bind(model.growth);
        // The outcome gives way first; while a count runs, the doubling time gives way to its progress.
        growth.minWidthProperty().bind(Bindings.when(model.running).then(0.0).otherwise(Region.USE_PREF_SIZE));
        growth.setStyle("-fx-text-fill: #3a3f45;");
        root.getChildren().addAll(status, warnings, spacer, growth, progressText, bar, cancel);
        for (var whileRunning : new javafx.scene.Node[] {bar, progressText, cancel}) {
            whileRunning.visibleProperty().bind(model.running);
            whileRunning.managedProperty().bind(model.running);
        }
        status.visibleProperty().bind(Bindings.isNotEmpty(model.status));
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 10, 4, 10));
        root.setMinHeight(32);
        // Never shorter than it has been (with the progress bar and Cancel while a count ran): a bar that
        // shrank when a count ended made the charts above it a few pixels taller, and the Treemap's
        // squarified layout reflowed.
        root.heightProperty().addListener((property, before, height) ->
                root.setMinHeight(Math.max(root.getMinHeight(), height.doubleValue())));
        root.setStyle("-fx-border-color: #c8ccd0 transparent transparent transparent;");
    }

    Parent node() {
        return root;
    }
}
