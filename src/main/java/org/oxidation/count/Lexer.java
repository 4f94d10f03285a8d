package org.oxidation.count;

import java.io.IOException;
import java.io.InputStream;
import org.oxidation.model.LineCounts;

/**
 * Counts the lines of one file's bytes under a language's rules: a pure function of
 * (language, bytes), in any encoding. Stateless and thread-safe; see {@link LineCounter} for the
 * rules and for files too big to hold.
 */
public final class Lexer {

    private Lexer() {
    }

    public static LineCounts count(Language language, byte[] bytes) {
        LineCounter counter = new LineCounter(language);
        counter.feed(bytes, 0, bytes.length);
        return counter.finish();
    }

    /** Counts a stream to its end, in chunks; the stream is not closed. */
    public static LineCounts count(Language language, InputStream in) throws IOException {
        LineCounter counter = new LineCounter(language);
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            counter.feed(buffer, 0, n);
        }
        return counter.finish();
    }
}
