package org.oxidation.ui.common;

import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
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

    private static final double LABEL_HEIGHT = 15;
    /** How much wider the bold header font draws a line than the label font (measured: about 8%). */
    private static final double BOLD_WIDER = 1.1;
    private static final Color BORDER = Color.web("#ffffff");
    private static final Paint HATCHING = Hatching.diagonal();
    private static final Font LABEL_FONT = Font.font(11);
    private static final Text MEASURE = new Text();

    static {
        MEASURE.setFont(LABEL_FONT);
    }

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
        // Made on first entry: making one per tile up front took a third of a draw.
        LazyTooltips.on(tile, tooltip, Duration.millis(150), null);
        return tile;
    }

    /** Paints a tile as {@link #tile} draws it, without label or tooltip, for tiles too small for them. */
    public static void paint(javafx.scene.canvas.GraphicsContext graphics, Rect rect, Color fill, boolean hatched) {
        graphics.setFill(fill);
        graphics.fillRect(rect.x(), rect.y(), rect.width(), rect.height());
        if (hatched) {
            graphics.setFill(HATCHING);
            graphics.fillRect(rect.x(), rect.y(), rect.width(), rect.height());
        }
        if (rect.width() > 3 && rect.height() > 3) {
            graphics.setStroke(BORDER);
            graphics.setLineWidth(0.75);
            graphics.strokeRect(rect.x() + 0.375, rect.y() + 0.375, rect.width() - 0.75, rect.height() - 0.75);
        }
    }

    /**
     * The most of "name detail" that fits, the detail being a trailing number ("+147k", "3.2k") if
     * there is one: the whole line, else the name wrapped at its spaces over the lines the tile has room
     * for with the detail under it, else the name alone; a name still too long ends, on its last line,
     * with the longest beginning that fits and "…" (MAINTAINERS sections such as "INTEL ETHERNET DRIVERS"
     * are told apart by their later words, so a name is never cut to its first word). A part of a word
     * shorter than {@value #MIN_KEPT} characters tells nothing and is not drawn. Small tiles are often
     * the interesting ones, so they keep as much of their name as fits.
     *
     * @param widthOf the drawn width of one line of text
     */
    static String fitting(String label, double width, double height, ToDoubleFunction<String> widthOf) {
        int lines = (int) (height / LABEL_HEIGHT);
        java.util.function.Predicate<String> fits = line -> widthOf.applyAsDouble(line) + 6 <= width;
        if (lines < 1) {
            return "";
        }
        if (fits.test(label)) {
            return label;
        }
        int space = label.lastIndexOf(' ');
        boolean hasDetail = space > 0 && label.substring(space + 1).matches("[+\u2212\u00b1]?[0-9].*");
        String name = hasDetail ? label.substring(0, space) : label;
        String detail = hasDetail ? label.substring(space + 1) : "";
        java.util.List<String> wrapped = new java.util.ArrayList<>();
        boolean whole = wrap(name, lines, fits, wrapped);
        if (whole && hasDetail && wrapped.size() < lines && fits.test(detail)) {
            wrapped.add(detail);
        }
        return String.join("\n", wrapped);
    }

    /** Parts of a word kept before "…": fewer tell nothing. */
    static final int MIN_KEPT = 4;

    /**
     * Wraps {@code text} at its spaces into at most {@code lines} lines that fit, the last ending with
     * "…" when the text does not fit whole; whether it did.
     */
    private static boolean wrap(String text, int lines, java.util.function.Predicate<String> fits,
                                java.util.List<String> out) {
        String rest = text;
        while (!rest.isEmpty()) {
            if (fits.test(rest)) {
                out.add(rest);
                return true;
            }
            if (out.size() == lines - 1) {
                String cut = cut(rest, fits);
                if (!cut.isEmpty()) {
                    out.add(cut);
                }
                return false;
            }
            int end = rest.indexOf(' ');
            for (int next = end; next > 0 && fits.test(rest.substring(0, next)); next = rest.indexOf(' ', next + 1)) {
                end = next;
            }
            if (end <= 0 || !fits.test(rest.substring(0, end))) {
                String cut = cut(rest, fits); // a first word too long for a line
                if (!cut.isEmpty()) {
                    out.add(cut);
                }
                return false;
            }
            out.add(rest.substring(0, end));
            rest = rest.substring(end + 1).strip();
        }
        return true;
    }

    /** The longest beginning of {@code text} that fits with "…" after it, or "" when it keeps too little. */
    private static String cut(String text, java.util.function.Predicate<String> fits) {
        for (int length = text.length() - 1; length >= MIN_KEPT; length--) {
            String shortened = text.substring(0, length).strip() + "\u2026";
            if (fits.test(shortened)) {
                return shortened;
            }
        }
        return "";
    }

    /** The width one line of a tile's label takes in its font (FX thread: one shared, measuring node). */
    private static double labelWidth(String line) {
        MEASURE.setText(line);
        return MEASURE.getLayoutBounds().getWidth();
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
        // One line, shortened as a tile's label is: a whole section name fits a header more often than not.
        String shown = header.height() < LABEL_HEIGHT ? "" : fitting(label, header.width(), LABEL_HEIGHT,
                line -> labelWidth(line) * BOLD_WIDER);
        text.setText(shown);
        text.setVisible(!shown.isEmpty());
        return text;
    }
}
