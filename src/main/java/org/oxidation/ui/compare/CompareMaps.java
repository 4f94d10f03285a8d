package org.oxidation.ui.compare;

import org.oxidation.layout.ChangeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.oxidation.chart.compare.CompareChart;
import org.oxidation.layout.Rect;
import org.oxidation.layout.SquarifiedTreemap;
import org.oxidation.layout.Units;
import org.oxidation.model.LineCounts;
import org.oxidation.model.TagComparison.SubsystemRow;
import org.oxidation.chart.Describe;
import org.oxidation.ui.common.MapTile;
import org.oxidation.ui.common.MapTiles;
import org.oxidation.ui.common.TileMap;
import org.oxidation.ui.common.Palette;

/**
 * Two subsystem treemaps side by side, tag A and tag B, laid out in the same order (by size at B) so a
 * subsystem sits in the same place in both; tiles are coloured by the change in Rust (or C) lines,
 * relative to the largest change. Each map is a {@link TileMap}. Used on the FX thread.
 */
final class CompareMaps extends HBox {

    private final TileMap mapA = new TileMap();
    private final TileMap mapB = new TileMap();
    private final Label captionA = new Label();
    private final Label captionB = new Label();
    private List<SubsystemRow> rows = List.of();
    private ToLongFunction<LineCounts> measure = LineCounts::lines;
    private CompareChart chart;

    CompareMaps() {
        super(16);
        getStyleClass().add("compare-maps");
        getChildren().addAll(framed(captionA, mapA), framed(captionB, mapB));
        for (TileMap map : List.of(mapA, mapB)) {
            map.setMinSize(0, 0);
            map.setPrefSize(400, 300);
            map.widthProperty().addListener((obs, old, w) -> draw());
            map.heightProperty().addListener((obs, old, h) -> draw());
        }
    }

    private static BorderPane framed(Label caption, TileMap map) {
        caption.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        BorderPane frame = new BorderPane(map);
        frame.setTop(caption);
        BorderPane.setMargin(caption, new Insets(0, 0, 3, 0));
        HBox.setHgrow(frame, Priority.ALWAYS);
        frame.setPrefWidth(400);
        return frame;
    }

    void show(CompareChart newChart) {
        chart = newChart;
        rows = chart.comparison().rows();
        measure = chart.metric()::of;
        String unit = chart.metric().toString();
        long totalA = rows.stream().mapToLong(r -> measure.applyAsLong(r.cA()) + measure.applyAsLong(r.rustA())).sum();
        long totalB = rows.stream().mapToLong(r -> measure.applyAsLong(r.cB()) + measure.applyAsLong(r.rustB())).sum();
        captionA.setText(chart.tagA() + " — " + Units.format(totalA) + " " + unit);
        captionB.setText(chart.tagB() + " — " + Units.format(totalB) + " " + unit);
        draw();
    }

    private void draw() {
        double[] sizesA = new double[rows.size()];
        double[] sizesB = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            SubsystemRow row = rows.get(i);
            sizesA[i] = measure.applyAsLong(row.cA()) + measure.applyAsLong(row.rustA());
            sizesB[i] = measure.applyAsLong(row.cB()) + measure.applyAsLong(row.rustB());
        }
        // One order for both maps: a subsystem keeps its place even when it grew past its neighbours.
        int[] order = SquarifiedTreemap.orderByDescendingValue(sizesB);
        drawMap(mapA, sizesA, order, true);
        drawMap(mapB, sizesB, order, false);
    }

    private void drawMap(TileMap map, double[] sizes, int[] order, boolean atA) {
        if (chart == null || map.getWidth() <= 0 || map.getHeight() <= 0) {
            map.clear();
            return;
        }
        Rect[] rects = SquarifiedTreemap.layout(sizes, new Rect(0, 0, map.getWidth(), map.getHeight()), order);
        ChangeScale scale = ChangeScale.upTo(chart.largestChange());
        ToLongFunction<LineCounts> drawnMeasure = measure; // a tooltip is made on hover: it tells what was drawn
        List<MapTile> tiles = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rects[i].width() < 0.5 || rects[i].height() < 0.5) {
                continue;
            }
            SubsystemRow row = rows.get(i);
            long change = chart.change(row);
            Color fill = Palette.changeAlong(scale.fraction(change));
            String label = row.subsystem() + (change == 0 ? "" : " " + signed(change));
            tiles.add(MapTiles.tile(rects[i], row.subsystem(), fill, label, () -> tooltip(row, atA, drawnMeasure), false));
        }
        map.draw(tiles, List.of());
    }

    private String tooltip(SubsystemRow row, boolean atA, ToLongFunction<LineCounts> measure) {
        LineCounts c = atA ? row.cA() : row.cB();
        LineCounts rust = atA ? row.rustA() : row.rustB();
        return row.subsystem()
                + "\nC: " + Describe.exact(measure.applyAsLong(c)) + " (" + signed(row.cChange(measure)) + ")"
                + "\nRust: " + Describe.exact(measure.applyAsLong(rust)) + " (" + signed(row.rustChange(measure)) + ")"
                + "\nRust share: " + Units.percent(atA ? row.shareA(measure) : row.shareB(measure));
    }

    private static String signed(long change) {
        return CompareChart.signed(change);
    }
}
