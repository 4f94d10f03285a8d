package org.oxidation.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Golden-image comparison after matplotlib's {@code image_comparison}: a picture drawn by a test is
 * compared with a committed reference PNG by the root-mean-square difference of their pixel values
 * (each of R, G and B, 0 to 255, over every pixel), and passes when that is at most a stated tolerance.
 * When it fails, the picture drawn, the reference and a diff image (the absolute difference, brightened
 * so that small differences show) are written to {@code target/golden/}.
 *
 * <p>References live in {@code src/test/resources/golden/NAME.png}. After a deliberate change to a
 * chart, make them again with
 * <pre>mvn -B test -Dtest='GoldenImageTest' -Dgolden.update=true</pre>
 * and look at each rewritten PNG before committing it. Stateless.
 */
public final class GoldenImages {

    /**
     * The tolerance of the golden tests, in RMS of 0..255 pixel values. Headless Monocle draws text with
     * the fonts the machine has (CI installs fonts-dejavu-core): another version of a font moves the
     * anti-aliased edges of the titles, ticks and labels, which on an 800×500 chart comes to an RMS of a
     * few units, while a band or tile of another size or colour moves thousands of pixels by tens or
     * hundreds of units. 8 lets the first pass and catches the second (see GoldenImageTest's altered
     * timeline, which is well above it).
     */
    public static final double TOLERANCE = 8.0;

    /** The switch that makes the references again instead of comparing. */
    public static final String UPDATE_PROPERTY = "golden.update";

    private static final Path REFERENCES = Paths.get("src", "test", "resources", "golden");
    private static final Path FAILURES = Paths.get("target", "golden");
    /** How much a diff image brightens a difference: an RMS of a few units must still be seen. */
    private static final int DIFF_GAIN = 8;

    private GoldenImages() {
    }

    /** The root-mean-square difference of the R, G and B values of two pictures of the same size. */
    public static double rms(BufferedImage expected, BufferedImage actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            throw new IllegalArgumentException("sizes differ: " + expected.getWidth() + "×" + expected.getHeight()
                    + " and " + actual.getWidth() + "×" + actual.getHeight());
        }
        double sum = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int difference = ((a >> shift) & 0xff) - ((b >> shift) & 0xff);
                    sum += difference * difference;
                }
            }
        }
        return Math.sqrt(sum / (3.0 * expected.getWidth() * expected.getHeight()));
    }

    /** Where the reference picture {@code name} is kept. */
    public static Path reference(String name) {
        return REFERENCES.resolve(name + ".png");
    }

    /** Reads a PNG. */
    public static BufferedImage read(Path png) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null) {
                throw new IllegalStateException(png + " is not a picture");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that the picture matches the reference {@code name} within {@link #TOLERANCE}, or writes it
     * as the reference when {@code -Dgolden.update=true}.
     */
    public static void assertMatchesReference(String name, BufferedImage actual) {
        Path reference = reference(name);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(actual, reference);
            return;
        }
        if (!Files.exists(reference)) {
            fail("no reference " + reference + ": make it with -D" + UPDATE_PROPERTY + "=true and look at it");
        }
        assertSimilar(name, read(reference), actual);
    }

    /** Asserts that two pictures differ by at most {@link #TOLERANCE}; on failure writes them and their diff. */
    public static void assertSimilar(String name, BufferedImage expected, BufferedImage actual) {
        double rms = rms(expected, actual);
        if (rms > TOLERANCE) {
            write(actual, FAILURES.resolve(name + "-actual.png"));
            write(expected, FAILURES.resolve(name + "-expected.png"));
            write(diff(expected, actual), FAILURES.resolve(name + "-diff.png"));
        }
        assertTrue(rms <= TOLERANCE, String.format(Locale.ROOT, "%s: RMS difference %.2f is above the tolerance %.1f; "
                + "see %s-{actual,expected,diff}.png", name, rms, TOLERANCE, FAILURES.resolve(name)));
    }

    /** Black where the pictures agree, brighter where they differ. */
    static BufferedImage diff(BufferedImage expected, BufferedImage actual) {
        BufferedImage diff = new BufferedImage(expected.getWidth(), expected.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                int rgb = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int difference = Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
                    rgb |= Math.min(255, difference * DIFF_GAIN) << shift;
                }
                diff.setRGB(x, y, rgb);
            }
        }
        return diff;
    }

    private static void write(BufferedImage image, Path png) {
        try {
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
