package org.oxidation.ui.export;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/**
 * What an exported picture shows around a chart: the chart itself and a footer line saying where the
 * data came from, so a PNG passed around keeps its provenance. Used on the FX thread.
 */
final class ExportFrame extends BorderPane {

    ExportFrame(Parent chart, String footer) {
        setCenter(chart);
        Label line = new Label(footer);
        line.setId("export-footer");
        line.setStyle("-fx-font-size: 11px; -fx-text-fill: #555555;");
        BorderPane.setMargin(line, new Insets(2, 10, 6, 10));
        setBottom(line);
        setStyle("-fx-background-color: white;");
    }
}
