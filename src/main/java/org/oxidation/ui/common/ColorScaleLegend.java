package org.oxidation.ui.common;

import java.util.List;
import java.util.function.DoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

/**
 * A horizontal colour scale: a caption, a gradient bar over a position range 0..1 with ticks and labels,
 * and optional swatches beside it ("C only", hatched "vendored"). Build and use on the FX thread.
 */
public final class ColorScaleLegend extends HBox {

    /** A labelled tick at a position 0..1 along the bar. */
    public record Tick(double position, String label) {
    }

    /** A sample patch with its meaning, shown after the bar. */
    public record Swatch(Paint fill, Paint overlay, String label) {
    }

    private static final double BAR_WIDTH = 320;
    private static final double BAR_HEIGHT = 12;
    private static final int GRADIENT_STOPS = 24;

    /**
     * @param caption  what the colour means ("Rust share of the tile's lines")
     * @param colourAt the colour at a bar position 0..1
     * @param ticks    labelled positions
     * @param swatches extra patches after the bar
     */
    public ColorScaleLegend(String caption, DoubleFunction<Color> colourAt, List<Tick> ticks, List<Swatch> swatches) {
        super(18);
        getStyleClass().add("color-scale-legend");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(caption);
        title.setStyle("-fx-font-weight: bold;");
        getChildren().addAll(title, bar(colourAt, ticks));
        for (Swatch swatch : swatches) {
            getChildren().add(swatch(swatch));
        }
    }

    private static Region bar(DoubleFunction<Color> colourAt, List<Tick> ticks) {
        Stop[] stops = new Stop[GRADIENT_STOPS + 1];
        for (int i = 0; i <= GRADIENT_STOPS; i++) {
            double t = (double) i / GRADIENT_STOPS;
            stops[i] = new Stop(t, colourAt.apply(t));
        }
        Rectangle gradient = new Rectangle(BAR_WIDTH, BAR_HEIGHT,
                new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        gradient.setStroke(Color.web("#888888"));
        gradient.setStrokeWidth(0.5);
        Pane scale = new Pane(gradient);
        scale.setPrefSize(BAR_WIDTH + 40, BAR_HEIGHT + 20);
        scale.setMinSize(BAR_WIDTH + 40, BAR_HEIGHT + 20);
        gradient.setLayoutX(20);
        for (Tick tick : ticks) {
            double x = 20 + tick.position() * BAR_WIDTH;
            Rectangle mark = new Rectangle(x - 0.5, BAR_HEIGHT, 1, 4);
            mark.setFill(Color.web("#444444"));
            Label label = new Label(tick.label());
            label.setStyle("-fx-font-size: 11px;");
            label.setLayoutY(BAR_HEIGHT + 3);
            // Centred under the tick once the label knows its width.
            label.widthProperty().addListener((obs, old, w) -> label.setLayoutX(x - w.doubleValue() / 2));
            label.setLayoutX(x - 12);
            scale.getChildren().addAll(mark, label);
        }
        return scale;
    }

    private static Region swatch(Swatch swatch) {
        Rectangle patch = new Rectangle(18, 12, swatch.fill());
        patch.setStroke(Color.web("#888888"));
        patch.setStrokeWidth(0.5);
        Pane patchPane = new Pane(patch);
        if (swatch.overlay() != null) {
            patchPane.getChildren().add(new Rectangle(18, 12, swatch.overlay()));
        }
        patchPane.setMinSize(18, 12);
        patchPane.setPrefSize(18, 12);
        HBox box = new HBox(5, patchPane, new Label(swatch.label()));
        box.setAlignment(Pos.CENTER_LEFT);
        return new VBox(box);
    }
}
