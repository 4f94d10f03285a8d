package org.oxidation.ui.common;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;

/**
 * The diagonal-line pattern laid over code that was not written for the project (vendored crates,
 * generated files): it marks the tile without hiding its colour. Build and use on the FX thread.
 */
public final class Hatching {

    private static final int TILE = 8;

    private Hatching() {
    }

    /**
     * The colour with the diagonal lines over it, as one paint for shapes that take a single fill (the
     * vendored part of a timeline band).
     */
    public static Paint over(Color colour, double opacity) {
        WritableImage image = new WritableImage(TILE, TILE);
        PixelWriter pixels = image.getPixelWriter();
        Color base = Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), opacity);
        Color line = colour.darker().darker();
        for (int y = 0; y < TILE; y++) {
            for (int x = 0; x < TILE; x++) {
                boolean onLine = (x + y) % TILE == 0 || (x + y + 1) % TILE == 0; // two pixels: visible on a band
                pixels.setColor(x, y, onLine ? line : base);
            }
        }
        return new ImagePattern(image, 0, 0, TILE, TILE, false);
    }

    /** A repeating pattern of thin dark diagonal lines on a transparent background. */
    public static Paint diagonal() {
        return new ImagePattern(diagonalImage(), 0, 0, TILE, TILE, false);
    }

    /**
     * The same lines, starting at ({@code x}, {@code y}): laid over a shape drawn there, they begin at its
     * corner as they do on a node of its own.
     */
    public static Paint diagonalFrom(double x, double y) {
        if (diagonalImage == null) {
            diagonalImage = diagonalImage();
        }
        return new ImagePattern(diagonalImage, x, y, TILE, TILE, false);
    }

    /** Made once for {@link #diagonalFrom}: a map hatches many tiles. */
    private static WritableImage diagonalImage;

    private static WritableImage diagonalImage() {
        WritableImage image = new WritableImage(TILE, TILE);
        PixelWriter pixels = image.getPixelWriter();
        Color line = Color.rgb(20, 20, 20, 0.45);
        for (int y = 0; y < TILE; y++) {
            for (int x = 0; x < TILE; x++) {
                // x + y constant on a "/" diagonal; one pixel wide, repeating every TILE pixels.
                pixels.setColor(x, y, (x + y) % TILE == 0 ? line : Color.TRANSPARENT);
            }
        }
        return image;
    }
}
