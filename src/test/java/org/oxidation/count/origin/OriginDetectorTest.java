package org.oxidation.count.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oxidation.model.Origin;

class OriginDetectorTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void recognisesTheKernelConventionForVendoredCrates() {
        String readme = "# `syn`\n\nThese source files come from the Rust `syn` crate, version\n"
                + "2.0.106 (released 2025-08-16), hosted in the <https://github.com/dtolnay/syn>\nrepository.\n";
        assertEquals(Origin.vendored("syn", "2.0.106"), OriginDetector.fromReadme(bytes(readme)).orElseThrow());
    }

    @Test
    void recognisesTheSentenceOnOneLine() {
        String readme = "These source files come from the Rust `zerocopy-derive` crate, version 0.8.27.\n";
        assertEquals(Origin.vendored("zerocopy-derive", "0.8.27"),
                OriginDetector.fromReadme(bytes(readme)).orElseThrow());
    }

    @Test
    void ignoresAReadmeThatMerelyMentionsACrate() {
        String readme = "# Nova\n\nThis driver uses the `syn` crate.\nNone of these source files come from"
                + " the Rust `syn` crate, version 2.0.1 but they mention it.\n";
        assertTrue(OriginDetector.fromReadme(bytes(readme)).isEmpty());
    }

    @Test
    void ignoresTheSentenceFarBelowTheTop() {
        String readme = "a\nb\nc\nd\ne\nf\nThese source files come from the Rust `quote` crate, version 1.0.40\n";
        assertTrue(OriginDetector.fromReadme(bytes(readme)).isEmpty());
    }
}
