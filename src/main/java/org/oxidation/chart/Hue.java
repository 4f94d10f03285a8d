package org.oxidation.chart;

/**
 * Which of our colours a series, tile or marker takes, named without a toolkit: the chart models say
 * what is drawn in which role and {@code ui.common.Palette} turns it into a colour. Immutable.
 *
 * @param role  the kind of colour
 * @param index for {@link Role#SERIES}, the series' place in the palette; 0 otherwise
 */
public record Hue(Role role, int index) {

    /** The fixed colours, and {@link #SERIES} for the qualitative palette. */
    public enum Role { C, RUST, VENDORED, GENERATED, OTHER, SERIES }

    /** How many series colours the palette has ({@code ui.common.Palette} draws them). */
    public static final int SERIES_COLOURS = 15;

    public static final Hue C = new Hue(Role.C, 0);
    public static final Hue RUST = new Hue(Role.RUST, 0);
    public static final Hue VENDORED = new Hue(Role.VENDORED, 0);
    public static final Hue GENERATED = new Hue(Role.GENERATED, 0);
    public static final Hue OTHER = new Hue(Role.OTHER, 0);

    /** The i-th colour of the series palette. */
    public static Hue series(int index) {
        return new Hue(Role.SERIES, index);
    }
}
