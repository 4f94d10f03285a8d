package org.oxidation.count.origin;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oxidation.model.Origin;

/**
 * Recognises a vendored directory by the kernel's convention for copied Rust code: its {@code README.md}
 * begins with "These source files come from the Rust `NAME` crate, version V" (syn, quote, ... in 7.x)
 * or "These source files come from the Rust standard library" ({@code rust/alloc/} in 6.1 to 6.9; the
 * library is named after the directory, with "Rust standard library" as its source). Only the first
 * lines count, so a README that merely mentions a crate further down is not taken as vendored.
 * Stateless and thread-safe.
 */
public final class OriginDetector {

    /** The file whose first lines are read. */
    public static final String README = "README.md";

    /** How many bytes of the README are needed: the sentence stands in its first lines. */
    public static final int HEAD_BYTES = 1024;

    private static final int HEAD_LINES = 5;

    private static final Pattern CONVENTION = Pattern.compile(
            "\\s*These source files come from the Rust `([^`]+)` crate,\\s+version\\s+v?([0-9][0-9A-Za-z.+\\-]*[0-9A-Za-z])");

    private static final Pattern STANDARD_LIBRARY = Pattern.compile(
            "\\s*These source files come from the Rust standard library\\b(?:,?\\s+version\\s+v?([0-9][0-9A-Za-z.+\\-]*[0-9A-Za-z]))?");

    /** Where the standard library's copies come from, as the origin's source. */
    public static final String STANDARD_LIBRARY_SOURCE = "Rust standard library";

    private OriginDetector() {
    }

    /** The crate a README announces, or empty when the README does not follow the convention. */
    public static Optional<Origin> fromReadme(byte[] head) {
        return fromReadme(head, "");
    }

    /**
     * The crate or standard-library part a README in directory {@code dirName} announces, or empty when
     * the README does not follow the convention.
     */
    public static Optional<Origin> fromReadme(byte[] head, String dirName) {
        String text = new String(head, 0, Math.min(head.length, HEAD_BYTES), StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
            // The sentence may wrap, so a line starting it is read together with the next two.
            String sentence = String.join(" ", java.util.Arrays.asList(lines).subList(i, Math.min(lines.length, i + 3)));
            Matcher m = CONVENTION.matcher(sentence);
            if (m.lookingAt()) {
                return Optional.of(Origin.vendored(m.group(1), m.group(2)));
            }
            Matcher std = STANDARD_LIBRARY.matcher(sentence);
            if (std.lookingAt()) {
                String name = dirName.isEmpty() ? "std" : dirName;
                return Optional.of(Origin.vendored(name, std.group(1), STANDARD_LIBRARY_SOURCE));
            }
        }
        return Optional.empty();
    }
}
