package org.oxidation.ui.common;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.oxidation.layout.Rect;

/**
 * A treemap drawn on one {@link Canvas}: each {@link MapTile}'s fill, hatching, hairline border, label
 * and header, in the order given (a parent before its children). The mouse is answered from the tiles
 * themselves: the last tile drawn under it (the deepest) gets the hover tooltip, the hand cursor and the
 * click. A kernel map has a thousand tiles: as nodes, each with its style, layout and first drawing, they
 * were most of the FX thread's time for a Treemap (JFR, {@code bench reopen --first-window}).
 * FX thread only.
 */
public final class TileMap extends Pane {

    private static final Color BORDER = Color.web("#ffffff");
    private static final double BORDER_WIDTH = 0.75;
    /** Where a tooltip appears from the mouse, as JavaFX places a node's tooltip. */
    private static final double TOOLTIP_X_OFFSET = 10;
    private static final double TOOLTIP_Y_OFFSET = 7;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition showDelay = new PauseTransition(Duration.millis(150));
    private final PauseTransition showDuration = new PauseTransition(Duration.seconds(5));
    private List<MapTile> tiles = List.of();
    private MapTile hovered;
    private double mouseScreenX;
    private double mouseScreenY;
    private long draws;

    public TileMap() {
        getChildren().add(canvas);
        canvas.setManaged(false);
        showDelay.setOnFinished(event -> showTooltip());
        showDuration.setOnFinished(event -> tooltip.hide());
        addEventHandler(MouseEvent.MOUSE_MOVED, event -> hover(event.getX(), event.getY(), event.getScreenX(), event.getScreenY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hover(Double.NaN, Double.NaN, 0, 0));
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> hideTooltip());
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            MapTile tile = tileAt(event.getX(), event.getY());
            if (tile != null && tile.onClick() != null) {
                tile.onClick().run();
            }
        });
    }

    /**
     * Draws {@code tiles}, which the mouse answers to, then {@code paintedOnly} over them (tiles too
     * small to point at: a click there is the tile's beneath it), on a canvas of the map's size.
     */
    public void draw(List<MapTile> tiles, List<MapTile> paintedOnly) {
        this.tiles = List.copyOf(tiles);
        draws++;
        hover(Double.NaN, Double.NaN, 0, 0);
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        GraphicsContext graphics = canvas.getGraphicsContext2D();
        graphics.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        graphics.setTextAlign(TextAlignment.LEFT);
        for (MapTile tile : tiles) {
            paint(graphics, tile);
        }
        for (MapTile tile : paintedOnly) {
            paint(graphics, tile);
        }
    }

    /** Nothing drawn. */
    public void clear() {
        draw(List.of(), List.of());
    }

    /** Shows {@code node} (a sentence saying why there is no map) at the map's top-left, or none for null. */
    public void setPlaceholder(Node node) {
        getChildren().retainAll(canvas);
        if (node != null) {
            node.relocate(12, 12);
            getChildren().add(node);
        }
    }

    /** The tiles drawn that answer the mouse, in drawing order. */
    public List<MapTile> tiles() {
        return tiles;
    }

    /** The tile a pointer at ({@code x}, {@code y}) is on (the deepest), or null. */
    public MapTile tileAt(double x, double y) {
        for (int i = tiles.size() - 1; i >= 0; i--) {
            if (tiles.get(i).contains(x, y)) {
                return tiles.get(i);
            }
        }
        return null;
    }

    /** How many times the map was drawn. */
    public long draws() {
        return draws;
    }

    /** The tooltip's text while it is shown, else null. */
    public String tooltipShown() {
        return tooltip.isShowing() ? tooltip.getText() : null;
    }

    private static void paint(GraphicsContext graphics, MapTile tile) {
        Rect rect = tile.rect();
        graphics.setFill(tile.fill());
        graphics.fillRect(rect.x(), rect.y(), rect.width(), rect.height());
        if (rect.width() > 3 && rect.height() > 3) {
            // Inside the tile, as a node's border is drawn.
            double inset = BORDER_WIDTH / 2;
            graphics.setStroke(BORDER);
            graphics.setLineWidth(BORDER_WIDTH);
            graphics.strokeRect(rect.x() + inset, rect.y() + inset, rect.width() - BORDER_WIDTH, rect.height() - BORDER_WIDTH);
        }
        if (tile.hatched()) { // over the border too, as the hatching lay over a tile node
            graphics.setFill(Hatching.diagonalFrom(rect.x(), rect.y()));
            graphics.fillRect(rect.x(), rect.y(), rect.width(), rect.height());
        }
        if (!tile.label().isEmpty()) {
            graphics.setFill(Palette.textOn(tile.fill()));
            graphics.setFont(MapTiles.LABEL_FONT);
            graphics.setTextBaseline(VPos.TOP);
            graphics.fillText(tile.label(), rect.x() + 3, rect.y() + 1);
        }
        if (tile.header() != null && !tile.headerLabel().isEmpty()) {
            Rect header = tile.header();
            graphics.setFill(Palette.textOn(tile.fill()));
            graphics.setFont(MapTiles.HEADER_FONT);
            graphics.setTextBaseline(VPos.CENTER);
            graphics.fillText(tile.headerLabel(), header.x() + 3, header.y() + header.height() / 2);
        }
    }

    /** The mouse at ({@code x}, {@code y}), NaN when it left the map: the tooltip and cursor follow its tile. */
    private void hover(double x, double y, double screenX, double screenY) {
        mouseScreenX = screenX;
        mouseScreenY = screenY;
        MapTile tile = Double.isNaN(x) ? null : tileAt(x, y);
        if (tile == hovered) {
            return;
        }
        hideTooltip();
        hovered = tile;
        setCursor(tile != null && tile.onClick() != null ? Cursor.HAND : Cursor.DEFAULT);
        if (tile != null && tile.tooltip() != null) {
            showDelay.playFromStart();
        }
    }

    private void showTooltip() {
        if (hovered == null || getScene() == null || getScene().getWindow() == null) {
            return;
        }
        tooltip.setText(String.valueOf(hovered.tooltip().get()));
        tooltip.show(this, mouseScreenX + TOOLTIP_X_OFFSET, mouseScreenY + TOOLTIP_Y_OFFSET);
        showDuration.playFromStart();
    }

    private void hideTooltip() {
        showDelay.stop();
        showDuration.stop();
        tooltip.hide();
    }
}
