import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the application icon, a small stacked timeline (C in slate, Rust growing on top of it in rust
 * orange) on a dark rounded square, and writes it for the three packagers: {@code oxidation.png}
 * (Linux, 256 px), {@code oxidation.ico} (Windows) and {@code oxidation.icns} (macOS). ICO and ICNS both
 * hold PNG data directly, so no image tool beyond the JDK is needed.
 *
 * <p>Run once after changing the drawing, from the repository root, and commit the three files:
 * {@code java -Djava.awt.headless=true src/packaging/IconMaker.java src/packaging}. Not thread-safe; a
 * one-shot program.
 */
public final class IconMaker {

    private static final Color BACKGROUND_TOP = new Color(0x37, 0x47, 0x4f);
    private static final Color BACKGROUND_BOTTOM = new Color(0x1c, 0x25, 0x2b);
    private static final Color C_BAND = new Color(0x90, 0xa4, 0xae);
    private static final Color RUST_BAND = new Color(0xce, 0x42, 0x2b);
    private static final Color RUST_EDGE = new Color(0xff, 0x8a, 0x50);

    private IconMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        byte[] png256 = png(draw(256));
        Files.write(dir.resolve("oxidation.png"), png256);
        Files.write(dir.resolve("oxidation.ico"), ico(png(draw(48)), 48, png256, 256));
        Files.write(dir.resolve("oxidation.icns"), icns(png(draw(512)), png256));
    }

    /** The icon at {@code size} pixels; drawn on a 256-unit grid so every size has the same shape. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        g.setPaint(new GradientPaint(0, 8, BACKGROUND_TOP, 0, 248, BACKGROUND_BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        // Band edges as (x, y) from the left to the right tag: C grows a little, Rust a lot.
        double[] xs = {40, 84, 128, 172, 216};
        double[] cTop = {150, 146, 141, 137, 132};
        double[] rustTop = {150, 140, 118, 88, 56};
        g.setColor(C_BAND);
        g.fill(band(xs, cTop, 208));
        g.setColor(RUST_BAND);
        g.fill(band(xs, rustTop, cTop));
        g.setColor(RUST_EDGE);
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(edge(xs, rustTop));
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(40, 212, 216, 212);
        g.dispose();
        return image;
    }

    private static GeneralPath edge(double[] xs, double[] ys) {
        GeneralPath path = new GeneralPath();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            double midX = (xs[i - 1] + xs[i]) / 2;
            path.curveTo(midX, ys[i - 1], midX, ys[i], xs[i], ys[i]);
        }
        return path;
    }

    private static GeneralPath band(double[] xs, double[] top, double bottom) {
        double[] flat = new double[xs.length];
        java.util.Arrays.fill(flat, bottom);
        return band(xs, top, flat);
    }

    /** The area between two edges: along {@code top} to the right, back along {@code bottom}. */
    private static GeneralPath band(double[] xs, double[] top, double[] bottom) {
        GeneralPath path = edge(xs, top);
        path.lineTo(xs[xs.length - 1], bottom[bottom.length - 1]);
        for (int i = xs.length - 2; i >= 0; i--) {
            double midX = (xs[i + 1] + xs[i]) / 2;
            path.curveTo(midX, bottom[i + 1], midX, bottom[i], xs[i], bottom[i]);
        }
        path.closePath();
        return path;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon of PNG entries (allowed since Windows Vista); a size of 256 is written as 0. */
    private static byte[] ico(byte[] small, int smallSize, byte[] large, int largeSize) {
        ByteBuffer buffer = ByteBuffer.allocate(6 + 2 * 16 + small.length + large.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) 2);
        int offset = 6 + 2 * 16;
        offset = icoEntry(buffer, smallSize, small.length, offset);
        icoEntry(buffer, largeSize, large.length, offset);
        buffer.put(small).put(large);
        return buffer.array();
    }

    private static int icoEntry(ByteBuffer buffer, int size, int length, int offset) {
        buffer.put((byte) (size % 256)).put((byte) (size % 256)).put((byte) 0).put((byte) 0);
        buffer.putShort((short) 1).putShort((short) 32).putInt(length).putInt(offset);
        return offset + length;
    }

    /** A macOS icon family with a 512 px ({@code ic09}) and a 256 px ({@code ic08}) PNG. */
    private static byte[] icns(byte[] png512, byte[] png256) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("icns");
        out.writeInt(8 + 8 + png512.length + 8 + png256.length);
        out.writeBytes("ic09");
        out.writeInt(8 + png512.length);
        out.write(png512);
        out.writeBytes("ic08");
        out.writeInt(8 + png256.length);
        out.write(png256);
        return bytes.toByteArray();
    }
}
