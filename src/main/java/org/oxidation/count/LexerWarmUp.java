package org.oxidation.count;

import java.nio.charset.StandardCharsets;
import org.oxidation.model.LineCounts;

/**
 * Runs the lexer over a small sample with every kind of token of C and Rust, whole and in chunks, so
 * that the JIT's profile of {@link LineCounter} has seen every branch before it compiles the lexer.
 * Without it, the profile holds only what the first counted files had (in pack order mostly C without
 * raw strings or nested comments), the compiled lexer gives up at the first file with something else,
 * and is compiled again: a dozen compilations of its scan loop in a cold kernel count, over a second of
 * compiler time on a two-core machine that has none to spare. Stateless and thread-safe.
 */
public final class LexerWarmUp {

    /**
     * Kernel-like C and Rust with every state of both languages, each file ending in a different one; and
     * lines that start inside a string, a raw string or a block comment, with spaces, text, a backslash or
     * the closing quote (without them the compiled lexer gave up at the first such line of a new tag, in
     * the middle of a Refresh, and was compiled again).
     */
    private static final String SAMPLE = """
            // SPDX-License-Identifier: GPL-2.0
            /*
             * A block comment, with "quotes", 'chars', // and * stars ** inside.
             */
            #include <linux/module.h>\r
            \t \r
            static const char *names[] = { "a\\"b", "c\\\\", "multi\\
            line", "é" };\t/* trailing */ int x = '\\'' + '"' + 'é' - 'a';
            /* one */ /* two */ int y = 1 / 2 * 3; /** doc */
            fn main() -> Result<&'static str, E> { let s = r#"raw "quoted" /* not a comment */"#; }
            unsafe impl<'a> Send for Foo<'a> {} // unsafe in a comment
            let b = br##"bytes"##; let c = cr"c"; let u = b'x'; let e = '\\u{1F600}'; let l = 'a; 'label: loop {}
            /* outer /* nested */ still comment */ let not_unsafe = my_unsafe + unsafe_fn;
            let m = "string
            over lines \\
            with escapes \\t";
            /// doc comment
            \f
            x = a/b; y = "/*"; z = '/';
            let n = "a string whose lines start
                indented \\
                \\"with a quote\\" \\
            ", r#type = r#fn;
            static const char *s = "c \\
            \\
               \\tdone";
            /*
            plain text in a comment
                indented text, then
             */
            let raw = r"a raw string
                over lines, with \\ and /* no comment */
            ";
            let raw2 = br#"
            "quoted" line
            "#;
            """;

    private static final String[] ENDINGS = {"", "/* open", "\"open", "r#\"open", "'", "// open", "unsaf", "/"};

    private static final int[] CHUNKS = {5, 61, 700};

    private LexerWarmUp() {
    }

    /**
     * Lexes the sample {@code rounds} times with each language: 60 rounds took 0.12-0.24 s of one thread
     * in a fresh JVM on a loaded two-core machine, mostly before the lexer is compiled.
     */
    public static void run(LanguageRules rules, int rounds) {
        byte[][] files = new byte[ENDINGS.length][];
        for (int k = 0; k < ENDINGS.length; k++) {
            files[k] = (SAMPLE + ENDINGS[k]).getBytes(StandardCharsets.UTF_8);
        }
        long lines = 0;
        for (int round = 0; round < rounds; round++) {
            for (Language language : rules.languages()) {
                for (byte[] file : files) {
                    lines += Lexer.count(language, file).lines();
                    lines += countInChunks(language, file, CHUNKS[round % CHUNKS.length]).lines();
                }
            }
        }
        if (lines < 0) {
            throw new AssertionError(); // keeps the results alive: the JIT must not drop the work
        }
    }

    private static LineCounts countInChunks(Language language, byte[] file, int chunk) {
        LineCounter counter = new LineCounter(language);
        for (int off = 0; off < file.length; off += chunk) {
            counter.feed(file, off, Math.min(chunk, file.length - off));
        }
        return counter.finish();
    }
}
