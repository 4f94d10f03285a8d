package org.oxidation.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * Writes a JavaFX image as a PNG with tEXt chunks, through ImageIO and without javafx-swing: the pixels
 * are read into a {@link BufferedImage} directly. The file is written beside the target and moved into
 * place, so a failed export leaves no half-written file. Stateless; call from any thread.
 */
final class PngFile {

    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private PngFile() {
    }

    static BufferedImage toBufferedImage(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        return buffered;
    }

    /** Writes the image with one tEXt chunk per entry (keys and values made Latin-1, as PNG requires). */
    static void write(BufferedImage image, Map<String, String> text, Path out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // Not createTempFile: its owner-only permissions would carry over to the exported picture.
        Path temp = out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".oxidation.tmp");
        try {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    writer.getDefaultWriteParam());
            metadata.mergeTree(PNG_FORMAT, textChunks(text));
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(temp.toFile())) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), writer.getDefaultWriteParam());
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("bad PNG metadata: " + e.getMessage(), e);
        } finally {
            writer.dispose();
            Files.deleteIfExists(temp);
        }
    }

    private static IIOMetadataNode textChunks(Map<String, String> text) {
        IIOMetadataNode chunks = new IIOMetadataNode("tEXt");
        text.forEach((key, value) -> {
            IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
            entry.setAttribute("keyword", latin1(key));
            entry.setAttribute("value", latin1(value));
            chunks.appendChild(entry);
        });
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(chunks);
        return root;
    }

    /** tEXt is Latin-1: the typographic marks our titles use get plain stand-ins. */
    static String latin1(String text) {
        String plain = text.replace("—", "-").replace("→", "->").replace("›", ">").replace("−", "-")
                .replace("Δ", "change ");
        StringBuilder latin = new StringBuilder(plain.length());
        for (char ch : plain.toCharArray()) {
            latin.append(ch < 256 ? ch : '?');
        }
        return latin.toString();
    }
}
