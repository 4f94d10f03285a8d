package org.oxidation.ui.common;

import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.oxidation.layout.Rect;

/**
 * Draws treemap tiles as nodes (one {@link Pane} per tile, so tests and tooltips can find them): fill,
 * hairline border, optional hatching, a label when it fits. Tiles carry the style class
 * {@value #STYLE_CLASS} and their path as user data. Build on the FX thread.
 *
 * <p>A kernel map has thousands of tiles, so a tile is kept cheap: its label is a {@link Text} (no skin,
 * no CSS needed to draw it) and its tooltip is made and installed when the mouse first enters it.
 */
public final class MapTiles {

    public static final String STYLE_CLASS = "treemap-tile";

    /** Rough width of a character of the 11 px label font, to decide whether a label fits. */
    private static final double CHAR_WIDTH = 6.4;
    private static final double LABEL_HEIGHT = 15;
    private static final Color BORDER = Color.web("#ffffff");
    private static final Paint HATCHING = Hatching.diagonal();
    private static final Font LABEL_FONT = Font.font(11);
    private static final Text MEASURE = new Text();

    static {
        MEASURE.setFont(LABEL_FONT);
    }
    private static final String TOOLTIP_TEXT = "oxidation.tooltip-text";
    /** Installs a tile's tooltip on first entry: making one per tile up front took a third of a draw. */
    private static final EventHandler<MouseEvent> INSTALL_TOOLTIP = event -> {
        Pane tile = (Pane) event.getSource();
        tile.removeEventHandler(MouseEvent.MOUSE_ENTERED, MapTiles.INSTALL_TOOLTIP);
        installTooltip(tile);
    };

    private MapTiles() {
    }

    /**
     * A tile at {@code rect} (in its parent's coordinates).
     *
     * @param path    the tile's path, stored as user data
     * @param label   drawn at the top-left when it fits, else left out
     * @param tooltip the text shown on hover, asked for when the mouse first enters the tile
     * @param hatched whether to lay the vendored/generated hatching over the fill
     */
    public static Pane tile(Rect rect, String path, Color fill, String label, Supplier<String> tooltip,
                            boolean hatched) {
        Pane tile = new Pane();
        tile.getStyleClass().add(STYLE_CLASS);
        tile.setUserData(path);
        // Placed by the layout maths, not by the parent: an unmanaged node keeps the size it is given.
        tile.setManaged(false);
        tile.resizeRelocate(rect.x(), rect.y(), rect.width(), rect.height());
        tile.setBackground(new Background(new BackgroundFill(fill, null, null)));
        if (rect.width() > 3 && rect.height() > 3) {
            tile.setBorder(new Border(new BorderStroke(BORDER, BorderStrokeStyle.SOLID, null, new BorderWidths(0.75))));
        }
        if (hatched) {
            Rectangle overlay = new Rectangle(rect.width(), rect.height(), HATCHING);
            overlay.setMouseTransparent(true);
            tile.getChildren().add(overlay);
        }
        String shown = fitting(label, rect.width(), rect.height(), MapTiles::labelWidth);
        if (!shown.isEmpty()) {
            Text text = new Text(3, 1, shown);
            text.setFont(LABEL_FONT);
            text.setTextOrigin(VPos.TOP);
            text.setFill(Palette.textOn(fill));
            text.setMouseTransparent(true);
            tile.getChildren().add(text);
        }
        tile.getProperties().put(TOOLTIP_TEXT, tooltip);
        tile.addEventHandler(MouseEvent.MOUSE_ENTERED, INSTALL_TOOLTIP);
        return tile;
    }

    private static void installTooltip(Pane tile) {
        @SuppressWarnings("unchecked")
        Supplier<String> text = (Supplier<String>) tile.getProperties().remove(TOOLTIP_TEXT);
        Tooltip tip = new Tooltip(text.get());
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(tile, tip);
    }

    /**
     * The most of "name detail" that fits: the whole line, else name and detail on two lines, else the
     * name alone, else nothing (a {@code Text} is not cut short with "…" as a label is, so a number must
     * fit whole or not be shown). Small tiles are often the interesting ones, so they keep their name.
     *
     * @param widthOf the drawn width of one line of text
     */
    static String fitting(String label, double width, double height, ToDoubleFunction<String> widthOf) {
        if (height < LABEL_HEIGHT) {
            return "";
        }
        if (widthOf.applyAsDouble(label) + 6 <= width) {
            return label;
        }
        int space = label.indexOf(' ');
        if (space < 0) {
            return "";
        }
        String name = label.substring(0, space);
        String detail = label.substring(space + 1);
        boolean nameFits = widthOf.applyAsDouble(name) + 6 <= width;
        if (height >= 2 * LABEL_HEIGHT && nameFits && widthOf.applyAsDouble(detail) + 6 <= width) {
            return name + "\n" + detail;
        }
        return nameFits ? name : "";
    }

    /** The width one line of a tile's label takes in its font (FX thread: one shared, measuring node). */
    private static double labelWidth(String line) {
        MEASURE.setText(line);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** Whether a one-line label fits in a box of the given size. */
    public static boolean fits(String label, double width, double height) {
        return height >= LABEL_HEIGHT && label.length() * CHAR_WIDTH + 6 <= width;
    }

    /** The label strip of a parent tile: its name in bold, on the tile's own fill. */
    public static Label header(Rect header, String label, Color fill) {
        Label text = new Label(label);
        text.setTextFill(Palette.textOn(fill));
        text.setStyle("-fx-font-size: 11px; -fx-font-weight: bold;");
        text.setPadding(new Insets(0, 3, 0, 3));
        text.setMouseTransparent(true);
        text.setManaged(false);
        text.resizeRelocate(header.x(), header.y(), header.width(), header.height());
        text.setVisible(fits(label, header.width(), header.height()));
        return text;
    }
}
