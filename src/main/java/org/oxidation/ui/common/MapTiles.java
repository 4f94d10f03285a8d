package org.oxidation.ui.common;

import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.oxidation.layout.Rect;

/**
 * What a treemap tile is drawn with ({@link MapTile}: fill, hairline border, optional hatching, the label
 * that fits), made from what a view knows of it; {@link TileMap} draws them. The labels are measured in
 * the font they are drawn in, on the FX thread: build on the FX thread.
 */
public final class MapTiles {

    private static final double LABEL_HEIGHT = 15;
    /** How much wider the bold header font draws a line than the label font (measured: about 8%). */
    private static final double BOLD_WIDER = 1.1;
    static final Font LABEL_FONT = Font.font(11);
    static final Font HEADER_FONT = Font.font(LABEL_FONT.getFamily(), FontWeight.BOLD, 11);
    private static final Text MEASURE = new Text();

    static {
        MEASURE.setFont(LABEL_FONT);
    }

    private MapTiles() {
    }

    /**
     * A tile at {@code rect} (in its map's coordinates), without header or click.
     *
     * @param path    the tile's path
     * @param label   drawn at the top-left when it fits, else left out
     * @param tooltip the text shown on hover, asked for when the mouse first rests on the tile
     * @param hatched whether to lay the vendored/generated hatching over the fill
     */
    public static MapTile tile(Rect rect, String path, Color fill, String label, Supplier<String> tooltip,
                               boolean hatched) {
        return new MapTile(path, rect, fill, hatched, fitting(label, rect.width(), rect.height(), MapTiles::labelWidth),
                null, "", tooltip, null);
    }

    /**
     * The tile with the label strip of a parent tile: its name in bold, on the tile's own fill, one line
     * shortened as a tile's label is (a whole section name fits a header more often than not).
     */
    public static MapTile withHeader(MapTile tile, Rect header, String label) {
        String shown = header.height() < LABEL_HEIGHT ? "" : fitting(label, header.width(), LABEL_HEIGHT,
                line -> labelWidth(line) * BOLD_WIDER);
        return new MapTile(tile.path(), tile.rect(), tile.fill(), tile.hatched(), tile.label(), header, shown,
                tile.tooltip(), tile.onClick());
    }

    /** A tile too small for a label, tooltip or click, only painted (a directory may have 200,000). */
    public static MapTile painted(Rect rect, String path, Color fill, boolean hatched) {
        return new MapTile(path, rect, fill, hatched, "", null, "", null, null);
    }

    /** The tile, doing {@code onClick} when clicked (the hand cursor over it says so). */
    public static MapTile withClick(MapTile tile, Runnable onClick) {
        return new MapTile(tile.path(), tile.rect(), tile.fill(), tile.hatched(), tile.label(), tile.header(),
                tile.headerLabel(), tile.tooltip(), onClick);
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

    /**
     * The longest beginning of {@code text} that fits with "…" after it, or "" when it keeps too little.
     * A longer beginning draws no narrower, so it is searched by halving: a label is measured a few
     * times, not once per character (a thousand tiles' labels were a sixth of a Treemap's drawing).
     */
    private static String cut(String text, java.util.function.Predicate<String> fits) {
        int fitting = MIN_KEPT - 1; // the longest length known to fit; MIN_KEPT - 1 stands for none
        int tooLong = text.length(); // the shortest length known not to fit
        while (tooLong - fitting > 1) {
            int length = (fitting + tooLong) >>> 1;
            if (fits.test(shortened(text, length))) {
                fitting = length;
            } else {
                tooLong = length;
            }
        }
        return fitting < MIN_KEPT ? "" : shortened(text, fitting);
    }

    private static String shortened(String text, int length) {
        return text.substring(0, length).strip() + "\u2026";
    }

    /** The width one line of a tile's label takes in its font (FX thread: one shared, measuring node). */
    private static double labelWidth(String line) {
        MEASURE.setText(line);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
