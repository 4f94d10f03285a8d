package org.oxidation.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** Reads a PNG's tEXt chunks, keyword → value. */
public final class PngText {

    private PngText() {
    }

    public static Map<String, String> of(Path png) throws Exception {
        Map<String, String> text = new HashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
                if (chunk.getNodeName().equals("tEXt")) {
                    for (Node entry = chunk.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                        text.put(entry.getAttributes().getNamedItem("keyword").getNodeValue(),
                                entry.getAttributes().getNamedItem("value").getNodeValue());
                    }
                }
            }
        }
        return text;
    }
}
