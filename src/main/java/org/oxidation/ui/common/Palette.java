package org.oxidation.ui.common;

import java.util.List;
import javafx.scene.paint.Color;
import org.oxidation.chart.Hue;

/**
 * Our colours. Series colours are Paul Tol's "muted" scheme and the distinct colours of his "light" and
 * "vibrant" ones (designed to stay distinct for colour-blind readers), 15 in all: near twins (two teals,
 * two cyans, two olives) and the greys, which read as "other", are left out, since a subsystem's colour
 * now comes from its name ({@code chart.SeriesColours}) and any two may end up side by side. C is a
 * calm slate, Rust the orange of the Rust logo. Rust share uses a sequential white-to-rust scale.
 * Stateless and thread-safe.
 */
public final class Palette {

    public static final Color C = Color.web("#6c7a89");
    public static final Color RUST = Color.web("#ce422b");
    public static final Color VENDORED = Color.web("#e9a23b");
    public static final Color GENERATED = Color.web("#a0a7b0");
    public static final Color OTHER = Color.web("#bbbbbb");
    public static final Color NEUTRAL_TILE = Color.web("#d9dde2");

    private static final Color SHARE_LOW = Color.web("#fbe3d6");
    private static final Color SHARE_HIGH = Color.web("#8f1d0e");

    private static final List<Color> SERIES = List.of(
            "#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77", "#cc6677", "#882255", "#aa4499",
            "#77aadd", "#ee8866", "#ffaabb", "#bbcc33", "#0077bb", "#ee3377")
            .stream().map(Color::web).toList();

    private Palette() {
    }

    /** The colour of the i-th series (cycles after the last). */
    public static Color series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    /** The colour a chart model names. */
    public static Color of(Hue hue) {
        return switch (hue.role()) {
            case C -> C;
            case RUST -> RUST;
            case VENDORED -> VENDORED;
            case GENERATED -> GENERATED;
            case OTHER -> OTHER;
            case SERIES -> series(hue.index());
        };
    }

    public static int seriesCount() {
        return SERIES.size();
    }

    /**
     * The smallest tint any Rust gets on the share scale: a file of Rust among a million lines of C must
     * still stand apart from the neutral C-only tiles, not fade into them.
     */
    public static final double MIN_VISIBLE_TINT = 0.18;

    /** The share below which the map's colour scale tells no difference: one line in 10,000. */
    public static final double SHARE_SCALE_MIN = 1e-4;

    /**
     * Where a Rust share sits on the map's colour scale, 0 at {@link #SHARE_SCALE_MIN} and below, 1 at 100%:
     * logarithmic, because the kernel's story is told in small shares (0.005% of drivers/net, 0.2% of
     * drivers/gpu, 44% of drivers/android), which a linear or square-root scale paints alike.
     */
    public static double shareScale(double share) {
        double decades = -Math.log10(SHARE_SCALE_MIN);
        return Math.max(0, Math.min(1, (Math.log10(share) + decades) / decades));
    }

    /** A map tile's colour for a Rust share 0..1: exactly 0 stays neutral so C-only tiles stand apart. */
    public static Color shareTint(double share) {
        if (share <= 0) {
            return NEUTRAL_TILE;
        }
        return shareScaleColour(shareScale(share));
    }

    /** The colour at a position 0..1 of {@link #shareScale}, for the legend's gradient. */
    public static Color shareScaleColour(double position) {
        return SHARE_LOW.interpolate(SHARE_HIGH, MIN_VISIBLE_TINT + (1 - MIN_VISIBLE_TINT) * position);
    }

    /** Black or white, whichever reads better on the background (by relative luminance). */
    public static Color textOn(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen()
                + 0.0722 * background.getBlue();
        return luminance > 0.5 ? Color.web("#1b1f24") : Color.WHITE;
    }

    /**
     * The colour at a place on a {@code ChangeScale} (-1 … 1): tints run evenly along the scale, so the
     * legend's ticks show where the tiles' colours fall.
     */
    public static Color changeAlong(double fraction) {
        double t = Math.max(-1, Math.min(1, fraction));
        return Math.abs(t) < 1e-12 ? NEUTRAL_TILE : change(Math.signum(t) * t * t); // change() takes the root
    }

    /** A diverging colour for a change: growth in rust tones, shrinkage in blue, none neutral. */
    public static Color change(double relative) {
        double t = Math.max(-1, Math.min(1, relative));
        if (Math.abs(t) < 1e-12) {
            return NEUTRAL_TILE;
        }
        return t > 0 ? Color.web("#fbe3d6").interpolate(Color.web("#8f1d0e"), Math.sqrt(t))
                : Color.web("#dbe8f5").interpolate(Color.web("#1f4e8c"), Math.sqrt(-t));
    }

    /** CSS for a colour: "#rrggbb". */
    public static String css(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
