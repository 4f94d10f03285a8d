package org.oxidation.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.oxidation.count.origin.GitAttributes;
import org.oxidation.count.origin.OriginDetector;
import org.oxidation.model.InputException;
import org.oxidation.model.Origin;

/**
 * The few files the sampler reads for what they say rather than to count them: a directory's
 * {@code README.md} (a vendored crate or standard-library copy), its {@code .gitattributes} (Linguist's
 * origin lines) and a tag's top-level {@code MAINTAINERS}. Each blob is read once however many tags hold
 * it. Not thread-safe: the sampling thread only; the reader is the caller's (it replaces a failed one).
 */
final class TreeFacts {

    static final String MAINTAINERS = "MAINTAINERS";
    static final byte[] README = OriginDetector.README.getBytes(StandardCharsets.US_ASCII);
    static final byte[] ATTRIBUTES = GitAttributes.FILE_NAME.getBytes(StandardCharsets.US_ASCII);
    private static final int ATTRIBUTES_LIMIT = 1 << 20;
    private static final int MAINTAINERS_LIMIT = 64 << 20;

    private final Map<ObjectId, Optional<Origin>> readmeOrigins = new HashMap<>();
    /** The origin lines of each .gitattributes blob read ("" when it has none). */
    private final Map<ObjectId, String> attributeLines = new HashMap<>();
    private final Map<ObjectId, String> maintainersTexts = new HashMap<>();

    /** The origin a README announces; the directory's name only matters for the standard library. */
    Optional<Origin> readmeOrigin(ObjectReader reader, ObjectId blob, String dirName) throws IOException {
        Optional<Origin> known = readmeOrigins.get(blob);
        if (known == null) {
            try (InputStream in = reader.open(blob, Constants.OBJ_BLOB).openStream()) {
                known = OriginDetector.fromReadme(in.readNBytes(OriginDetector.HEAD_BYTES), dirName);
            }
            readmeOrigins.put(blob, known);
        }
        return known;
    }

    /** The Linguist origin lines of a .gitattributes blob. */
    String attributeLines(ObjectReader reader, ObjectId blob) throws IOException {
        String known = attributeLines.get(blob);
        if (known == null) {
            byte[] text;
            try (InputStream in = reader.open(blob, Constants.OBJ_BLOB).openStream()) {
                text = in.readNBytes(ATTRIBUTES_LIMIT);
            }
            known = GitAttributes.originLines(new String(text, StandardCharsets.UTF_8));
            attributeLines.put(blob, known);
        }
        return known;
    }

    /** The tag's top-level MAINTAINERS file; null when there is none. */
    String maintainersText(ObjectReader reader, ReleaseTag tag) {
        try (TreeWalk walk = TreeWalk.forPath(reader, MAINTAINERS, tag.tree())) {
            if (walk == null || !walk.getFileMode(0).equals(FileMode.REGULAR_FILE)) {
                return null;
            }
            ObjectId blob = walk.getObjectId(0);
            String text = maintainersTexts.get(blob);
            if (text == null) {
                text = new String(reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(MAINTAINERS_LIMIT),
                        StandardCharsets.UTF_8);
                maintainersTexts.put(blob, text);
            }
            return text;
        } catch (IOException e) {
            throw new InputException("tag " + tag.name() + ": cannot read MAINTAINERS: " + e.getMessage(), e);
        }
    }
}
