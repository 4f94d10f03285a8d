package org.oxidation.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oxidation.model.LineCounts;

/** Small cases that a fixture's stated first line cannot express. */
class LexerTest {

    private static final Language C = LanguageRules.standard().byName("C").orElseThrow();
    private static final Language RUST = LanguageRules.standard().byName("Rust").orElseThrow();

    private static LineCounts count(Language language, String text) {
        return Lexer.count(language, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void countsEmptyFileAsOneFileWithoutLines() {
        assertEquals(new LineCounts(1, 0, 0, 0, 0, 0), count(C, ""));
    }

    @Test
    void countsLoneNewlineAsOneBlankLine() {
        assertEquals(LineCounts.ofFile(0, 0, 1, 0), count(C, "\n"));
    }

    @Test
    void countsLastLineWithoutNewline() {
        assertEquals(LineCounts.ofFile(1, 0, 0, 0), count(C, "x"));
        assertEquals(LineCounts.ofFile(1, 0, 1, 0), count(C, "x\n "));
    }

    @Test
    void countsCommentMarkerAloneAsComment() {
        assertEquals(LineCounts.ofFile(0, 1, 0, 0), count(RUST, "//"));
        assertEquals(LineCounts.ofFile(0, 1, 0, 0), count(C, "/*"));
    }

    @Test
    void countsUnsafeOnlyAsWholeIdentifierInCode() {
        assertEquals(1, count(RUST, "unsafe{").unsafeLines());
        assertEquals(1, count(RUST, "(unsafe)").unsafeLines());
        assertEquals(0, count(RUST, "unsafe_fn").unsafeLines());
        assertEquals(0, count(RUST, "my_unsafe").unsafeLines());
        assertEquals(0, count(RUST, "éunsafe").unsafeLines());
        assertEquals(0, count(RUST, "\"unsafe\"").unsafeLines());
        assertEquals(0, count(RUST, "// unsafe").unsafeLines());
        assertEquals(0, count(C, "unsafe {").unsafeLines());
    }

    @Test
    void runsUnterminatedRawStringToEndButNotAFenceWithoutQuote() {
        assertEquals(LineCounts.ofFile(1, 1, 0, 0), count(RUST, "r##\n// x"));
        assertEquals(LineCounts.ofFile(2, 0, 0, 0), count(RUST, "r#\"\n// x"));
    }

    @Test
    void countsStreamLikeArray() throws IOException {
        byte[] bytes = "fn main() {\n    /* c */\n}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Lexer.count(RUST, bytes), Lexer.count(RUST, new ByteArrayInputStream(bytes)));
    }

    @Test
    void finishIsIdempotentAndEndsFeeding() {
        LineCounter counter = new LineCounter(C);
        counter.feed("int x;\n/".getBytes(StandardCharsets.UTF_8));
        LineCounts first = counter.finish();
        assertEquals(LineCounts.ofFile(2, 0, 0, 0), first);
        assertEquals(first, counter.finish());
        assertThrows(IllegalStateException.class, () -> counter.feed(new byte[1]));
    }

    @Test
    void rejectsOutOfBoundsChunks() {
        LineCounter counter = new LineCounter(C);
        assertThrows(IndexOutOfBoundsException.class, () -> counter.feed(new byte[4], 3, 2));
    }
}
