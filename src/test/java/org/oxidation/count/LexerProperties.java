package org.oxidation.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.oxidation.model.LineCounts;

/** Properties of the lexer over arbitrary bytes and over generated C/Rust-like text. */
class LexerProperties {

    private static final Language C = LanguageRules.standard().byName("C").orElseThrow();
    private static final Language RUST = LanguageRules.standard().byName("Rust").orElseThrow();

    /** Bytes that matter to some lexer state, mixed into random bytes so that states are reached. */
    private static final Byte[] INTERESTING = bytesOf("\n\r\t /*\"'\\#rbcu!nsafe{}\u00e9");

    private static final List<String> SOUP = List.of("/*", "*/", "//", "\"", "'", "\\", "r#\"", "\"#",
            "r\"", "b'", "br##\"", "\n", " ", "\t", "a", "x", "é", "static", "unsafe", "unsafe_fn", "{", ";");

    // ---- arbitrary bytes --------------------------------------------------------------------

    @Property
    void anyBytesCountWithoutThrowingAndFollowTheLineRule(@ForAll("languages") Language language,
            @ForAll("anyBytes") byte[] bytes) {
        LineCounts counts = Lexer.count(language, bytes);
        assertEquals(1, counts.files());
        assertEquals(counts.lines(), counts.blank() + counts.comment() + counts.code());
        assertEquals(linesByNewlineRule(bytes), counts.lines());
        assertTrue(counts.unsafeLines() <= counts.code());
        if (language == C) {
            assertEquals(0, counts.unsafeLines());
        }
    }

    @Property
    void anyBytesFedInChunksCountLikeTheWhole(@ForAll("languages") Language language,
            @ForAll("anyBytes") byte[] bytes, @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 9) Integer> sizes) {
        assertEquals(Lexer.count(language, bytes), countInChunks(language, bytes, sizes));
    }

    @Property
    void wordwiseSpecialSearchFindsTheFirstSpecialByte(@ForAll("anyBytes") byte[] bytes,
            @ForAll @IntRange(min = 0, max = 20) int from) {
        Syntax syntax = C.syntax();
        byte[][] tables = {syntax.codeTable, syntax.blocks[0].table(), syntax.quoted[0].table()};
        SpecialFinder[] finders = {syntax.codeFinder, syntax.blocks[0].finder(), syntax.quoted[0].finder()};
        int start = Math.min(from, bytes.length);
        for (int k = 0; k < tables.length; k++) {
            int expected = start;
            while (expected < bytes.length && tables[k][bytes[expected] & 0xFF] != Syntax.SPECIAL) {
                expected++;
            }
            assertEquals(expected, finders[k].next(bytes, start, bytes.length));
        }
    }

    @Property
    void everyWordLoopFindsTheFirstSpecialByte(@ForAll("anyBytes") byte[] bytes,
            @ForAll @IntRange(min = 0, max = 20) int from) {
        // Searches for one ('\n' in a line comment), two (a C block comment), three (a C string) and
        // four special bytes (C code), eight bytes at a time, and for more (Rust code: the table alone).
        Syntax c = C.syntax();
        Syntax rust = RUST.syntax();
        byte[] newline = new byte[256];
        newline['\n'] = Syntax.SPECIAL;
        byte[][] tables = {newline, c.blocks[0].table(), c.quoted[0].table(), c.codeTable, rust.codeTable};
        SpecialFinder[] finders = {Syntax.NEWLINE, c.blocks[0].finder(), c.quoted[0].finder(), c.codeFinder,
            rust.codeFinder};
        int start = Math.min(from, bytes.length);
        for (int k = 0; k < tables.length; k++) {
            int expected = start;
            while (expected < bytes.length && tables[k][bytes[expected] & 0xFF] != Syntax.SPECIAL) {
                expected++;
            }
            assertEquals(expected, finders[k].next(bytes, start, bytes.length), "finder " + k);
        }
    }

    /**
     * Lines with no byte that starts or ends a token, in code and inside a block comment: each is blank
     * when it has only whitespace, else code (comment inside the comment), counted here without the
     * lexer. Such lines are the lexer's fast path: only whitespace and '\n' matter in them.
     */
    @Property
    void plainLinesAreBlankOrOfTheirStateByTheirWhitespaceAlone(@ForAll("languages") Language language,
            @ForAll @Size(max = 40) List<@From("plainLine") String> code,
            @ForAll @Size(max = 40) List<@From("plainLine") String> comment) {
        StringBuilder text = new StringBuilder();
        code.forEach(line -> text.append(line).append('\n'));
        text.append("/*\n");
        comment.forEach(line -> text.append(line).append('\n'));
        text.append("*/\n");
        long blankCode = code.stream().filter(String::isBlank).count();
        long blankComment = comment.stream().filter(String::isBlank).count();
        long commentLines = 2 + comment.size() - blankComment;
        assertEquals(new LineCounts(1, code.size() + comment.size() + 2, code.size() - blankCode, commentLines,
                blankCode + blankComment, 0), Lexer.count(language, utf8(text.toString())));
    }

    @Provide
    Arbitrary<String> plainLine() {
        // Whitespace and bytes that open nothing in C or Rust (no letter r, b, c or u), in long runs too.
        return Arbitraries.oneOf(Arbitraries.of(" ", "\t", "\r", "\f", "\u000b", "        "),
                Arbitraries.strings().withChars("aexyz09_;{}()[]=+-.,<>#&|!?%^~:é").ofMinLength(1).ofMaxLength(30))
                .list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    // ---- token soup: C/Rust-like, anything may be left open --------------------------------

    @Property
    void tokenSoupCountsWithoutThrowingAndFollowsTheLineRule(@ForAll("languages") Language language,
            @ForAll("soup") String text) {
        byte[] bytes = utf8(text);
        LineCounts counts = Lexer.count(language, bytes);
        assertEquals(linesByNewlineRule(bytes), counts.lines());
    }

    @Property
    void tokenSoupFedInChunksCountsLikeTheWhole(@ForAll("languages") Language language,
            @ForAll("soup") String text, @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 9) Integer> sizes) {
        byte[] bytes = utf8(text);
        assertEquals(Lexer.count(language, bytes), countInChunks(language, bytes, sizes));
    }

    @Property
    void crlfAndLfVersionsOfTheSameTextCountTheSame(@ForAll("languages") Language language,
            @ForAll("soup") String text) {
        assertEquals(Lexer.count(language, utf8(text)), Lexer.count(language, utf8(text.replace("\n", "\r\n"))));
    }

    // ---- concatenation ----------------------------------------------------------------------

    /**
     * Precondition: every part ends with '\n' and is lexically closed (no comment, string or char
     * literal left open), so the next part starts in the same state as a fresh file. Parts are built
     * from closed items joined by spaces (so no item glues onto the next: {@code a} + {@code r"x"}
     * would make the identifier {@code ar}). Without it the property is false: "/*\n" + "x\n" counts
     * x as comment when joined.
     */
    @Property
    void concatenationOfClosedFilesCountsAsTheSumOfTheirCounts(
            @ForAll @Size(max = 4) List<@From("closedRustParts") String> rustParts,
            @ForAll @Size(max = 4) List<@From("closedCParts") String> cParts) {
        assertSumOfPartsEqualsWhole(RUST, rustParts);
        assertSumOfPartsEqualsWhole(C, cParts);
    }

    private static void assertSumOfPartsEqualsWhole(Language language, List<String> parts) {
        LineCounts sum = LineCounts.ZERO;
        for (String part : parts) {
            LineCounter counter = new LineCounter(language);
            counter.feed(utf8(part));
            assertTrue(counter.atRest(), () -> "generator produced an open part: " + part);
            sum = sum.plus(counter.finish());
        }
        LineCounts whole = Lexer.count(language, utf8(String.join("", parts)));
        assertEquals(new LineCounts(1, sum.lines(), sum.code(), sum.comment(), sum.blank(), sum.unsafeLines()),
                whole);
    }

    // ---- helpers and generators --------------------------------------------------------------

    /** The line rule, computed without the lexer: '\n' bytes, plus an unterminated last line. */
    static long linesByNewlineRule(byte[] bytes) {
        long newlines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                newlines++;
            }
        }
        return newlines + (bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? 1 : 0);
    }

    private static LineCounts countInChunks(Language language, byte[] bytes, List<Integer> sizes) {
        LineCounter counter = new LineCounter(language);
        int off = 0;
        for (int k = 0; off < bytes.length; k++) {
            int size = Math.min(sizes.get(k % sizes.size()), bytes.length - off);
            counter.feed(Arrays.copyOfRange(bytes, off, off + size));
            off += size;
        }
        return counter.finish();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Byte[] bytesOf(String text) {
        byte[] bytes = utf8(text);
        Byte[] boxed = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            boxed[i] = bytes[i];
        }
        return boxed;
    }

    @Provide
    Arbitrary<Language> languages() {
        return Arbitraries.of(C, RUST);
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<Byte> one = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.bytes()), Tuple.of(3, Arbitraries.of(INTERESTING)));
        return one.list().ofMaxSize(300).map(list -> {
            byte[] bytes = new byte[list.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = list.get(i);
            }
            return bytes;
        });
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(SOUP).list().ofMaxSize(80).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> closedRustParts() {
        Arbitrary<String> stringBody = text("a", " ", "\n", "/*", "*/", "//", "'", "\\\\", "\\\"", "\\n", "unsafe");
        Arbitrary<String> rawBody = text("a", " ", "\n", "\"", "/*", "*/", "//", "\\", "'", "unsafe");
        Arbitrary<String> commentBody = text("a", " ", "\n", "\t", "\"", "'", "\\", "unsafe", "// ", "* ", "/ ", "r#\"");
        Arbitrary<String> item = Arbitraries.oneOf(
                Arbitraries.of("x", "foo", "unsafe", "unsafe_fn", "my_unsafe", "42", "(", ")", "{", "}", ";", "/",
                        "*", "é", "&'a", "<'static>", "'a'", "'\"'", "'\\''", "'\\\\'", "'/'", "'é'", "'\\u{1F600}'",
                        "b'x'", "r#type", "\n", "\t", ""),
                stringBody.map(s -> "\"" + s + "\""),
                stringBody.map(s -> "b\"" + s + "\""),
                rawBody.map(s -> "r#\"" + s + "\"#"),
                rawBody.map(s -> "br##\"" + s.replace("\"", "") + "\"##"),
                rawBody.map(s -> "r\"" + s.replace("\"", "") + "\""),
                commentBody.map(s -> "//" + s.replace("\n", "") + "\n"),
                commentBody.map(s -> "/*" + s + "*/"),
                Combinators.combine(commentBody, commentBody, commentBody)
                        .as((a, b, c) -> "/*" + a + "/*" + b + "*/" + c + "*/"));
        return part(item);
    }

    @Provide
    Arbitrary<String> closedCParts() {
        Arbitrary<String> stringBody = text("a", " ", "/*", "*/", "//", "'", "\\\\", "\\\"", "\\n", "\\\n", "unsafe");
        Arbitrary<String> commentBody = text("a", " ", "\n", "\t", "\"", "'", "\\", "unsafe", "// ", "* ", "/ ");
        Arbitrary<String> item = Arbitraries.oneOf(
                Arbitraries.of("x", "int", "unsafe", "42", "(", ")", "{", "}", ";", "/", "*", "'a'", "'\"'",
                        "'\\''", "'\\\\'", "'/'", "'*'", "#define X 1", "\n", "\t", ""),
                stringBody.map(s -> "\"" + s + "\""),
                stringBody.map(s -> "L\"" + s + "\""),
                commentBody.map(s -> "//" + s.replace("\n", "") + "\n"),
                commentBody.map(s -> "/*" + s + "*/"));
        return part(item);
    }

    private static Arbitrary<String> text(String... tokens) {
        return Arbitraries.of(tokens).list().ofMaxSize(12).map(list -> String.join("", list));
    }

    private static Arbitrary<String> part(Arbitrary<String> item) {
        return item.list().ofMaxSize(15).map(items -> String.join(" ", items) + "\n");
    }
}
