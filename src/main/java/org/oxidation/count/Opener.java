package org.oxidation.count;

/**
 * Something that can start in code: a comment marker, a literal's opening delimiter, or the marked
 * keyword. {@link #match} only looks; {@link LineCounter} applies the effect by {@link #kind}.
 * Immutable and thread-safe.
 */
final class Opener {

    static final int LINE_COMMENT = 0;
    static final int BLOCK_COMMENT = 1;
    static final int QUOTED = 2;
    static final int RAW = 3;
    static final int CHAR_OR_LIFETIME = 4;
    static final int KEYWORD = 5;

    /** {@link #match} result: the bytes so far fit but the buffer ends before the decision. */
    static final int NEED_MORE = -1;
    static final int NO_MATCH = 0;

    final int kind;
    /** The fixed bytes this opener starts with (a raw string's prefix, a char's quote). */
    final byte[] text;
    /** Index into the language's block comments, quoted bodies or raw kinds. */
    final int target;
    /** RAW: fence byte and quote; CHAR_OR_LIFETIME: escape byte (-1 = none) and quote. */
    final int fence;
    final int quote;
    final int maxFences;

    Opener(int kind, byte[] text, int target, int fence, int quote, int maxFences) {
        this.kind = kind;
        this.text = text;
        this.target = target;
        this.fence = fence;
        this.quote = quote;
        this.maxFences = maxFences;
    }

    /** Length of the fixed part, used to try longer openers first. */
    int precedence() {
        return kind == RAW ? text.length + 1 : text.length;
    }

    /**
     * How many bytes at {@code b[i]} this opener takes, {@link #NO_MATCH}, or {@link #NEED_MORE} when
     * {@code to} cuts the decision short and more input may follow. At {@code eof}, missing bytes
     * simply do not match, so a chunked scan decides exactly like a whole one.
     *
     * @param prev the byte before {@code b[i]} (for identifier boundaries)
     */
    int match(byte[] b, int i, int to, boolean eof, int prev) {
        switch (kind) {
            case RAW: {
                if (Bytes.IDENT[prev]) {
                    return NO_MATCH; // "bar" is an identifier, not the r prefix
                }
                int r = Bytes.matchAt(b, i, to, eof, text);
                if (r <= 0) {
                    return r;
                }
                int j = i + text.length;
                for (int n = 0; ; n++, j++) {
                    if (j >= to) {
                        return eof ? NO_MATCH : NEED_MORE;
                    }
                    int c = b[j] & 0xFF;
                    if (c == quote) {
                        return j - i + 1;
                    }
                    if (c != fence || n == maxFences) {
                        return NO_MATCH; // e.g. the raw identifier r#type
                    }
                }
            }
            case KEYWORD: {
                if (Bytes.IDENT[prev]) {
                    return NO_MATCH;
                }
                int r = Bytes.matchAt(b, i, to, eof, text);
                if (r <= 0) {
                    return r;
                }
                int j = i + r;
                if (j >= to) {
                    return eof ? r : NEED_MORE;
                }
                return Bytes.IDENT[b[j] & 0xFF] ? NO_MATCH : r;
            }
            case CHAR_OR_LIFETIME:
                return matchCharLiteral(b, i, to, eof);
            default:
                return Bytes.matchAt(b, i, to, eof, text);
        }
    }

    /**
     * Rust-style quote: {@code '\…} opens a char literal (returns 2, the body continues after the
     * escape); {@code 'x'} with x one UTF-8 code point is a whole literal (returns its length);
     * anything else ({@code 'a}, {@code 'static}) is a lifetime or label and no literal at all.
     */
    private int matchCharLiteral(byte[] b, int i, int to, boolean eof) {
        int j = i + 1;
        if (j >= to) {
            return eof ? NO_MATCH : NEED_MORE;
        }
        int c = b[j] & 0xFF;
        if (c == fence) {
            return 2;
        }
        if (c == '\n' || c == quote) {
            return NO_MATCH;
        }
        int n = Bytes.utf8Length(c);
        for (int k = 1; k < n; k++) {
            if (j + k >= to) {
                return eof ? NO_MATCH : NEED_MORE;
            }
            if ((b[j + k] & 0xC0) != 0x80) {
                n = 1; // invalid UTF-8: the lead byte stands alone
                break;
            }
        }
        int close = j + n;
        if (close >= to) {
            return eof ? NO_MATCH : NEED_MORE;
        }
        return (b[close] & 0xFF) == quote ? n + 2 : NO_MATCH;
    }
}
